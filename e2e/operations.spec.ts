import fs from "node:fs";
import path from "node:path";
import { articleText, createArticle } from "./editor-helpers";
import { expect, signIn, test } from "./fixtures";
import { emptyDataDir, exitCodeOf, freePort, spawnNextStart, withOwnServer } from "./next-server";

// Starting and stopping production servers of their own, each on its own data directory.

test("a production server without AUTH_SECRET refuses to start and says what to set", async () => {
  const data = emptyDataDir();
  try {
    const server = spawnNextStart(data.dir, await freePort(), { AUTH_SECRET: undefined });
    expect(await exitCodeOf(server), server.output()).toBe(1);
    expect(server.output()).toContain("Claimmark cannot start: AUTH_SECRET is not set.");
    expect(server.output()).toContain("set AUTH_SECRET to it");
    // It stopped before opening the database: nothing was written.
    expect(fs.readdirSync(data.dir)).toEqual([]);
  } finally {
    data.remove();
  }
});

test("a server whose PostgreSQL refuses connections exits at start, saying so", async () => {
  const data = emptyDataDir();
  try {
    const nothingListens = `postgres://claimmark@127.0.0.1:${await freePort()}/claimmark`;
    const server = spawnNextStart(data.dir, await freePort(), { DATABASE_URL: nothingListens });
    expect(await exitCodeOf(server), server.output()).toBe(1);
    expect(server.output()).toContain(
      "Claimmark cannot start: the database could not be prepared (connect ECONNREFUSED",
    );
  } finally {
    data.remove();
  }
});

test("what was written survives a clean stop and a new start on the same directory", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  await withOwnServer(browser, async ({ page, dataDir, server, restart }) => {
    const title = `Kept across a restart ${Date.now()}`;
    await signIn(page, "reviewer");
    await createArticle(page, title, "Written before the restart.");

    // SIGTERM runs the app's own handler: the database is closed and the lock given back.
    expect(await server().stop(), server().output()).toBe(143);
    expect(fs.existsSync(path.join(dataDir, "claimmark.lock"))).toBe(false);

    await restart();
    await page.goto("/studio");
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue(title);
    await expect(articleText(page)).toHaveText("Written before the restart.");
  });
});
