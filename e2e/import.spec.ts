import AxeBuilder from "@axe-core/playwright";
import {
  articleText,
  expectSaved,
  openCheckedArticle,
  tagUnattributed,
  tagWithToolbar,
} from "./editor-helpers";
import { expect, signIn, test } from "./fixtures";
import { screenshotAtWidths } from "./screenshots";
import { newsPage, startPageServer } from "../test/news-pages";

const MOVED = "the bridge would reopen in spring";
const CHANGED_BEFORE = "the contractor had inflated the repair bill by 40 per cent";
const CHANGED_AFTER = "the contractor had inflated the repair bill by 42 per cent";
const DELETED = "The bridge closed to traffic on 3 May.";

const STORY = {
  title: "Riverton bridge to reopen in spring, council says",
  outlet: "Riverton Courier",
  author: "Maya Fenwick",
  date: "2026-11-02",
  paragraphs: [
    `The town council said on Monday that ${MOVED}, once repairs to its eastern pier are done.`,
    `Opposition councillors alleged that ${CHANGED_BEFORE}, which the firm denies.`,
    `${DELETED} Residents have since used a ferry.`,
  ],
};
/** The outlet's revision: a paragraph on top, a figure corrected, a sentence cut. */
const REVISED = {
  ...STORY,
  paragraphs: [
    "Updated on Tuesday with the contractor's response.",
    STORY.paragraphs[0]!,
    `Opposition councillors alleged that ${CHANGED_AFTER}, which the firm denies.`,
    "Residents have since used a ferry.",
  ],
};

test("a story imported by its address keeps its annotations through the outlet's revision", async ({
  page,
}) => {
  test.setTimeout(180_000);
  let revised = false;
  const pages = await startPageServer((at) =>
    at === "/news/bridge" ? newsPage(revised ? REVISED : STORY) : null,
  );
  const address = pages.url("/news/bridge");
  await signIn(page, "editor");

  await page.goto("/studio");
  await page.getByRole("button", { name: "Import from URL" }).click();
  const dialog = page.getByRole("dialog", { name: "Import from URL" });
  await dialog.getByLabel("Page URL").fill(address);
  await screenshotAtWidths(page, "import-dialog", { fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await dialog.getByRole("button", { name: "Import", exact: true }).click();

  await expect(page).toHaveURL(/\/studio\/articles\/[0-9a-f-]{36}$/);
  const editorUrl = page.url();
  await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue(STORY.title);
  await expect(articleText(page).getByRole("paragraph")).toHaveCount(3);
  await expect(articleText(page)).toContainText(STORY.paragraphs[1]!);
  // The outlet's navigation, sidebar and footer stay behind.
  await expect(articleText(page)).not.toContainText("Most read");
  const checked = await openCheckedArticle(page);
  await expect(checked.getByLabel("Original outlet")).toHaveValue(STORY.outlet);
  await expect(checked.getByLabel("Author")).toHaveValue(STORY.author);
  await expect(checked.getByLabel("Original URL")).toHaveValue(address);
  await expect(checked.getByLabel("Original publication date")).toHaveValue(STORY.date);

  await tagUnattributed(page, MOVED, "Official claim");
  await tagUnattributed(page, CHANGED_BEFORE, "Allegation");
  await tagWithToolbar(page, DELETED, "Verified fact");
  await expectSaved(page);

  revised = true;
  await page.getByRole("link", { name: "Replace text with a new version" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Replace text with a new version" }),
  ).toBeVisible();
  // The checked article's address is where the revision is fetched from.
  await expect(page.getByLabel("Page URL")).toHaveValue(address);
  await page.getByRole("button", { name: "Fetch and compare" }).click();

  const review = page.getByRole("region", { name: "Re-anchoring review" });
  const counts = review.getByRole("list", { name: "Outcome counts" });
  for (const count of ["0 kept", "1 moved", "1 changed", "1 not found"]) {
    await expect(counts).toContainText(count);
  }
  const outcomes = review.getByRole("list", { name: "Carried-over annotations" });
  const changed = outcomes.getByRole("listitem").filter({ hasText: "Changed" });
  await expect(changed).toContainText(`Was“${CHANGED_BEFORE}”`);
  await expect(changed).toContainText(`Now“${CHANGED_AFTER}”`);
  await expect(outcomes.getByRole("listitem").filter({ hasText: "Not found" })).toContainText(
    "It will be kept, detached, with its details.",
  );
  await changed.getByRole("link", { name: /^Show in the new text/ }).click();
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
  expect(focused).toBe(CHANGED_AFTER);
  await screenshotAtWidths(page, "reanchor-review", { fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshotAtWidths(page, "reanchor-review-dark", { fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
  // Nothing is saved before the review is accepted.
  await page.goto(page.url().replace(/\/new-version$/, ""));
  await expect(articleText(page)).toContainText(CHANGED_BEFORE);
  await page.getByRole("link", { name: "Replace text with a new version" }).click();
  await page.getByRole("button", { name: "Fetch and compare" }).click();
  await review.getByRole("button", { name: "Accept new version" }).click();

  await expect(page).toHaveURL(/\/studio\/articles\/[0-9a-f-]{36}$/);
  await expect(articleText(page)).toContainText(CHANGED_AFTER);
  await expect(articleText(page).getByRole("paragraph")).toHaveCount(4);
  const list = page.getByRole("list", { name: "Annotations in document order" });
  await expect(list.getByRole("button")).toHaveCount(2);
  await expect(list).toContainText(CHANGED_AFTER);
  const detached = page.getByRole("list", { name: "Detached annotations" });
  await expect(detached).toContainText(DELETED);
  await detached.getByRole("button", { name: /^Delete for good/ }).click();
  await expect(detached).toHaveCount(0);

  const reviewPanel = page.getByRole("region", { name: "Review" });
  await reviewPanel.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(reviewPanel).toContainText("Published as revision 1.");
  await reviewPanel.getByRole("link", { name: "See it as readers do" }).click();
  await expect(
    page.getByRole("link", { name: /^(Official claim|Allegation|Verified fact) \d/ }),
  ).toHaveCount(2);
  await expect(
    page.getByRole("link", { name: `Allegation 2, no named source ${CHANGED_AFTER}` }),
  ).toBeVisible();

  await page.goto(`${editorUrl}/history`);
  await expect(page.getByRole("main")).toContainText("text replaced with a new version");
  await expect(page.getByRole("main")).toContainText("imported from the web");
  await pages.close();
});

test("an import the fetch guard refuses says why and keeps the address typed", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.goto("/studio");
  await page.getByRole("button", { name: "Import from URL" }).click();
  const dialog = page.getByRole("dialog", { name: "Import from URL" });
  const field = dialog.getByLabel("Page URL");
  await field.fill("http://10.20.30.40/story");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog.getByRole("alert")).toContainText("private network");
  await expect(field).toHaveValue("http://10.20.30.40/story");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await screenshotAtWidths(page, "import-dialog-refused", { fullPage: true });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/\/studio$/);
});

test("an empty article is filled from a page, and a pasted revision that repeats a quote leaves it unplaced", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const pages = await startPageServer((at) => (at === "/story" ? newsPage(STORY) : null));
  await signIn(page, "reviewer");
  await page.goto("/studio");
  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/studio\/articles\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Import from URL" }).click();
  const dialog = page.getByRole("dialog", { name: "Import from URL" });
  await dialog.getByLabel("Page URL").fill(pages.url("/story"));
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue(STORY.title);
  await expect(page.getByRole("button", { name: "Import from URL" })).toHaveCount(0);

  await tagUnattributed(page, "Residents have since used a ferry.", "Official claim");
  await expectSaved(page);
  await page.getByRole("link", { name: "Replace text with a new version" }).click();
  // The same sentence twice, with nothing around either copy like the original's context.
  await page
    .getByLabel("New text")
    .fill(
      [
        "A ferry began running in June. Residents have since used a ferry. Tickets are free.",
        "The council met again. Residents have since used a ferry. Some drive round instead.",
      ].join("\n\n"),
    );
  await page.getByRole("button", { name: "Compare pasted text" }).click();
  const review = page.getByRole("region", { name: "Re-anchoring review" });
  await expect(review.getByRole("list", { name: "Outcome counts" })).toContainText("1 not found");
  await expect(review).toContainText("occurs 2 times");
  await review.getByRole("link", { name: "Cancel" }).click();
  await expect(articleText(page)).toContainText(STORY.paragraphs[0]!);
  await pages.close();
});
