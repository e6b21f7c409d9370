import { Client } from "pg";
import { DEMO_VOICES } from "../lib/demo/discussion";
import { DEMO_DESK_EMAIL } from "../lib/demo/seed";
import { demoArticles } from "../lib/demo/content";
import { DEMO_USERS } from "../lib/demo/users";
import { createScratchDatabase } from "../db/scratch-database";
import { startDatabaseRelay } from "./database-relay";
import { expect, expectSignInRefused, signIn, test } from "./fixtures";
import { emptyDataDir, freePort, npmRun, startNextServer } from "./next-server";

// Servers and commands on a DATABASE_URL database. As with the *.db.test.ts files, these run
// when TEST_DATABASE_URL names a PostgreSQL server (CI always sets it); each test makes a
// brand-new database there and drops it afterwards.
const adminUrl = process.env.TEST_DATABASE_URL;

async function contents(url: string): Promise<{ articles: number; emails: string[] }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ articles: number; emails: string[] }>(
      "SELECT (SELECT count(*) FROM articles)::int AS articles, " +
        "ARRAY(SELECT email FROM users ORDER BY email) AS emails",
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

if (adminUrl) {
  test("user:create makes an admin who signs in; nothing else is written until db:seed is run", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const scratch = await createScratchDatabase(adminUrl);
    const onScratch = { DATABASE_URL: scratch.url };
    const data = emptyDataDir();
    const grace = { email: "grace@newsroom.test", password: "compiler 1952 cobol" };
    try {
      const created = await npmRun(
        "user:create",
        ["--email", grace.email, "--role", "admin", "--name", "Grace Hopper"],
        data.dir,
        { ...onScratch, USER_PASSWORD: grace.password },
      );
      expect(created.code, created.output).toBe(0);
      expect(created.output).toMatch(
        new RegExp(
          `Created admin ${grace.email} in the PostgreSQL database at .*/${scratch.name}\\.`,
        ),
      );

      // Demo content is on (as by default), yet a DATABASE_URL database gets none of it.
      const server = await startNextServer(data.dir, await freePort(), {
        ...onScratch,
        CLAIMMARK_DEMO_CONTENT: undefined,
      });
      const context = await browser.newContext({ baseURL: server.url });
      const page = await context.newPage();
      try {
        await page.goto("/");
        await expect(page.getByText("Nothing has been published yet.")).toBeVisible();
        await expectSignInRefused(
          page,
          DEMO_USERS.find((user) => user.role === "admin")!,
        );
        await signIn(page, grace);
        await page.goto("/studio/users");
        await expect(
          page
            .getByRole("list", { name: "Users" })
            .getByRole("listitem")
            .filter({ hasText: grace.email }),
        ).toContainText("Admin");
      } finally {
        await context.close();
        await server.stop();
      }
      expect(await contents(scratch.url)).toEqual({ articles: 0, emails: [grace.email] });

      const seeded = await npmRun("db:seed", [], data.dir, onScratch);
      expect(seeded.code, seeded.output).toBe(0);
      expect(seeded.output).toContain("Demo content written to the PostgreSQL database");
      // Asked for, the demo newsroom is written (with its desk and the two voices of its
      // discussion, none of whom can sign in); the demo users still are not.
      const voices = Object.values(DEMO_VOICES).map((voice) => voice.email);
      expect(await contents(scratch.url)).toEqual({
        articles: demoArticles.length,
        emails: [DEMO_DESK_EMAIL, ...voices, grace.email].sort(),
      });
    } finally {
      await scratch.drop();
      data.remove();
    }
  });

  test("health answers 503 with a reason while the database is unreachable, and 200 once it is back", async ({
    request,
  }) => {
    const scratch = await createScratchDatabase(adminUrl);
    const relay = await startDatabaseRelay(new URL(scratch.url), await freePort());
    const throughRelay = new URL(scratch.url);
    throughRelay.host = `127.0.0.1:${relay.port}`;
    const data = emptyDataDir();
    const server = await startNextServer(data.dir, await freePort(), {
      DATABASE_URL: throughRelay.toString(),
    });
    try {
      const health = () => request.get(`${server.url}/api/health`);
      expect((await health()).status()).toBe(200);

      await relay.cut();
      const down = await health();
      expect(down.status()).toBe(503);
      expect(down.headers()["cache-control"]).toBe("no-store");
      expect(await down.json()).toEqual({
        status: "error",
        db: "unreachable",
        reason: expect.stringMatching(/^database unreachable/),
      });
      // A monitor may show the reason to anyone: no address, database or user name in it.
      const body = await down.text();
      for (const internal of [String(relay.port), scratch.name, throughRelay.username]) {
        expect(body).not.toContain(internal);
      }

      await relay.restore();
      await expect.poll(async () => (await health()).status()).toBe(200);
    } finally {
      await server.stop();
      await relay.cut();
      await scratch.drop();
      data.remove();
    }
  });
}
