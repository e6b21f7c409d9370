import type { Page } from "@playwright/test";
import { demoArticles } from "../lib/demo/content";
import { createArticle, expectSaved } from "./editor-helpers";
import { expect, signIn, test } from "./fixtures";

// Reader pages are served like static files (issue 13): the same bytes for every reader of a
// revision, revalidated with their ETag, under a policy without nonces, with no framework code.
const published = demoArticles.find((article) => article.status === "published")!;
const READER_PAGES = ["/", `/a/${published.slug}`, "/speakers", "/speakers/kasimir-dunmore"];
const review = (page: Page) => page.getByRole("region", { name: "Review" });

test("a revision's second request answers 304 to its ETag, and a republish shows on the next one", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const title = `Harbour wall survey ${Date.now()}`;
  await signIn(page, "editor");
  await createArticle(page, title, "The harbour wall was surveyed in March.");
  await review(page).getByRole("button", { name: "Publish", exact: true }).click();
  await expect(review(page)).toContainText("Published as revision 1.");
  const address = await review(page)
    .getByRole("link", { name: "See it as readers do" })
    .getAttribute("href");
  expect(address).toMatch(/^\/a\/harbour-wall-survey-\d+$/);

  const first = await request.get(address!);
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"]!;
  expect(etag).toMatch(/^"[\w-]+"$/);
  expect(first.headers()["cache-control"]).toMatch(/stale-while-revalidate=\d+/);
  const again = await request.get(address!, { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
  // Every reader gets the same bytes.
  expect((await request.get(address!)).headers()["etag"]).toBe(etag);

  await page.getByRole("textbox", { name: "Article text" }).press("Control+End");
  await page.keyboard.type(" The survey found two cracks.");
  await expectSaved(page);
  await review(page).getByRole("button", { name: "Publish", exact: true }).click();
  await expect(review(page)).toContainText("Published as revision 2.");
  const next = await request.get(address!, { headers: { "If-None-Match": etag } });
  expect(next.status()).toBe(200);
  expect(next.headers()["etag"]).not.toBe(etag);
  expect(await next.text()).toContain("The survey found two cracks.");
});

for (const path of READER_PAGES) {
  test(`${path} has a fixed policy: no nonce, no inline script, and only its own script`, async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    const response = await page.goto(path);
    await page.waitForLoadState("networkidle");
    const csp = response!.headers()["content-security-policy"]!;
    const scriptSources = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
    expect(scriptSources.trim()).toBe("script-src 'self'");
    expect(csp).not.toMatch(/nonce-|unsafe-inline'?\s*(;|$)|unsafe-eval/);
    expect(response!.headers()["etag"]).toBeTruthy();
    // No Next.js or React code at all: the one reader script, and no inline scripts (a
    // JSON-LD data block is data, not a script: it never runs).
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/r\/reader\.[0-9a-f]+\.js$/);
    expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(
      0,
    );
    const html = await response!.text();
    expect(html).not.toMatch(/_next\/|__next|self\.__next_f/);
  });
}

test("the studio keeps a fresh nonce on every response", async ({ page }) => {
  const nonce = async () => {
    const response = await page.goto("/sign-in");
    return /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"]!)?.[1];
  };
  const first = await nonce();
  expect(first).toBeTruthy();
  expect(await nonce()).not.toBe(first);
});
