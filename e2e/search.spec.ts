import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { demoArticles } from "../lib/demo/content";
import { annotationPanel, articleText } from "./editor-helpers";
import { expect, signIn, test } from "./fixtures";

const [published, draft] = demoArticles;
/** A phrase in an allegation of each demo article: the published one and the draft. */
const PHRASE = '"received payments from Calderbrook"';
const SHOTS = "/tmp/shots-search";

/** The words a result marks as matched (<mark> has no ARIA role to find it by). */
function markedWords(result: Locator): Promise<string[]> {
  return result.evaluate((item) =>
    [...item.querySelectorAll("mark")].map((mark) => mark.textContent ?? ""),
  );
}

/** A result of a search, found by the article it is in. */
function resultIn(page: Page, title: string) {
  return page.getByRole("listitem").filter({ hasText: title });
}

test("a studio search finds a claim across two articles and opens it in the editor", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "reviewer");
  await page
    .getByRole("navigation", { name: "Studio" })
    .getByRole("link", { name: "Search" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Type words" })).toBeVisible();

  await page.getByRole("searchbox", { name: "Search claims" }).fill(PHRASE);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("2 annotations match")).toBeVisible();
  for (const article of [published!, draft!]) {
    const result = resultIn(page, article.title);
    await expect(result).toContainText("Allegation");
    expect(await markedWords(result)).toEqual(["received", "payments", "Calderbrook"]);
  }
  await page.screenshot({ path: `${SHOTS}/studio-search-light.png`, fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: `${SHOTS}/studio-search-dark-390.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The filters narrow it to the draft, and the search is kept in the address.
  await page.getByLabel("Status").selectOption({ label: "Draft" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 annotation matches")).toBeVisible();
  await expect(resultIn(page, published!.title)).toHaveCount(0);
  await expect(page.getByRole("searchbox", { name: "Search claims" })).toHaveValue(PHRASE);

  // Its link opens the editor on the span, with the annotation's panel open.
  await resultIn(page, draft!.title).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/studio\/articles\/[0-9a-f-]+#annotation-[0-9a-f-]+$/);
  const panel = annotationPanel(page);
  await expect(panel).toContainText("she received payments from Calderbrook");
  await expect(page.getByRole("heading", { name: "Annotation", exact: true })).toBeFocused();
  await expect(
    articleText(page).getByText("she received payments from Calderbrook"),
  ).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: `${SHOTS}/editor-deep-link.png` });

  // A link to an annotation that is not there leaves the editor as it is, and says so.
  const url = new URL(page.url());
  await page.goto(`${url.pathname}#annotation-${randomUUID()}`);
  await expect(page.getByRole("status").filter({ hasText: "not in this article" })).toBeVisible();
  await expect(panel).toContainText("she received payments from Calderbrook");

  // Bad input: a message beside the field, with what was typed still there.
  const long = "x".repeat(201);
  await page.goto(`/studio/search?q=${long}&kind=rumour`);
  await expect(page.getByRole("searchbox", { name: "Search claims" })).toHaveValue(long);
  await expect(page.getByText("Shorten the search to 200 characters or fewer.")).toBeVisible();
  await expect(page.getByText("Choose a kind from the list.")).toBeVisible();
});

test("the public search works without JavaScript and marks the matched words", async ({
  browser,
}) => {
  for (const { colorScheme, width } of [
    { colorScheme: "light", width: 1280 },
    { colorScheme: "dark", width: 390 },
  ] as const) {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      colorScheme,
      viewport: { width, height: 900 },
    });
    const page = await context.newPage();
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Search" })
      .click();
    await page.getByRole("searchbox", { name: "Search claims" }).fill(PHRASE);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("status")).toHaveText(`1 annotation matches ${PHRASE}`);
    const result = resultIn(page, published!.title);
    expect(await markedWords(result)).toEqual(["received", "payments", "Calderbrook"]);
    await expect(page.getByText(draft!.title)).toHaveCount(0);
    await page.screenshot({
      path: `${SHOTS}/public-search-${colorScheme}-${width}.png`,
      fullPage: true,
    });

    // A filter that leaves nothing, then the result's link to its note in the article.
    await page.getByLabel("Kind").selectOption({ label: "Verified fact" });
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("status")).toHaveText(`No published claim matches ${PHRASE}.`);
    await page.getByLabel("Kind").selectOption({ label: "Allegation" });
    await page.getByRole("button", { name: "Search" }).click();
    await resultIn(page, published!.title).getByRole("link", { name: published!.title }).click();
    await expect(page).toHaveURL(new RegExp(`/a/${published!.slug}#annotation-`));
    const note = page
      .getByRole("region", { name: "Notes" })
      .getByRole("listitem")
      .filter({ hasText: "Unproven allegation made at a council meeting" });
    await expect(note).toBeInViewport();
    await context.close();
  }

  // axe runs as a script, so it looks at the same page in a context that has JavaScript.
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/search?q=${encodeURIComponent(PHRASE)}`);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  }
  await context.close();
});
