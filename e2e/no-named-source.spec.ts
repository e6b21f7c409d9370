import type { Page } from "@playwright/test";
import {
  annotationPanel as panel,
  createArticle,
  expectSaved,
  tagWithToolbar,
} from "./editor-helpers";
import { expect, signIn, test } from "./fixtures";
import { screenshotAtWidths } from "./screenshots";

const STORY = [
  "He faces multiple accusations of corruption, and was believed to have kept control of the fund.",
  "The council met on Tuesday.",
].join("\n\n");
const ALLEGATION = "He faces multiple accusations of corruption";
const CLAIM = "was believed to have kept control of the fund";

const review = (page: Page) => page.getByRole("region", { name: "Review" });

/** The page at a desktop and a phone width, saved for people to look at. */

test("claims ticked “No named source” publish without a speaker and read as such", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "editor");
  await createArticle(page, `Fund accusations ${Date.now()}`, STORY);
  const checklist = review(page).getByRole("list", { name: "Publish check" });
  const unnamed = panel(page).getByRole("checkbox", { name: "No named source" });
  const speaker = panel(page).getByRole("combobox", { name: "Attributed to" });

  await tagWithToolbar(page, ALLEGATION, "Allegation");
  await unnamed.check();
  await expect(panel(page)).toContainText("Details saved.");

  // A speaker and "No named source" exclude each other.
  await tagWithToolbar(page, CLAIM, "Official claim");
  await expect(checklist).toContainText(
    "Every official claim and allegation has a speaker or “No named source”: needs attention",
  );
  await speaker.fill("Riverton Town");
  await page.getByRole("option", { name: /Riverton Town Council/ }).click();
  await expect(panel(page)).toContainText("Details saved.");
  await unnamed.check();
  await expect(speaker).toHaveValue("");
  await expect(panel(page)).toContainText("Details saved.");
  await expect(checklist).toContainText(
    "Every official claim and allegation has a speaker or “No named source”: passes",
  );
  await expect(
    page.getByRole("list", { name: "Annotations in document order" }).getByRole("button", {
      name: /No named source/,
    }),
  ).toHaveCount(2);
  await expectSaved(page);
  await screenshotAtWidths(page, "no-named-source-editor");

  // Only claims and allegations offer it: a verified fact needs a source, not a speaker.
  const kind = panel(page).getByLabel("Kind");
  await kind.selectOption("Verified fact");
  await expect(unnamed).toHaveCount(0);
  await kind.selectOption("Official claim");
  await expect(unnamed).toBeChecked();
  await expectSaved(page);

  await review(page).getByRole("button", { name: "Publish", exact: true }).click();
  await expect(review(page)).toContainText("Published as revision 1.");
  await review(page).getByRole("link", { name: "See it as readers do" }).click();
  await expect(page).toHaveURL(/\/a\/fund-accusations-\d+$/);
  await page.waitForLoadState("networkidle");

  const allegation = page.getByRole("link", {
    name: `Allegation 1, no named source ${ALLEGATION}`,
  });
  await allegation.click();
  const details = page.getByRole("dialog", { name: "Annotation details" });
  await expect(details).toContainText(/no named source/i);
  await expect(details).not.toContainText("attributed to");
  await screenshotAtWidths(page, "no-named-source-reader");
  await page.keyboard.press("Escape");

  const who = page.getByRole("region", { name: "Who said what" });
  await expect(who).toContainText("No named source (2 annotations)");
  await expect(who.getByRole("link", { name: "No named source" })).toHaveCount(0);
  await who.getByRole("link", { name: `Official claim: “${CLAIM}”` }).click();
  await expect(page).toHaveURL(/#\d+$/);
  await who.scrollIntoViewIfNeeded();
  await screenshotAtWidths(page, "no-named-source-who-said-what");

  const slug = new URL(page.url()).pathname.split("/").at(-1);
  const exported = await (await page.request.get(`/api/exports/${slug}`)).json();
  for (const item of exported.first.items) {
    expect(item.body).toContainEqual({
      type: "TextualBody",
      purpose: "tagging",
      value: "No named source",
      format: "text/plain",
    });
  }
});
