import {
  alertWithText,
  expect,
  expectSignInRefused,
  signIn,
  test,
  WRONG_CREDENTIALS as WRONG,
} from "./fixtures";
import { withOwnServer } from "./next-server";
import { E2E_USERS } from "./users";

/** lib/auth/throttle.ts ADDRESS_MAX_FAILURES: failures one address may have in 15 minutes. */
const ADDRESS_MAX_FAILURES = 50;

test("an anonymous visitor is sent from the studio to sign in, and back afterwards", async ({
  page,
}) => {
  await page.goto("/studio/users");
  await expect(page).toHaveURL("/sign-in?callbackUrl=%2Fstudio%2Fusers");
  await signIn(page, "admin");
  await expect(page).toHaveURL("/studio/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
});

test("sign in and sign out", async ({ page }) => {
  await signIn(page, "editor");
  await expect(page).toHaveURL("/studio");
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Eli Editor");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status")).toHaveText("You have signed out.");
  await page.goto("/studio");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the public site links to signing in", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Sign in" })
    .click();
  await expect(page).toHaveURL("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in to the studio" })).toBeVisible();
});

test("after signing out, a copy of the old session cookie is no session", async ({
  page,
  browser,
}) => {
  await signIn(page, "editor");
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status")).toHaveText("You have signed out.");

  // Two copies, as each answer may clear the cookie it refuses.
  const studio = await browser.newContext();
  await studio.addCookies(cookies);
  const studioPage = await studio.newPage();
  await studioPage.goto("/studio");
  await expect(studioPage).toHaveURL(/\/sign-in/);
  await expect(studioPage.getByRole("heading", { name: "Sign in to the studio" })).toBeVisible();

  const api = await browser.newContext();
  await api.addCookies(cookies);
  const session = await api.request.get("/api/auth/session");
  expect(await session.json()).toBeNull();
  await studio.close();
  await api.close();
});

test("sign-in attempts with forged X-Forwarded-For addresses are counted against the real one", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // A server of its own, configured as by default (no trusted proxy), so this spray does not
  // use up the suite server's allowance for its one real address.
  await withOwnServer(browser, async ({ page }) => {
    await page.goto("/sign-in");
    for (let i = 1; i <= ADDRESS_MAX_FAILURES; i++) {
      await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${i}` });
      await page.getByLabel("Email").fill(`sprayed-${i}@e2e.test`);
      await page.getByLabel("Password").fill(`guess number ${i}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByLabel("Password")).toHaveValue("");
      await expect(alertWithText(page)).toHaveText(WRONG);
    }
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.200" });
    await page.getByLabel("Email").fill("sprayed-last@e2e.test");
    await page.getByLabel("Password").fill("one more guess");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alertWithText(page)).toHaveText(
      "Too many failed sign-in attempts. Try again in 15 minutes.",
    );
  });
});

test("a wrong password and an unknown e-mail get the same message, and the e-mail is kept", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(E2E_USERS.editor.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alertWithText(page)).toHaveText(WRONG);
  await expect(page.getByLabel("Email")).toHaveValue(E2E_USERS.editor.email);

  await page.getByLabel("Email").fill("nobody@e2e.test");
  await page.getByLabel("Password").fill(E2E_USERS.editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page.getByLabel("Email")).toHaveValue("nobody@e2e.test");
  await expect(alertWithText(page)).toHaveText(WRONG);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("sign-in is refused for a minute after five failures", async ({ page }) => {
  await page.goto("/sign-in");
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel("Email").fill("someone@e2e.test");
    await page.getByLabel("Password").fill(`guess number ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The form clears the password once the server has answered.
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(alertWithText(page)).toHaveText(WRONG);
  }
  await page.getByLabel("Password").fill("guess number 6");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alertWithText(page)).toHaveText(
    "Too many failed sign-in attempts. Try again in 1 minute.",
  );
});

test("a reviewer is refused the users page", async ({ page }) => {
  await signIn(page, "reviewer");
  await expect(
    page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Users" }),
  ).toHaveCount(0);
  const response = await page.goto("/studio/users");
  expect(response?.status()).toBe(403);
  await expect(
    page.getByRole("heading", { name: "You do not have access to this page" }),
  ).toBeVisible();
});

test("an admin adds a user; disabling them ends their access at once, enabling restores it", async ({
  page,
  browser,
}) => {
  const dee = { email: `dee-${Date.now()}@e2e.test`, password: "dee's long password" };
  await signIn(page, "admin");
  await page.goto("/studio/users");
  await page.getByLabel("Name").fill("Dee Newcomer");
  await page.getByLabel("New user's email").fill(dee.email);
  await page.getByLabel("Role", { exact: true }).selectOption("Reviewer");
  await page.getByLabel("Temporary password").fill(dee.password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status")).toContainText("User created.");
  const row = page
    .getByRole("list", { name: "Users" })
    .getByRole("listitem")
    .filter({ hasText: dee.email });
  await expect(row).toContainText("Reviewer");

  const deeContext = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": "10.30.0.1" },
  });
  const deePage = await deeContext.newPage();
  await signIn(deePage, dee);
  await expect(deePage.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();

  await row.getByRole("button", { name: "Disable Dee Newcomer" }).click();
  await expect(row).toContainText("Disabled");
  await deePage.reload();
  await expect(deePage).toHaveURL(/\/sign-in/);
  await expectSignInRefused(deePage, dee);

  await row.getByRole("button", { name: "Enable Dee Newcomer" }).click();
  await expect(row).not.toContainText("Disabled");
  await row.getByLabel("Role for Dee Newcomer", { exact: true }).selectOption("Editor");
  await row.getByRole("button", { name: "Change role for Dee Newcomer" }).click();
  await expect(row).toContainText("Editor");
  await signIn(deePage, dee);
  await expect(deePage.getByRole("banner")).toContainText("Dee Newcomer · Editor");
  await deeContext.close();
});

test("the only admin can neither demote nor disable themselves", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/studio/users");
  const me = page.getByRole("listitem").filter({ hasText: E2E_USERS.admin.email });
  await expect(me.getByRole("button", { name: /^Disable/ })).toHaveCount(0);
  await me.getByLabel("Role for Ada Admin", { exact: true }).selectOption("Editor");
  await me.getByRole("button", { name: "Change role for Ada Admin" }).click();
  await expect(alertWithText(page)).toHaveText(
    "Claimmark needs at least one active admin. Make another user an admin first.",
  );
  await page.reload();
  await expect(me).toContainText("admin@e2e.test · Admin");
});

test("the new-user form explains each mistake and keeps what was typed", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/studio/users");
  await page.getByLabel("Name").fill("Sam Sample");
  await page.getByLabel("New user's email").fill("sam at example");
  await page.getByLabel("Temporary password").fill("short");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByLabel("New user's email")).toHaveAccessibleDescription(
    "Enter an e-mail address like name@example.org.",
  );
  await expect(page.getByLabel("Temporary password")).toHaveAccessibleDescription(
    /Use at least 12 characters\./,
  );
  await expect(page.getByLabel("Name")).toHaveValue("Sam Sample");
  await expect(page.getByLabel("New user's email")).toHaveValue("sam at example");
});

test("an admin sets a new password: the user's open session ends and the new password signs in", async ({
  page,
  browser,
}) => {
  const fay = { email: `fay-${Date.now()}@e2e.test`, password: "fay's first password" };
  await signIn(page, "admin");
  await page.goto("/studio/users");
  await page.getByLabel("Name").fill("Fay Forgetful");
  await page.getByLabel("New user's email").fill(fay.email);
  await page.getByLabel("Temporary password").fill(fay.password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status")).toContainText("User created.");

  const fayContext = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": "10.31.0.1" },
  });
  const fayPage = await fayContext.newPage();
  await signIn(fayPage, fay);

  const row = page
    .getByRole("list", { name: "Users" })
    .getByRole("listitem")
    .filter({ hasText: fay.email });
  await row.getByLabel("New password for Fay Forgetful").fill("short");
  await row.getByRole("button", { name: "Set password for Fay Forgetful" }).click();
  await expect(row.getByLabel("New password for Fay Forgetful")).toHaveAccessibleDescription(
    "Use at least 12 characters.",
  );
  await row.getByLabel("New password for Fay Forgetful").fill("fay's second password");
  await row.getByRole("button", { name: "Set password for Fay Forgetful" }).click();
  await expect(row.getByRole("status")).toContainText("Password set.");

  await fayPage.reload();
  await expect(fayPage).toHaveURL(/\/sign-in/);
  await expectSignInRefused(fayPage, fay);
  await signIn(fayPage, { ...fay, password: "fay's second password" });
  await expect(fayPage.getByRole("banner")).toContainText("Fay Forgetful");
  await fayContext.close();
});
