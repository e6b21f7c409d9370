import AxeBuilder from "@axe-core/playwright";
import type { AnnotationKind } from "../db/enums";
import { KIND_LABELS } from "../lib/editor/kinds";
import { expect, test } from "./fixtures";

const ARTICLE = "/a/riverton-footbridge-closure-solvent-leak-bribery-claim";
const DUNMORE = /^Official claim 3, attributed to Kasimir Dunmore/;

test("details open with the mouse and with the keyboard alone; Escape returns focus to the span", async ({
  page,
}) => {
  await page.goto(ARTICLE);
  await page.waitForLoadState("networkidle");
  const span = page.getByRole("link", { name: DUNMORE });
  await span.click();
  const details = page.getByRole("dialog", { name: "Annotation details" });
  await expect(details).toContainText("Official claim");
  await expect(details.getByRole("link", { name: "Kasimir Dunmore" })).toHaveAttribute(
    "href",
    "/speakers/kasimir-dunmore",
  );
  await expect(details).toContainText(
    "Supports: Millrace Footbridge: Principal Inspection Report, April 2026",
  );
  await page.keyboard.press("Escape");
  await expect(details).toHaveCount(0);
  await expect(span).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(details).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(span).toBeFocused();
  await page.keyboard.press(" ");
  await expect(details).toBeVisible();
  await expect(page).toHaveURL(ARTICLE);
});

test("from a fresh load, Tab reaches the first span; Enter and Space open its details, Escape returns", async ({
  page,
}) => {
  await page.goto(ARTICLE);
  await page.waitForLoadState("networkidle");
  const first = page
    .getByRole("link", { name: /^(Official claim|Allegation|Verified fact) \d+/ })
    .first();
  const firstIsFocused = () => first.evaluate((span) => span === document.activeElement);
  // Past the skip link, the header and the legend's filters: a short way, not a long trek.
  let tabs = 0;
  while (tabs < 12 && !(await firstIsFocused())) {
    await page.keyboard.press("Tab");
    tabs++;
  }
  await expect(first).toBeFocused();
  expect(tabs).toBeLessThanOrEqual(8);
  const kind = KIND_LABELS[(await first.getAttribute("data-kind")) as AnnotationKind].one;

  const details = page.getByRole("dialog", { name: "Annotation details" });
  await page.keyboard.press("Enter");
  await expect(details).toBeVisible();
  await expect(details).toContainText(kind);
  await page.keyboard.press("Escape");
  await expect(details).toHaveCount(0);
  await expect(first).toBeFocused();

  await page.keyboard.press(" ");
  await expect(details).toBeVisible();
  await expect(details).toContainText(kind);
  await page.keyboard.press("Escape");
  await expect(details).toHaveCount(0);
  await expect(first).toBeFocused();
  // Neither key followed the span's link to the notes: the page stayed where it was.
  await expect(page).toHaveURL(ARTICLE);
});

test("every annotated span is a keyboard stop named by its kind", async ({ page }) => {
  await page.goto(ARTICLE);
  const spans = page.getByRole("link", { name: /^(Official claim|Allegation|Verified fact) \d+/ });
  await expect(spans).toHaveCount(16);
  const notes: string[] = [];
  for (const span of await spans.all()) {
    await expect(span).toHaveAttribute("data-kind", /^(official_claim|allegation|verified_fact)$/);
    notes.push((await span.getAttribute("href"))!);
  }
  // Each leads to its own note.
  expect(notes.sort()).toEqual(Array.from({ length: 16 }, (_, i) => `#n${i + 1}`).sort());
});

test("in the accessibility tree a span is a link named by its kind, number, speaker and verdict, then its words", async ({
  page,
}) => {
  await page.goto(ARTICLE);
  const paragraph = page
    .getByRole("paragraph")
    .filter({ hasText: "Dunmore told reporters that" })
    .first();
  await expect(paragraph).toMatchAriaSnapshot(`
    - link "Official claim 3, attributed to Kasimir Dunmore, rated True 11 of the bridge’s 48 hangers had lost more than a quarter of their cross-section":
      - /url: "#n3"
  `);
});

test("the legend filters kinds, and the choice lives in the URL through a reload", async ({
  page,
}) => {
  await page.goto(ARTICLE);
  const legend = page.getByRole("group", { name: "Highlights in this article" });
  await expect(
    legend.getByRole("checkbox", { name: "Allegations", exact: true }),
  ).toHaveAccessibleDescription("4 in this article");
  const allegation = page.getByRole("link", { name: /^Allegation \d+/ }).first();
  const underline = () => allegation.evaluate((el) => getComputedStyle(el).textDecorationLine);
  expect(await underline()).toBe("underline");

  await legend.getByRole("checkbox", { name: "Allegations", exact: true }).uncheck();
  await expect(page).toHaveURL(/filter=1&show=official_claim&show=verified_fact$/);
  expect(await underline()).toBe("none");
  await page.reload();
  await expect(
    legend.getByRole("checkbox", { name: "Allegations", exact: true }),
  ).not.toBeChecked();
  await expect(
    legend.getByRole("checkbox", { name: "Official claims", exact: true }),
  ).toBeChecked();
  expect(await underline()).toBe("none");
  await legend.getByRole("checkbox", { name: "Allegations", exact: true }).check();
  expect(await underline()).toBe("underline");
});

test("without JavaScript every span still leads to its details, and back", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await page.getByRole("link", { name: DUNMORE }).click();
  await expect(page).toHaveURL(/#n3$/);
  const note = page
    .getByRole("region", { name: "Notes" })
    .getByRole("listitem")
    .filter({ hasText: "Official claim 3, attributed to Kasimir Dunmore" });
  await expect(note).toBeInViewport();
  await expect(note).toContainText("Supports: Millrace Footbridge");
  await note.getByRole("link", { name: "Back to the text" }).click();
  await expect(page).toHaveURL(/#3$/);
  await expect(page.getByRole("link", { name: DUNMORE })).toBeInViewport();
  await context.close();
});

test("who said what groups annotations by speaker, with links to their spans", async ({ page }) => {
  await page.goto(ARTICLE);
  const who = page.getByRole("region", { name: "Who said what" });
  await expect(who.getByRole("link", { name: "Tomas Pell" })).toHaveAttribute(
    "href",
    "/speakers/tomas-pell",
  );
  await who.getByRole("link", { name: /^Allegation: “Marrow received payments/ }).click();
  await expect(page).toHaveURL(/#\d+$/);
});

for (const [path, colorScheme] of [
  ["/", "light"],
  [ARTICLE, "light"],
  [ARTICLE, "dark"],
  ["/speakers", "dark"],
  ["/speakers/kasimir-dunmore", "light"],
] as const) {
  test(`axe finds no accessibility violations on ${path} (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}

test("no editor code is sent to readers", async ({ page }) => {
  const bodies: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") bodies.push(response.text());
  });
  await page.goto(ARTICLE);
  await page.waitForLoadState("networkidle");
  const scripts = await Promise.all(bodies);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).not.toMatch(/prosemirror|tiptap/i);
});
