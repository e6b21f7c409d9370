import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import {
  annotationPanel,
  articleText,
  createArticle,
  expectSaved,
  selectText,
  tagWithToolbar,
} from "./editor-helpers";

// The annotation panel under fast hands: typing and pressing Enter before a search answers,
// tabbing through the source form, and choosing an annotation and then typing.

const STORY = [
  "The regional health authority said on Tuesday that 23 people were treated for smoke inhalation after the warehouse fire in Eastport.",
  "Residents allege that the fire alarms had been switched off for weeks, which the owner denies.",
].join("\n\n");
const CLAIM = "23 people were treated for smoke inhalation";
const ALLEGATION = "the fire alarms had been switched off for weeks";
const SCREENSHOTS = path.join("e2e", ".screenshots");
const PHONE = { width: 390, height: 844 };

// Each test signs in and writes an article first; a busy machine needs the time.
test.describe.configure({ timeout: 90_000 });

const panel = annotationPanel;
const speakerBox = (page: Page) => panel(page).getByRole("combobox", { name: "Attributed to" });
const sourceList = (page: Page) => panel(page).getByRole("list", { name: "Sources" });

async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [1280, 900],
    [PHONE.width, PHONE.height],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(SCREENSHOTS, `panel-${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("typing a speaker fast and pressing Enter never picks someone from an older list", async ({
  page,
}) => {
  await signIn(page, "reviewer");
  await createArticle(page, "Fast speaker", STORY);
  await tagWithToolbar(page, CLAIM, "Official claim");

  // The list opens with the newsroom's first speakers before anything is typed.
  await speakerBox(page).click();
  await expect(page.getByRole("option", { name: /Calderbrook Civil Works/ })).toBeVisible();
  await speakerBox(page).pressSequentially("Bhar");
  await speakerBox(page).press("Enter");

  // No one is called "Bhar": Enter offers to add the speaker, as typed.
  await expect(panel(page).getByLabel("Speaker name")).toHaveValue("Bhar");
  await expect(speakerBox(page)).not.toHaveValue("Calderbrook Civil Works");
  await shoot(page, "new-speaker");
  await panel(page).getByLabel("Speaker type").selectOption("Organization");
  await panel(page).getByRole("button", { name: "Create speaker" }).click();
  await expect(speakerBox(page)).toHaveValue("Bhar");
  await expect(panel(page).getByLabel("Cue")).toBeFocused();
  await expect(panel(page)).toContainText("Details saved.");

  // A fast Enter on part of a name picks the match for what was typed.
  await speakerBox(page).fill("");
  await speakerBox(page).pressSequentially("Ministry of He");
  await speakerBox(page).press("Enter");
  await expect(speakerBox(page)).toHaveValue("Ministry of Health");
  await expect(page.getByRole("listbox")).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await page
    .getByRole("list", { name: "Annotations in document order" })
    .getByRole("button", { name: /23 people/ })
    .click();
  await expect(speakerBox(page)).toHaveValue("Ministry of Health");
});

test("the source form: Tab goes field to field, an existing source is used only on purpose", async ({
  page,
}) => {
  await signIn(page, "reviewer");
  await createArticle(page, "Tabbing sources", STORY);
  await tagWithToolbar(page, CLAIM, "Verified fact");

  await panel(page).getByRole("button", { name: "Add source" }).click();
  await expect.soft(panel(page).getByLabel("Source URL")).toBeFocused();
  await panel(page).getByLabel("Source URL").fill("https://eastport.example/briefing");
  await panel(page).getByLabel("Source title").fill("Notice: Closure");
  // A source already in the newsroom has a title like it: it is suggested...
  const suggestion = panel(page).getByRole("button", {
    name: /Use “Notice: Closure of the Millrace Footbridge”/,
  });
  await expect(suggestion).toBeVisible();
  // ...but Tab goes on to the next field, and a space typed there stays in it.
  await page.keyboard.press("Tab");
  await expect(panel(page).getByLabel("Publisher")).toBeFocused();
  await page.keyboard.type("Eastport Fire Service");
  await expect(panel(page).getByLabel("Publisher")).toHaveValue("Eastport Fire Service");
  await expect(sourceList(page).getByRole("listitem")).toHaveCount(0);
  await shoot(page, "source-form");
  await panel(page).getByRole("button", { name: "Save source" }).click();
  await expect(sourceList(page).getByRole("listitem")).toHaveCount(1);
  await expect(sourceList(page)).toContainText("Supports: Notice: Closure");
  await expect(sourceList(page)).toContainText("Eastport Fire Service");
  await expect(panel(page).getByRole("button", { name: "Add source" })).toBeFocused();

  // Using a suggestion is a deliberate act, and what it linked is shown and announced.
  await panel(page).getByRole("button", { name: "Add source" }).click();
  await panel(page).getByLabel("Source title").fill("Statement on the chemical");
  await panel(page)
    .getByRole("button", { name: /Use “Statement on the chemical release in Riverton”/ })
    .click();
  await expect(sourceList(page).getByRole("listitem")).toHaveCount(2);
  await expect(sourceList(page)).toContainText(
    "Supports: Statement on the chemical release in Riverton",
  );
  await expect(panel(page).getByRole("status")).toHaveText(
    "Linked “Statement on the chemical release in Riverton” from the newsroom’s sources.",
  );
  await expect(panel(page).getByRole("button", { name: "Add source" })).toBeFocused();
  await shoot(page, "source-linked");
});

test("saving a source never waits behind searches, even on a slow server", async ({ page }) => {
  await signIn(page, "reviewer");
  await createArticle(page, "Slow sources", STORY);
  await tagWithToolbar(page, CLAIM, "Verified fact");
  await expectSaved(page);
  // Every server action takes a while, as on a busy server.
  await page.route(/\/studio\/articles\//, async (route) => {
    if (route.request().method() === "POST") await new Promise((done) => setTimeout(done, 100));
    await route.continue();
  });
  const searches: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/studio/sources")) searches.push(request.url());
  });

  const url = `https://eastport.example/reports/2026/${"warehouse-fire-".repeat(8)}smoke-inhalation-figures-final`;
  expect(url.length).toBeGreaterThanOrEqual(150);
  await panel(page).getByRole("button", { name: "Add source" }).click();
  await panel(page).getByLabel("Source URL").pressSequentially(url);
  await panel(page).getByLabel("Source title").pressSequentially("Smoke inhalation figures");
  await panel(page).getByRole("button", { name: "Save source" }).click();
  await expect(sourceList(page)).toContainText("Supports: Smoke inhalation figures", {
    timeout: 5_000,
  });
  // Searches wait for a pause in typing instead of running on every keystroke.
  expect(searches.length).toBeLessThan(10);
});

test("choosing an annotation from the list or the publish check, then typing, leaves the quote alone", async ({
  page,
}) => {
  await signIn(page, "editor");
  await createArticle(page, "Choose then type", STORY);
  await tagWithToolbar(page, CLAIM, "Official claim");
  await tagWithToolbar(page, ALLEGATION, "Allegation");
  await expectSaved(page);
  const before = (await articleText(page).textContent())!;

  const list = page.getByRole("list", { name: "Annotations in document order" });
  await list.getByRole("button", { name: /23 people/ }).click();
  await expect(panel(page).getByRole("blockquote")).toHaveText(`“${CLAIM}”`);
  await expect(panel(page).getByRole("heading", { name: "Annotation" })).toBeInViewport();
  await expect(articleText(page).getByText(CLAIM)).toBeInViewport();
  await page.keyboard.type("x");
  await expect(articleText(page)).toContainText(CLAIM);
  await expect(articleText(page)).toHaveText(before);
  // Nothing is left selected in the text for a later keystroke to replace.
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe("");

  // A problem link in the publish check does the same.
  await page.getByRole("button", { name: "Publish" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "Not published" });
  await problems.getByRole("link").first().click();
  await expect(panel(page).getByRole("blockquote")).toHaveText(`“${CLAIM}”`);
  await expect(panel(page).getByRole("heading", { name: "Annotation" })).toBeInViewport();
  await page.keyboard.type("y");
  await expect(articleText(page)).toHaveText(before);

  // On a phone the panel is a sheet over the bottom of the screen, and the span shows above it.
  await page.setViewportSize(PHONE);
  await page.getByRole("button", { name: "Close annotation" }).click();
  await list.getByRole("button", { name: /switched off/ }).click();
  await expect(panel(page).getByRole("blockquote")).toHaveText(`“${ALLEGATION}”`);
  await expect(panel(page).getByRole("heading", { name: "Annotation" })).toBeInViewport();
  await expect(articleText(page).getByText("the fire alarms")).toBeInViewport();
  await page.keyboard.type("z");
  await expect(articleText(page)).toHaveText(before);
  await page.screenshot({ path: path.join(SCREENSHOTS, "panel-chosen-390.png") });
});

test("the Annotate toolbar goes away when focus moves to the panel, and fits a phone", async ({
  page,
}) => {
  await signIn(page, "reviewer");
  await createArticle(page, "Toolbar", STORY);
  const toolbar = page.getByRole("toolbar", { name: "Annotate" });
  await tagWithToolbar(page, CLAIM, "Official claim");
  await panel(page).getByLabel("Cue").click();
  await expect(toolbar).toBeHidden();
  await page.keyboard.type("said");
  await expect(toolbar).toBeHidden();

  await page.setViewportSize(PHONE);
  await page.getByRole("button", { name: "Close annotation" }).click();
  await selectText(page, "Residents allege that the fire alarms");
  await expect(toolbar).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, "panel-toolbar-390.png") });
  const box = (await toolbar.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `the page scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
});
