import { expect, signIn, test } from "./fixtures";
import {
  annotationPanel,
  clickOnText,
  createArticle,
  expectSaved,
  selectText,
  tagWithToolbar,
} from "./editor-helpers";

const STORY = [
  "Police said two men were arrested at the harbour on Friday night.",
  "Residents allege that the harbour lights had been switched off for weeks before the arrests.",
].join("\n\n");
const ARREST = "two men were arrested at the harbour";
const LIGHTS = "the harbour lights had been switched off";
const WEEKS = "switched off for weeks";

test("clicking inside an annotated span opens that annotation's panel", async ({ page }) => {
  await signIn(page, "reviewer");
  await createArticle(page, "Harbour arrests", STORY);
  await tagWithToolbar(page, ARREST, "Official claim");
  await tagWithToolbar(page, LIGHTS, "Allegation");
  // What is tested is selecting after a reload, not saving as the page goes away.
  await expectSaved(page);
  await page.reload();
  const panel = annotationPanel(page);
  await expect(panel).toHaveCount(0);

  await clickOnText(page, "men were arrested");
  await expect(panel.getByRole("blockquote")).toHaveText(`“${ARREST}”`);
  await expect(panel.getByLabel("Kind")).toHaveValue("official_claim");

  await clickOnText(page, "harbour lights");
  await expect(panel.getByRole("blockquote")).toHaveText(`“${LIGHTS}”`);
  await expect(panel.getByLabel("Kind")).toHaveValue("allegation");

  // Clicking plain text leaves the last annotation open; nothing to choose there.
  await clickOnText(page, "Friday night");
  await expect(panel.getByRole("blockquote")).toHaveText(`“${LIGHTS}”`);
  await expect(page.getByRole("group", { name: "Overlapping annotations" })).toHaveCount(0);
});

test("where spans overlap, the reviewer chooses which annotation the panel shows", async ({
  page,
}) => {
  await signIn(page, "reviewer");
  await createArticle(page, "Harbour lights", STORY);
  await tagWithToolbar(page, LIGHTS, "Allegation");
  await selectText(page, WEEKS);
  await page.keyboard.press("Control+Alt+3");
  await expect(annotationPanel(page).getByLabel("Kind")).toHaveValue("verified_fact");
  await expectSaved(page);
  await page.reload();

  await clickOnText(page, "switched off");
  const chooser = page.getByRole("group", { name: "Overlapping annotations" });
  await expect(chooser).toContainText("2 annotations cover the text at the cursor.");
  const allegation = chooser.getByRole("button", { name: `Allegation: “${LIGHTS}”` });
  const fact = chooser.getByRole("button", { name: `Verified fact: “${WEEKS}”` });
  await expect(allegation).toHaveAttribute("aria-pressed", "false");
  await expect(fact).toHaveAttribute("aria-pressed", "false");

  await fact.click();
  await expect(fact).toHaveAttribute("aria-pressed", "true");
  await expect(annotationPanel(page).getByRole("blockquote")).toHaveText(`“${WEEKS}”`);

  await allegation.click();
  await expect(allegation).toHaveAttribute("aria-pressed", "true");
  await expect(fact).toHaveAttribute("aria-pressed", "false");
  await expect(annotationPanel(page).getByRole("blockquote")).toHaveText(`“${LIGHTS}”`);

  // Outside the overlap there is only one annotation: it is chosen and the chooser goes away.
  await clickOnText(page, "for weeks");
  await expect(chooser).toHaveCount(0);
  await expect(annotationPanel(page).getByRole("blockquote")).toHaveText(`“${WEEKS}”`);
});
