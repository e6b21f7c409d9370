import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { demoArticles } from "../lib/demo/content";
import { expect, test } from "./fixtures";

// Issue 14: the reader shows each rated claim's verdict and conclusion, sums them up, filters
// by verdict with and without JavaScript, and says where the checked article came from.
const published = demoArticles.find((article) => article.status === "published")!;
const ARTICLE = `/a/${published.slug}`;
const RATED = published.annotations.filter((annotation) => annotation.rating);
const SUMMARY =
  "8 claims and allegations checked: 2 true, 1 half true, 1 misleading, 1 mostly false, 2 false, 1 unproven";

const span = (page: Page, name: RegExp) => page.getByRole("link", { name }).first();
const MAYOR = /^Official claim 4, attributed to Ilse Marrow, rated Misleading/;
const DUNMORE = /^Official claim 3, attributed to Kasimir Dunmore, rated True/;
const VELDT = /^Official claim 8, attributed to Veldt Coatings, rated False/;
const DENIAL = /^Official claim 13, attributed to Ilse Marrow/;

/** Whether a span's highlight shows: the filter takes its underline and tint away. */
const underline = (locator: Locator) =>
  locator.evaluate((element) => getComputedStyle(element).textDecorationLine);

test("the demo article shows each verdict, its conclusion and the summary", async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.getByText(SUMMARY)).toBeVisible();
  await page.waitForLoadState("networkidle");
  await span(page, MAYOR).click();
  const details = page.getByRole("dialog", { name: "Annotation details" });
  await expect(details).toContainText("rated Misleading");
  await expect(details).toContainText(
    "Misleading: The claim contains accurate elements but gives a false impression.",
  );
  await expect(details).toContainText(`Conclusion: ${RATED[1]!.rating!.conclusion}`);
  await page.keyboard.press("Escape");

  // An unrated claim says nothing of a verdict.
  await expect(span(page, DENIAL)).not.toHaveAccessibleName(/rated/);

  const who = page.getByRole("region", { name: "Who said what" });
  await expect(
    who.getByRole("listitem").filter({ hasText: /^Allegation: “the contract did not require/ }),
  ).toHaveText(
    "Allegation: “the contract did not require the firm to inspect the hangers”, rated False",
  );
});

test("the verdict filter hides the others at once, and the address keeps the choice", async ({
  page,
}) => {
  await page.goto(ARTICLE);
  await page.waitForLoadState("networkidle");
  const verdicts = page.getByRole("group", { name: "Verdicts" });
  await expect(
    verdicts.getByRole("checkbox", { name: "False", exact: true }),
  ).toHaveAccessibleDescription("2 in this article");
  for (const name of ["True", "Half true", "Misleading", "Mostly false", "Unproven", "No verdict"])
    await verdicts.getByRole("checkbox", { name, exact: true }).uncheck();
  await expect(page).toHaveURL(/\?verdict_filter=1&verdict=false$/);
  expect(await underline(span(page, VELDT))).toBe("underline");
  expect(await underline(span(page, MAYOR))).toBe("none");
  expect(await underline(span(page, DUNMORE))).toBe("none");
  // "No verdict" governs the unrated claims and the verified facts.
  expect(await underline(span(page, /^Verified fact 1\b/))).toBe("none");

  await page.reload();
  await expect(verdicts.getByRole("checkbox", { name: "False", exact: true })).toBeChecked();
  await expect(verdicts.getByRole("checkbox", { name: "True", exact: true })).not.toBeChecked();
  expect(await underline(span(page, MAYOR))).toBe("none");

  // The kinds still apply on top: hiding official claims hides the false one too.
  await page
    .getByRole("group", { name: "Highlights in this article" })
    .getByRole("checkbox", { name: "Official claims", exact: true })
    .uncheck();
  await expect(page).toHaveURL(
    /filter=1&show=allegation&show=verified_fact&verdict_filter=1&verdict=false$/,
  );
  expect(await underline(span(page, VELDT))).toBe("none");
});

test("without JavaScript the verdict filter is a form the server answers", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await expect(page.getByText(SUMMARY)).toBeVisible();
  const verdicts = page.getByRole("group", { name: "Verdicts" });
  await verdicts.getByRole("checkbox", { name: "True", exact: true }).uncheck();
  await verdicts.getByRole("checkbox", { name: "Misleading", exact: true }).uncheck();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/verdict_filter=1/);
  await expect(page).not.toHaveURL(/verdict=true|verdict=misleading/);
  await expect(verdicts.getByRole("checkbox", { name: "True", exact: true })).not.toBeChecked();
  await expect(verdicts.getByRole("checkbox", { name: "False", exact: true })).toBeChecked();
  expect(await underline(span(page, DUNMORE))).toBe("none");
  expect(await underline(span(page, MAYOR))).toBe("none");
  expect(await underline(span(page, VELDT))).toBe("underline");
  await context.close();
});

test("bad or unknown filter values are ignored", async ({ request }) => {
  for (const query of [
    "?verdict_filter=1&verdict=%3Cscript%3E&verdict=false&verdict=nope",
    "?verdict_filter=&verdict=&filter=&show=",
    `?verdict_filter=1&${"verdict=x&".repeat(500)}verdict=true`,
  ]) {
    const response = await request.get(`${ARTICLE}${query}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).not.toContain("<script>");
  }
});

test("the checked article's provenance is shown with the original's own date", async ({ page }) => {
  await page.goto(ARTICLE);
  const checked = published.checkedArticle!;
  const provenance = page.getByText("Checked article:").locator("..");
  await expect(provenance).toHaveText(
    `Checked article: ${checked.outlet}, by ${checked.author}, originally published 26 May 2026`,
  );
  const original = provenance.getByRole("link", { name: checked.outlet });
  await expect(original).toHaveAttribute("href", checked.url!);
  await expect(original).toHaveAttribute("rel", "nofollow noopener");
  // Claimmark's own publication is the fact-check's, and says so.
  await expect(page.getByText(/^Fact-check published \d{1,2} \w+ \d{4}/)).toBeVisible();
});

test("the page's JSON-LD has one ClaimReview per rated claim, each linking its span", async ({
  page,
}) => {
  await page.goto(ARTICLE);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const graph = JSON.parse(blocks[0]!) as { "@graph": Record<string, unknown>[] };
  const reviews = graph["@graph"];
  expect(reviews).toHaveLength(RATED.length);
  for (const review of reviews) expect(review["@type"]).toBe("ClaimReview");
  expect(reviews.map((r) => r.claimReviewed).sort()).toEqual(RATED.map((a) => a.quote).sort());
  // Each review's address opens its passage (from a fresh load: a fragment change alone is not one).
  const first = new URL(String(reviews[0]!.url));
  await page.goto("about:blank");
  await page.goto(`${first.pathname}${first.hash}`);
  await expect(page.getByRole("dialog", { name: "Annotation details" })).toContainText("rated");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations with verdicts shown and filtered (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${ARTICLE}?verdict_filter=1&verdict=false&verdict=misleading`);
    await page.waitForLoadState("networkidle");
    await span(page, MAYOR).click();
    await expect(page.getByRole("dialog", { name: "Annotation details" })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
