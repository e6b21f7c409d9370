import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { demoArticles, demoSpeakers } from "../lib/demo/content";
import { KIND_LABELS } from "../lib/editor/kinds";
import { expect, test } from "./fixtures";

const [published, draft] = demoArticles;
const exportsOf = (slug: string, format?: string) =>
  `/api/exports/${slug}${format ? `?format=${format}` : ""}`;
const FORMATS = ["w3c", "csv", "claimreview"];

test("the article's annotations download as CSV from the reader page, one row each", async ({
  page,
}) => {
  await page.goto(`/a/${published!.slug}`);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download annotations as CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${published!.slug}-annotations.csv`);

  const bytes = await readFile(await download.path());
  // A byte order mark first, so spreadsheets read the file as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows: Record<string, string>[] = parse(bytes, { bom: true, columns: true });
  expect(Object.keys(rows[0]!)).toEqual([
    "Number",
    "ID",
    "Kind",
    "Quote",
    "Speaker",
    "Speaker type",
    "Cue",
    "Note",
    "Verdict",
    "Rating",
    "Conclusion",
    "Sources",
    "Permalink",
  ]);
  expect(rows).toHaveLength(published!.annotations.length);
  expect(rows.map((row) => row.Number)).toEqual(rows.map((_, i) => String(i + 1)));
  expect(rows.map((row) => row.Quote).sort()).toEqual(
    published!.annotations.map((a) => a.quote).sort(),
  );

  // A known claim, with who said it and its sources.
  const known = published!.annotations.find((a) => a.speaker === "engineer")!;
  const row = rows.find((r) => r.Quote === known.quote)!;
  expect(row).toMatchObject({
    Kind: KIND_LABELS[known.kind].one,
    Speaker: demoSpeakers.find((s) => s.key === "engineer")!.name,
    "Speaker type": "Person",
    Cue: known.cue,
    Note: known.note,
  });
  expect(row.Sources!.split(" | ")).toHaveLength(known.sources.length);
  expect(row.Permalink).toMatch(new RegExp(`/a/${published!.slug}#annotation-${row.ID}$`));

  // The permalink opens the reader page at that passage's note.
  await page.goto(new URL(row.Permalink!).pathname + new URL(row.Permalink!).hash);
  await expect(page.locator(`[id="annotation-${row.ID}"]`)).toBeAttached();
});

test("the W3C export keeps its context and says when, by whom and where", async ({ request }) => {
  const response = await request.get(exportsOf(published!.slug));
  expect(response.headers()["content-type"]).toBe(
    'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  );
  const body = await response.text();
  const collection = JSON.parse(body);
  expect(collection["@context"][0]).toBe("http://www.w3.org/ns/anno.jsonld");
  expect(collection.total).toBe(published!.annotations.length);
  for (const item of collection.first.items) {
    expect(item).toMatchObject({
      created: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      modified: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      creator: { type: "Person", name: "Claimmark demo desk" },
      generator: { type: "Software", name: "Claimmark" },
      canonical: expect.stringMatching(`/a/${published!.slug}#annotation-`),
    });
  }
  // A display name, never an e-mail.
  expect(body).not.toMatch(/@claimmark\.invalid|@e2e\.test/);
});

test("each format is served with its own type, file name and validator", async ({ request }) => {
  const expected = {
    w3c: ['application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', "annotations.json"],
    csv: ["text/csv; charset=utf-8; header=present", "annotations.csv"],
    claimreview: ["application/ld+json", "claimreview.json"],
  };
  const etags = new Set<string>();
  for (const [format, [type, file]] of Object.entries(expected)) {
    const response = await request.get(exportsOf(published!.slug, format));
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toBe(type);
    expect(headers["content-disposition"]).toBe(
      `attachment; filename="${published!.slug}-${file}"`,
    );
    expect(headers["access-control-allow-origin"]).toBe("*");
    expect(headers["cache-control"]).toBe("no-cache");
    expect(headers.etag).toMatch(/^"[\w-]{20,}"$/);
    etags.add(headers.etag!);

    // The same bytes again are not sent again.
    const again = await request.get(exportsOf(published!.slug, format), {
      headers: { "If-None-Match": headers.etag! },
    });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
  }
  expect(etags.size).toBe(3);

  const graph = await (await request.get(exportsOf(published!.slug, "claimreview"))).json();
  expect(graph["@context"]).toBe("https://schema.org");
  for (const review of graph["@graph"]) {
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      url: expect.stringMatching(`/a/${published!.slug}#annotation-`),
    });
  }
});

test("a draft is not found in any format, and an unknown format says which exist", async ({
  request,
}) => {
  for (const format of [undefined, ...FORMATS]) {
    const response = await request.get(exportsOf(draft!.slug, format));
    expect(response.status()).toBe(404);
    const body = await response.text();
    expect(body).not.toContain(draft!.title);
    expect(JSON.parse(body)).toMatchObject({ code: "not_found" });
  }
  const bad = await request.get(exportsOf(published!.slug, "xlsx"));
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({
    code: "bad_request",
    error: "“xlsx” is not an export format. Use one of: w3c, csv, claimreview.",
  });
  expect(bad.headers()["access-control-allow-origin"]).toBe("*");
});
