import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import {
  annotationPanel,
  articleText,
  expectSaved,
  pastePlainText,
  tagWithToolbar,
} from "./editor-helpers";

const STORY = [
  "Repairs to the Millbrook bridge began on Monday, the county said, with two lanes closed until June.",
  "The contractor was fined twice last year for safety breaches, according to court records.",
].join("\n\n");
const FACT = "with two lanes closed until June";
const CLAIM = "Repairs to the Millbrook bridge began on Monday";

const panel = annotationPanel;
const review = (page: Page) => page.getByRole("region", { name: "Review" });

test("a reviewer submits, an editor publishes after fixing the check, and readers see revisions only", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Millbrook bridge repairs ${Date.now()}`;
  await signIn(page, "reviewer");
  await page.goto("/studio");
  await page.getByRole("button", { name: "New article" }).click();
  await page.getByRole("textbox", { name: "Title" }).fill(title);
  await pastePlainText(page, STORY);
  await tagWithToolbar(page, CLAIM, "Official claim");
  await tagWithToolbar(page, FACT, "Verified fact");
  await expectSaved(page);

  // The checklist is live: the claim has no speaker, the fact no supporting source.
  const checklist = review(page).getByRole("list", { name: "Publish check" });
  await expect(checklist).toContainText(
    "Every official claim and allegation has a speaker or “No named source”: needs attention",
  );
  await expect(checklist).toContainText(
    "Every verified fact has a supporting source: needs attention",
  );
  await expect(review(page).getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  await review(page).getByRole("button", { name: "Submit for review" }).click();
  await expect(review(page).getByLabel("Status: In review")).toBeVisible();
  const url = page.url();

  const editorContext = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": "10.60.0.1" },
  });
  const editor = await editorContext.newPage();
  await signIn(editor, "editor");
  await editor.goto("/studio?status=in_review");
  await editor.getByRole("link", { name: title }).click();
  await expect(editor).toHaveURL(url);

  await review(editor).getByRole("button", { name: "Publish", exact: true }).click();
  const blocked = review(editor).getByRole("alert");
  await expect(blocked).toContainText("Not published: the publish check found 2 problems.");
  await blocked
    .getByRole("link", { name: `Add a supporting source to this verified fact: “${FACT}”.` })
    .click();
  await expect(panel(editor).getByRole("blockquote")).toHaveText(`“${FACT}”`);
  await panel(editor).getByRole("button", { name: "Add source" }).click();
  await panel(editor).getByLabel("Source URL").fill("https://county.example/roadworks");
  await panel(editor).getByLabel("Source title").fill("Roadworks notice");
  await panel(editor).getByLabel("Relation").selectOption("Supports");
  await panel(editor).getByRole("button", { name: "Save source" }).click();
  await expect(panel(editor).getByRole("list", { name: "Sources" })).toContainText(
    "Supports: Roadworks notice",
  );
  await panel(editor).getByText("History of this annotation").click();
  await expect(panel(editor).getByRole("group")).toContainText("Source link linked");
  await expect(panel(editor).getByRole("group")).toContainText("Annotation created");

  await blocked.getByRole("link", { name: /Attribute this official claim/ }).click();
  await expect(panel(editor).getByRole("blockquote")).toHaveText(`“${CLAIM}”`);
  await panel(editor).getByRole("combobox", { name: "Attributed to" }).fill("Riverton Town");
  await editor.getByRole("option", { name: /Riverton Town Council/ }).click();
  await expect(panel(editor)).toContainText("Details saved.");

  await review(editor).getByRole("button", { name: "Publish", exact: true }).click();
  await expect(review(editor)).toContainText("Published as revision 1.");
  await review(editor).getByRole("link", { name: "See it as readers do" }).click();
  await expect(editor).toHaveURL(/\/a\/millbrook-bridge-repairs-\d+$/);
  const readerUrl = editor.url();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(readerUrl);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(
    reader
      .getByRole("paragraph")
      .filter({ hasText: "Repairs to the Millbrook bridge began on Monday" }),
  ).toBeVisible();

  // The draft changes; readers keep revision 1 until the next publish.
  await editor.goto(url);
  await articleText(editor).press("Control+End");
  await editor.keyboard.type(" A late correction.");
  await expectSaved(editor);
  await reader.reload();
  await expect(reader.getByText(/A late correction\./)).toHaveCount(0);

  await review(editor).getByRole("button", { name: "Publish", exact: true }).click();
  await expect(review(editor)).toContainText("Published as revision 2.");
  await reader.reload();
  await expect(reader.getByText(/A late correction\./)).toBeVisible();
  await expect(reader.getByText("revision 2")).toBeVisible();

  await editor.getByRole("link", { name: "History of this article" }).click();
  const history = editor.getByRole("list", { name: "Changes to this article" });
  await expect(history).toContainText("Article published");
  await expect(history).toContainText("Article submitted for review");
  await expect(history).toContainText("Annotation created");
  await expect(history).toContainText("Eli Editor");
  await expect(history).toContainText("Rae Reviewer");
  // Before → after in words: people by name, revisions by number, never an id.
  await expect(history).toContainText("Attributed to: no one → Riverton Town Council");
  await expect(history).toContainText("Readers see: revision 1 → revision 2");
  await expect(history).toContainText("Status: Draft → In review");
  expect(await history.innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|[{}]/i);
  await editorContext.close();
});

test("the live checklist follows the text: pasting text passes it, deleting all of it fails it", async ({
  page,
}) => {
  await signIn(page, "reviewer");
  await page.goto("/studio");
  await page.getByRole("button", { name: "New article" }).click();
  await page.getByRole("textbox", { name: "Title" }).fill("Checklist follows the text");
  const checklist = review(page).getByRole("list", { name: "Publish check" });
  await expect(checklist).toContainText("The article has text: needs attention");

  await pastePlainText(page, STORY);
  await expect(checklist).toContainText("The article has text: passes");

  await articleText(page).press("Control+A");
  await articleText(page).press("Delete");
  await expect(articleText(page)).toHaveText("");
  await expect(checklist).toContainText("The article has text: needs attention");
  await expectSaved(page);
  await page.reload();
  await expect(checklist).toContainText("The article has text: needs attention");
});

test("the dashboard filters by status and searches titles", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/studio");
  await page.getByLabel("Status").selectOption("Published");
  await page.getByRole("button", { name: "Filter" }).click();
  const table = page.getByRole("table");
  await expect(table).toContainText("Riverton closes footbridge");
  await expect(table).not.toContainText("Draft");
  await page.getByLabel("Status").selectOption("All");
  await page.getByLabel("Search titles").fill("new contractor");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("Draft");
});
