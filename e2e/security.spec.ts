import { expect, signIn, test } from "./fixtures";

for (const path of ["/sign-in"]) {
  test(`${path} is served with a nonce-based CSP and the other security headers`, async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(path);
    const headers = response!.headers();
    const csp = headers["content-security-policy"]!;
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(nonce).toBeTruthy();
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();

    // Every script Next.js wrote into the page carries this response's nonce, so all of them run.
    const scriptNonces = await page
      .locator("script")
      .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
    expect(violations).toEqual([]);
  });
}

// Reader pages have one fixed policy instead (e2e/reader-static.spec.ts): no nonce, no inline
// script; the other headers are the same, and their own script runs under it without a report.
test("a reader page carries the security headers, and its script runs under its policy", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Trusted Type/i.test(message.text()))
      violations.push(message.text());
  });
  const response = await page.goto("/a/riverton-footbridge-closure-solvent-leak-bribery-claim");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("require-trusted-types-for 'script'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();
  await page.getByRole("link", { name: /^Official claim 3/ }).click();
  await expect(page.getByRole("dialog", { name: "Annotation details" })).toBeVisible();
  await page.reload();
  await page.getByRole("checkbox", { name: "Allegations", exact: true }).uncheck();
  await expect(page).toHaveURL(/show=official_claim&show=verified_fact$/);
  expect(violations).toEqual([]);
});

test("the session cookie is httpOnly, secure and same-site", async ({ page, context }) => {
  await signIn(page, "reviewer");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie).toMatchObject({
    name: "__Secure-authjs.session-token",
    httpOnly: true,
    secure: true,
    sameSite: "Lax",
  });
});
