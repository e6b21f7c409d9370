import { test as base, expect, type Page } from "@playwright/test";
import { E2E_USERS, type E2ERole } from "./users";

let nextAddress = 1;

export const test = base.extend({
  // Each test arrives from its own address, as a reverse proxy would report it (the suite's
  // server trusts 127.0.0.1 as its proxy), so one test's failed sign-ins never throttle another's. The worker index is part of it because a
  // worker restarted after a failure counts from 1 again.
  extraHTTPHeaders: async ({}, use, testInfo) => {
    const n = nextAddress++;
    await use({
      "X-Forwarded-For": `10.${20 + (testInfo.workerIndex % 200)}.${Math.floor(n / 250)}.${(n % 250) + 1}`,
    });
  },
});

export { expect };

export type Credentials = { email: string; password: string };

/** What sign-in answers for a wrong password, an unknown e-mail and a disabled account alike. */
export const WRONG_CREDENTIALS =
  "That e-mail and password do not match an active account. Check both and try again.";

export async function signIn(page: Page, who: E2ERole | Credentials): Promise<void> {
  const { email, password } = typeof who === "string" ? E2E_USERS[who] : who;
  if (!page.url().includes("/sign-in")) await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Signs in with credentials that must not work, and expects the one answer sign-in gives them. */
export async function expectSignInRefused(page: Page, { email, password }: Credentials) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alertWithText(page)).toHaveText(WRONG_CREDENTIALS);
}

/** The message of a form's alert (Next.js keeps an empty role=alert route announcer on every page). */
export function alertWithText(page: Page) {
  return page.getByRole("alert").filter({ hasText: /\S/ });
}
