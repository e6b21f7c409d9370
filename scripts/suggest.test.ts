// The two command-line tools as an operator runs them: `npm run suggest -- FILE` and
// `npm run suggest:score DIR`, in a child process like npm starts them.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-suggest-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const tsx = (script: string, ...args: string[]) =>
  run(process.execPath, ["--import", "tsx", script, ...args], { cwd: process.cwd() });

describe("npm run suggest", () => {
  it("prints the suggestions with offsets in the text exactly as read", async () => {
    // Windows line breaks and an emoji before the quote: both shift naive offsets.
    const text = "Ferries 🚢 are old.\r\n\r\n“We will appeal,” said Jane Roe.\r\n";
    const file = path.join(dir, "article.txt");
    fs.writeFileSync(file, text, "utf8");
    const { stdout } = await tsx("scripts/suggest.ts", file);
    const { suggestions } = JSON.parse(stdout) as {
      suggestions: { start: number; end: number; quote: string }[];
    };
    expect(suggestions.map((s) => s.quote)).toEqual(["We will appeal,"]);
    for (const s of suggestions) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });

  it("says how to use it, and fails, without a readable file", async () => {
    await expect(tsx("scripts/suggest.ts")).rejects.toMatchObject({
      stderr: expect.stringContaining("Usage: npm run suggest -- FILE"),
    });
    await expect(tsx("scripts/suggest.ts", path.join(dir, "missing.txt"))).rejects.toMatchObject({
      stderr: expect.stringContaining("Cannot read"),
    });
  });
});

describe("npm run suggest:score", () => {
  it("scores a folder of articles and gold files per article and overall", async () => {
    const set = path.join(dir, "set");
    fs.mkdirSync(set);
    fs.writeFileSync(
      path.join(set, "one.txt"),
      "Ferries will run late, the Harbour Authority said.\n",
    );
    const gold = {
      annotations: [
        { quote: "Ferries will run late", kind: "official_claim", speaker: "Harbour Authority" },
      ],
    };
    fs.writeFileSync(path.join(set, "one.gold.json"), JSON.stringify(gold));
    const { stdout } = await tsx("scripts/suggest-score.ts", set);
    expect(stdout).toMatch(/^one +gold +1 +sugg +1 +overlap P 1\.000 R 1\.000 F1 1\.000/m);
    expect(stdout).toMatch(/overall \(micro\).*strict P 1\.000 R 1\.000 F1 1\.000.*speaker 1\.000/);
  });

  it("says which folder it cannot read", async () => {
    await expect(tsx("scripts/suggest-score.ts", path.join(dir, "nowhere"))).rejects.toMatchObject({
      stderr: expect.stringContaining("Cannot read"),
    });
  });
});
