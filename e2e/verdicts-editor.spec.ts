import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { screenshotAtWidths } from "./screenshots";
import {
  addSourceInPanel,
  annotationPanel as panel,
  chosenOption,
  createArticle,
  expectSaved,
  openCheckedArticle,
  tagUnattributed,
} from "./editor-helpers";

// Verdicts in the editor: rating claims on the newsroom's scale (the default one the database
// starts with), the publish check's verdict rule, and the "Checked article" fields.

const STORY = [
  "According to the health ministry, 40 people were taken to hospital after the chemical release.",
  "The mayor is accused of awarding the repair contract to a friend, which she denies.",
].join("\n\n");
const CLAIM = "40 people were taken to hospital";
const ALLEGATION = "awarding the repair contract to a friend";
const CONCLUSION = "Hospital records show 12 admissions; the others were seen and sent home.";

test.describe.configure({ timeout: 150_000 });

const review = (page: Page) => page.getByRole("region", { name: "Review" });
const verdict = (page: Page) => panel(page).getByRole("combobox", { name: "Verdict" });
const conclusion = (page: Page) => panel(page).getByRole("textbox", { name: "Conclusion" });
const listed = (page: Page, quote: string) =>
  page
    .getByRole("list", { name: "Annotations in document order" })
    .getByRole("button", { name: new RegExp(quote) });
const checklistLine = (page: Page) =>
  review(page)
    .getByRole("list", { name: "Publish check" })
    .getByRole("listitem")
    .filter({ hasText: "Every verdict has a conclusion and a linked source" });

const shoot = (page: Page, name: string) => screenshotAtWidths(page, `verdicts-${name}`);

test("a reviewer rates claims; the publish check asks for the conclusion and a source until an editor adds them", async ({
  page,
  browser,
}) => {
  await signIn(page, "reviewer");
  const title = `Hospital figures ${Date.now()}`;
  await createArticle(page, title, STORY);

  await tagUnattributed(page, CLAIM, "Official claim");
  await expect.poll(() => chosenOption(verdict(page))).toBe("No verdict");
  await verdict(page).selectOption({ label: "False" });
  await expect(panel(page)).toContainText("The claim is not accurate.");
  await conclusion(page).fill(CONCLUSION);
  await conclusion(page).blur();
  await expect(panel(page)).toContainText("Details saved.");
  await expect(listed(page, CLAIM)).toContainText("Verdict: False");

  await tagUnattributed(page, ALLEGATION, "Allegation");
  await verdict(page).selectOption({ label: "Misleading" });
  await expect(panel(page)).toContainText("Details saved.");
  await expect(checklistLine(page)).toContainText("needs attention");
  await expectSaved(page);

  // Both survive a reload.
  await page.reload();
  await listed(page, CLAIM).click();
  await expect.poll(() => chosenOption(verdict(page))).toBe("False");
  await expect(conclusion(page)).toHaveValue(CONCLUSION);
  await listed(page, ALLEGATION).click();
  await expect.poll(() => chosenOption(verdict(page))).toBe("Misleading");
  await expect(conclusion(page)).toHaveValue("");

  // A verified fact is not rated: its verdict is kept out of sight, and back with its kind.
  await panel(page).getByLabel("Kind").selectOption("Verified fact");
  await expect(verdict(page)).toHaveCount(0);
  await expect(panel(page)).toContainText("Verified facts take no verdict.");
  await panel(page).getByLabel("Kind").selectOption("Allegation");
  await expect.poll(() => chosenOption(verdict(page))).toBe("Misleading");
  await expectSaved(page);
  await review(page).getByRole("button", { name: "Submit for review" }).click();
  await expect(review(page).getByLabel("Status: In review")).toBeVisible();

  const editorContext = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": "10.61.0.1" },
  });
  const editor = await editorContext.newPage();
  await signIn(editor, "editor");
  await editor.goto(page.url());
  await review(editor).getByRole("button", { name: "Publish", exact: true }).click();
  const blocked = review(editor).getByRole("alert");
  await expect(blocked).toContainText("Not published: the publish check found 3 problems.");
  await expect(blocked.getByRole("listitem")).toHaveText([
    `Link at least one source to the verdict on “${CLAIM}”.`,
    `Add a conclusion to the verdict on “${ALLEGATION}”.`,
    `Link at least one source to the verdict on “${ALLEGATION}”.`,
  ]);
  await shoot(editor, "publish-check");

  await blocked
    .getByRole("link", { name: `Add a conclusion to the verdict on “${ALLEGATION}”.` })
    .click();
  await expect(panel(editor).getByRole("blockquote")).toHaveText(`“${ALLEGATION}”`);
  await conclusion(editor).fill("The council's records show an open tender with four bids.");
  await conclusion(editor).blur();
  await expect(panel(editor)).toContainText("Details saved.");
  await expect(blocked.getByRole("listitem")).toHaveCount(2);
  await addSourceInPanel(editor, {
    url: "https://council.example/tenders/2026-004",
    title: "Tender record 2026-004",
    relation: "Contradicts",
  });
  await blocked
    .getByRole("link", { name: `Link at least one source to the verdict on “${CLAIM}”.` })
    .click();
  await addSourceInPanel(editor, {
    url: "https://health.example/admissions-may",
    title: "Admissions in May",
    relation: "Contradicts",
  });
  await expect(blocked).toHaveCount(0);
  await expect(checklistLine(editor)).toContainText("passes");
  await shoot(editor, "panel");

  await review(editor).getByRole("button", { name: "Publish", exact: true }).click();
  await expect(review(editor)).toContainText("Published as revision 1.");
  await editorContext.close();
});

test("the verdict select works from the keyboard alone", async ({ page }) => {
  await signIn(page, "reviewer");
  await createArticle(page, `Keyboard verdict ${Date.now()}`, STORY);
  await tagUnattributed(page, CLAIM, "Official claim");
  await page.reload();

  // Choosing from the list moves focus to the panel; from there on, only keys.
  await listed(page, CLAIM).focus();
  await page.keyboard.press("Enter");
  await expect(panel(page).getByRole("heading", { name: "Annotation" })).toBeFocused();
  // Tab on through the fields before it (the speaker list opens as it is passed, hiding the
  // rest from the accessibility tree until focus moves on): which one has focus, by its label.
  const focusedLabel = () =>
    page.evaluate(
      () => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.innerText,
    );
  for (let tab = 0; tab < 12 && (await focusedLabel()) !== "Verdict"; tab++) {
    await page.keyboard.press("Tab");
  }
  await expect(verdict(page)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect.poll(() => chosenOption(verdict(page))).toBe("Mostly true");
  await expect(panel(page)).toContainText(
    "The claim is accurate but needs clarification or additional information.",
  );
  await page.keyboard.press("Tab");
  await expect(conclusion(page)).toBeFocused();
  await page.keyboard.type("The ministry's own table counts 38.");
  await page.keyboard.press("Tab");
  await expect(panel(page)).toContainText("Details saved.");
  await expect(listed(page, CLAIM)).toContainText("Verdict: Mostly true");

  await page.reload();
  await listed(page, CLAIM).click();
  await expect.poll(() => chosenOption(verdict(page))).toBe("Mostly true");
  await expect(conclusion(page)).toHaveValue("The ministry's own table counts 38.");
});

test("the checked article's fields say what to fix, keep what was typed, save, and survive a reload", async ({
  page,
  context,
}) => {
  await signIn(page, "editor");
  await createArticle(page, `Checked article ${Date.now()}`, STORY);
  const checked = await openCheckedArticle(page);
  await expect(checked).toContainText(
    "The piece this fact-check is about, as its outlet published it. Readers see this date as the original's, never as ours.",
  );
  await checked.getByRole("textbox", { name: "Original outlet" }).fill("Eastmarch Evening Post");
  await checked.getByRole("textbox", { name: "Author" }).fill("Dana Whitfield");
  await checked.getByRole("textbox", { name: "Original URL" }).fill("post.example/story");
  await checked.getByLabel("Original publication date").fill("2999-01-01");
  await checked.getByRole("button", { name: "Save checked article" }).click();
  await expect(checked.getByRole("textbox", { name: "Original URL" })).toHaveAccessibleDescription(
    "Enter a web address starting with http:// or https://.",
  );
  await expect(checked.getByLabel("Original publication date")).toHaveAccessibleDescription(
    "The original publication date can't be in the future. Enter the day the outlet published it.",
  );
  await expect(checked.getByRole("textbox", { name: "Original outlet" })).toHaveValue(
    "Eastmarch Evening Post",
  );
  await shoot(page, "checked-article-errors");

  await checked.getByRole("textbox", { name: "Original URL" }).fill("https://post.example/story");
  await checked.getByLabel("Original publication date").fill("2026-05-11");
  await checked.getByRole("button", { name: "Save checked article" }).click();
  await expect(checked).toContainText("Checked article saved.");

  await page.reload();
  const reloaded = page.getByRole("region", { name: "Checked article" });
  await expect(reloaded).toContainText("Eastmarch Evening Post · by Dana Whitfield · 11 May 2026");
  await openCheckedArticle(page);
  await expect(reloaded.getByRole("textbox", { name: "Original URL" })).toHaveValue(
    "https://post.example/story",
  );
  await expect(reloaded.getByLabel("Original publication date")).toHaveValue("2026-05-11");
  await shoot(page, "checked-article");

  // Someone else saves first (here: another tab): nothing is overwritten unseen.
  const other = await context.newPage();
  await other.goto(page.url());
  const theirs = await openCheckedArticle(other);
  await theirs.getByRole("textbox", { name: "Original outlet" }).fill("The Eastmarch Post");
  await theirs.getByRole("button", { name: "Save checked article" }).click();
  await expect(theirs).toContainText("Checked article saved.");
  await other.close();

  await reloaded.getByRole("textbox", { name: "Author" }).fill("D. Whitfield");
  await reloaded.getByRole("button", { name: "Save checked article" }).click();
  await expect(reloaded.getByRole("alert")).toHaveText(
    "Someone else changed the checked article first. Their version is shown: keep yours or use theirs.",
  );
  await expect(reloaded).toContainText("Their version: outlet “The Eastmarch Post”");
  await expect(reloaded.getByRole("textbox", { name: "Author" })).toHaveValue("D. Whitfield");
  await reloaded.getByRole("button", { name: "Keep mine" }).click();
  await expect(reloaded).toContainText("Checked article saved.");

  await review(page).getByRole("link", { name: "History of this article" }).click();
  await expect(page.getByText("Article “Checked article” edited").first()).toBeVisible();
  await expect(page.getByText("Author: Dana Whitfield → D. Whitfield")).toBeVisible();
  await expect(page.getByText("Original publication date: — → 11 May 2026")).toBeVisible();
});
