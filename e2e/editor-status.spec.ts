import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { screenshotAtWidths } from "./screenshots";
import {
  annotationPanel,
  articleText,
  createArticle,
  expectSaved,
  tagWithToolbar,
} from "./editor-helpers";

// What the editor, its breadcrumb and the dashboard say must stay true as the article changes.

const STORY = [
  "Repairs to the Ashford viaduct began on Monday, the county said, with one lane closed until May.",
  "The old deck was poured in 1962.",
].join("\n\n");
const CLAIM = "Repairs to the Ashford viaduct began on Monday";
const FACT = "with one lane closed until May";

const review = (page: Page) => page.getByRole("region", { name: "Review" });

test("fixing the problems a refused publish listed takes the red alert away", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "editor");
  await createArticle(page, `Ashford viaduct ${Date.now()}`, STORY);
  await tagWithToolbar(page, CLAIM, "Official claim");
  await tagWithToolbar(page, FACT, "Verified fact");
  await expectSaved(page);

  await review(page).getByRole("button", { name: "Publish", exact: true }).click();
  const refused = review(page).getByRole("alert");
  await expect(refused).toContainText("Not published: the publish check found 2 problems.");
  await screenshotAtWidths(page, "editor-publish-refused", { fullPage: true });

  await refused.getByRole("link", { name: /Add a supporting source/ }).click();
  const panel = annotationPanel(page);
  await panel.getByRole("button", { name: "Add source" }).click();
  await panel.getByLabel("Source URL").fill("https://county.example/viaduct");
  await panel.getByLabel("Source title").fill("Viaduct works notice");
  await panel.getByLabel("Relation").selectOption("Supports");
  await panel.getByRole("button", { name: "Save source" }).click();
  await expect(panel.getByRole("list", { name: "Sources" })).toContainText("Viaduct works notice");
  // Only what is still wrong stays listed.
  await expect(refused).toContainText("Not published: the publish check found 1 problem.");
  await expect(refused.getByRole("link")).toHaveCount(1);

  await refused.getByRole("link", { name: /Attribute this official claim/ }).click();
  await panel.getByRole("combobox", { name: "Attributed to" }).fill("Riverton Town");
  await page.getByRole("option", { name: /Riverton Town Council/ }).click();
  await expect(panel).toContainText("Details saved.");
  await expect(review(page).getByRole("alert")).toHaveCount(0);
  await screenshotAtWidths(page, "editor-publish-fixed", { fullPage: true });
});

test("a published article edited afterwards says so in the editor and on the dashboard", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const title = `Harbour lights ${Date.now()}`;
  await signIn(page, "editor");
  await createArticle(page, title, "The harbour lights were switched on at dusk.");
  const editorUrl = page.url();
  await review(page).getByRole("button", { name: "Publish", exact: true }).click();
  await expect(review(page)).toContainText("Published as revision 1.");
  await expect(review(page).getByText("Unpublished changes")).toHaveCount(0);

  await articleText(page).press("Control+End");
  await page.keyboard.type(" A crowd watched.");
  await expectSaved(page);
  await expect(review(page).getByText("Unpublished changes")).toBeVisible();
  await page.reload();
  await expect(review(page).getByText("Unpublished changes")).toBeVisible();
  await screenshotAtWidths(page, "editor-unpublished-changes", { fullPage: true });

  await page.goto("/studio");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title }) });
  await expect(row).toContainText("Published");
  await expect(row).toContainText("Unpublished changes");
  await page.getByLabel("Status").selectOption("Published, with unpublished changes");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Riverton closes footbridge" })).toHaveCount(0);
  await screenshotAtWidths(page, "dashboard-unpublished-changes", { fullPage: true });

  // Publishing again shows the changes to readers: nothing is left unpublished.
  await page.goto(editorUrl);
  await review(page).getByRole("button", { name: "Publish", exact: true }).click();
  await expect(review(page)).toContainText("Published as revision 2.");
  await expect(review(page).getByText("Unpublished changes")).toHaveCount(0);
  await page.goto("/studio");
  await expect(
    page.getByRole("row").filter({ has: page.getByRole("link", { name: title }) }),
  ).not.toContainText("Unpublished changes");
});

test("the breadcrumb follows the title as it is typed", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.goto("/studio");
  await page.getByRole("button", { name: "New article" }).click();
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb).toContainText("Untitled");
  await page.getByRole("textbox", { name: "Title" }).fill("Tram line extended");
  await expect(breadcrumb).toHaveText("Articles / Tram line extended");
  await page.getByRole("textbox", { name: "Title" }).fill("");
  await expect(breadcrumb).toHaveText("Articles / Untitled");
  await page.getByRole("textbox", { name: "Title" }).fill("Tram line extended to the port");
  await screenshotAtWidths(page, "editor-breadcrumb", { fullPage: true });
});
