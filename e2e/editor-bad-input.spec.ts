import { expect, signIn, test } from "./fixtures";
import {
  annotationPanel,
  articleText,
  createArticle,
  expectSaved,
  tagWithToolbar,
} from "./editor-helpers";

const STORY = [
  "The mayor said on Monday that the new footbridge will open in May.",
  "Opposition councillors allege the contract was never put out to tender.",
].join("\n\n");

test("a title that is too long is refused at its field while the text still saves, and the checklist flags the title", async ({
  page,
}) => {
  await signIn(page, "reviewer");
  await createArticle(page, "Footbridge", STORY);
  const title = page.getByRole("textbox", { name: "Title" });
  const tooLong = `Footbridge ${"x".repeat(290)}`;
  await title.fill(tooLong);
  await articleText(page).press("Control+End");
  await page.keyboard.type(" More.");

  await expect(page.getByRole("status")).toHaveText(
    "Text saved; the title is not. Shorten the title to at most 300 characters.",
    { timeout: 10_000 },
  );
  await expect(title).toHaveAccessibleDescription("Shorten the title to at most 300 characters.");
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveValue(tooLong);
  const checklist = page.getByRole("list", { name: "Publish check" });
  await expect(
    checklist.getByRole("listitem").filter({ hasText: "The article has a title" }),
  ).toHaveText(/The article has a title: needs attention/);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `e2e/.screenshots/title-refused-${width}.png` });
  }

  // The text reached the server although the title did not.
  await page.reload();
  await expect(articleText(page)).toContainText("More.");
  await expect(title).toHaveValue("Footbridge");

  // A title that fits saves, and the field and checklist clear.
  await title.fill(tooLong.slice(0, 300));
  await title.blur();
  await expectSaved(page);
  await expect(title).toHaveAccessibleDescription("");
  await expect(title).not.toHaveAttribute("aria-invalid");
  await expect(
    checklist.getByRole("listitem").filter({ hasText: "The article has a title" }),
  ).toHaveText(/The article has a title: passes/);
  await page.reload();
  await expect(title).toHaveValue(tooLong.slice(0, 300));
});

test("a cue, a note or a speaker's description that is too long gets its message at the field, and what was typed stays", async ({
  page,
}) => {
  await signIn(page, "reviewer");
  await createArticle(page, "Footbridge tender", STORY);
  await tagWithToolbar(page, "the contract was never put out to tender", "Allegation");
  const panel = annotationPanel(page);

  const cue = panel.getByLabel("Cue");
  await cue.fill("c".repeat(101));
  await cue.blur();
  await expect(cue).toHaveAccessibleDescription("Shorten the cue to at most 100 characters.");
  await expect(cue).toHaveValue("c".repeat(101));
  await expect(panel).not.toContainText("Some fields need attention.");

  const note = panel.getByLabel("Note");
  const longNote = `Checked with the council. ${"n".repeat(5000)}`;
  await note.fill(longNote);
  await note.blur();
  await expect(note).toHaveAccessibleDescription("Shorten the note to at most 5,000 characters.");
  await expect(note).toHaveValue(longNote);
  // The note's refusal does not hide that the cue is still too long.
  await expect(cue).toHaveAccessibleDescription("Shorten the cue to at most 100 characters.");

  await cue.fill("allege");
  await cue.blur();
  await expect(panel).toContainText("Details saved.");
  await expect(cue).toHaveAccessibleDescription("");
  await expect(note).toHaveAccessibleDescription("Shorten the note to at most 5,000 characters.");
  await note.fill("Checked with the council.");
  await note.blur();
  await expect(note).toHaveAccessibleDescription("");

  // A new speaker whose description is too long.
  await panel.getByRole("combobox", { name: "Attributed to" }).fill("Opposition councillors");
  await page
    .getByRole("option", { name: "Add “Opposition councillors” as a new speaker…" })
    .click();
  const description = panel.getByLabel("Description");
  await description.fill("d".repeat(301));
  await panel.getByRole("button", { name: "Create speaker" }).click();
  await expect(description).toHaveAccessibleDescription(
    "Shorten the description to at most 300 characters.",
  );
  await expect(description).toHaveValue("d".repeat(301));
  await expect(panel).not.toContainText("Some fields need attention.");
  await description.fill("Councillors outside the ruling group");
  await panel.getByRole("button", { name: "Create speaker" }).click();
  await expect(panel.getByRole("combobox", { name: "Attributed to" })).toHaveValue(
    "Opposition councillors",
  );

  await expectSaved(page);
  await page.reload();
  await page
    .getByRole("list", { name: "Annotations in document order" })
    .getByRole("button", { name: /Opposition councillors/ })
    .click();
  await expect(annotationPanel(page).getByLabel("Cue")).toHaveValue("allege");
  await expect(annotationPanel(page).getByLabel("Note")).toHaveValue("Checked with the council.");
});
