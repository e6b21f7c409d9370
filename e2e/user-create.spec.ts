import fs from "node:fs";
import path from "node:path";
import { demoArticles } from "../lib/demo/content";
import { DEMO_USERS } from "../lib/demo/users";
import { expect, expectSignInRefused, signIn, test } from "./fixtures";
import { emptyDataDir, freePort, npmRun, startNextServer } from "./next-server";

// `npm run user:create` as an operator runs it for the first admin, on the embedded database
// (on PostgreSQL: postgres.spec.ts).

const ada = {
  name: "Ada Lovelace",
  email: "ada@newsroom.test",
  password: "analytical engine 1843",
};
const adaArgs = (role = "admin") => ["--email", ada.email, "--role", role, "--name", ada.name];

test("a new production install: the admin made with user:create signs in; the first start writes the demo newsroom but no demo users", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const data = emptyDataDir();
  const created = await npmRun("user:create", adaArgs(), data.dir, { USER_PASSWORD: ada.password });
  expect(created.code, created.output).toBe(0);
  expect(created.output).toContain(
    `Created admin ${ada.email} in the embedded database in ${data.dir}.`,
  );

  // Demo content on, as `npm start` has it by default (next-server.ts starts servers without it).
  const server = await startNextServer(data.dir, await freePort(), {
    CLAIMMARK_DEMO_CONTENT: undefined,
  });
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    await page.goto("/");
    const published = page.getByRole("list", { name: "Published articles" });
    await expect(published.getByRole("link", { name: demoArticles[0]!.title })).toBeVisible();
    const demoAdmin = DEMO_USERS.find((user) => user.role === "admin")!;
    await expectSignInRefused(page, demoAdmin);
    expect(server.output()).not.toContain(demoAdmin.password);

    await signIn(page, ada);
    await expect(page.getByRole("banner")).toContainText("Ada Lovelace · Admin");
    await page.goto("/studio/users");
    await expect(
      page
        .getByRole("list", { name: "Users" })
        .getByRole("listitem")
        .filter({ hasText: ada.email }),
    ).toContainText("Admin");
  } finally {
    await context.close();
    await server.stop();
    data.remove();
  }
});

test("it refuses a short password and an unknown role, saying what to fix, and writes nothing", async () => {
  const data = emptyDataDir();
  const dir = path.join(data.dir, "never-created");
  try {
    const short = await npmRun("user:create", adaArgs(), dir, { USER_PASSWORD: "short" });
    expect(short.code, short.output).not.toBe(0);
    expect(short.output).toContain("password: Use at least 12 characters.");
    expect(short.output).toContain("Usage: npm run user:create");

    const unknownRole = await npmRun("user:create", adaArgs("owner"), dir, {
      USER_PASSWORD: ada.password,
    });
    expect(unknownRole.code, unknownRole.output).not.toBe(0);
    expect(unknownRole.output).toContain("--role: Choose Admin, Editor or Reviewer.");
    expect(unknownRole.output).not.toContain("password:");

    expect(fs.existsSync(dir)).toBe(false);
  } finally {
    data.remove();
  }
});

test("it refuses while a server holds the embedded directory, naming that server", async ({
  page,
}) => {
  // The suite's own server holds its directory; the lock file says which process it is.
  const dir = process.env.E2E_DATA_DIR!;
  const owner = JSON.parse(fs.readFileSync(path.join(dir, "claimmark.lock"), "utf8")) as {
    pid: number;
  };
  const refused = await npmRun("user:create", adaArgs(), dir, { USER_PASSWORD: ada.password });
  expect(refused.code, refused.output).not.toBe(0);
  expect(refused.output).toContain(
    `The embedded database in ${dir} is in use by another Claimmark process (pid ${owner.pid},`,
  );

  await expectSignInRefused(page, ada);
});
