import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import {
  annotationPanel,
  articleText,
  clickOnText,
  createArticle,
  expectSaved,
} from "./editor-helpers";

// Our own copy, written for this test: a claim in a direct quote, one "according to" an
// existing speaker of the demo newsroom, reported speech, two allegations and a denial.
const STORY = [
  "“The bridge will reopen on Monday,” Mayor Lena Ortiz said on Tuesday.",
  "According to the Ministry of Health, 23 people were treated for smoke inhalation.",
  "Fire chief Dana Okafor told reporters that the blaze started in a storage unit.",
  "The owner, Marco Reyes, is accused of switching off the fire alarms for weeks.",
  "Reyes allegedly ignored three warnings from inspectors.",
  "“We have done nothing wrong,” Reyes said in a statement.",
].join("\n\n");

const suggestionsRegion = (page: Page) => page.getByRole("region", { name: "Suggestions" });
const suggestion = (page: Page, name: RegExp) =>
  suggestionsRegion(page).getByRole("listitem", { name });
const annotationList = (page: Page) =>
  page.getByRole("list", { name: "Annotations in document order" });
const review = (page: Page) => page.getByRole("region", { name: "Review" });

/** Opens each annotation from the list and checks what its panel says was saved. */
async function expectAnnotations(page: Page, expected: [string, string, RegExp][]) {
  await expect(annotationList(page).getByRole("listitem")).toHaveCount(expected.length);
  for (const [index, [kind, speaker, cue]] of expected.entries()) {
    const item = annotationList(page).getByRole("button").nth(index);
    await expect(item).toContainText(`${kind} · ${speaker}`);
    await item.click();
    const panel = annotationPanel(page);
    if (speaker === "No named source") {
      await expect(panel.getByRole("checkbox", { name: "No named source" })).toBeChecked();
    } else {
      await expect(panel.getByRole("combobox", { name: "Attributed to" })).toHaveValue(speaker);
    }
    await expect(panel.getByLabel("Cue")).toHaveValue(cue);
  }
}

test("a reviewer accepts and rejects suggestions by keyboard, and the result publishes", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Eastport fire suggestions ${Date.now()}`;
  await signIn(page, "reviewer");
  await createArticle(page, title, STORY);

  // Offered right after the paste into the new article.
  await expect(page.getByText("Text pasted.")).toBeVisible();
  await page.getByRole("button", { name: "Suggest annotations" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "6 suggestions to review." }),
  ).toBeVisible();
  await expect(suggestionsRegion(page).getByRole("listitem")).toHaveCount(6);
  // Pending suggestions are highlights, not annotations.
  await expect(articleText(page).locator(".suggestion")).toHaveCount(6);
  await expect(articleText(page).locator(".annotation")).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // The keyboard alone: the first suggestion has focus, A accepts, J/K move, Enter accepts.
  const ortiz = suggestion(page, /^Official claim: The bridge will reopen/);
  await expect(ortiz).toBeFocused();
  await expect(ortiz).toContainText("Lena Ortiz");
  await expect(ortiz).toContainText("new");
  await expect(ortiz).toContainText("Cue: “said”");
  await page.keyboard.press("a");
  const ministry = suggestion(page, /^Official claim: 23 people were treated/);
  await expect(ministry).toBeFocused();
  // Matched to the demo newsroom's speaker: nothing new to create.
  await expect(ministry).toContainText("Ministry of Health");
  await expect(ministry).not.toContainText("new");
  await page.keyboard.press("j");
  await expect(suggestion(page, /^Official claim: the blaze started/)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(suggestion(page, /^Allegation: .*accused of switching/)).toBeFocused();
  await page.keyboard.press("k");
  await expect(ministry).toBeFocused();
  await expect(articleText(page).locator(".suggestion.is-current")).toHaveText(
    "23 people were treated for smoke inhalation",
  );
  await page.keyboard.press("a");
  await expect(suggestion(page, /^Allegation: .*accused of switching/)).toBeFocused();

  // Reject the denial; focus goes back to the suggestion before it.
  await page.keyboard.press("End");
  await expect(suggestion(page, /^Official claim: We have done nothing wrong/)).toBeFocused();
  await page.keyboard.press("r");
  await expect(suggestion(page, /^Allegation: Reyes allegedly/)).toBeFocused();
  await expect(suggestionsRegion(page).getByRole("listitem")).toHaveCount(2);

  await suggestionsRegion(page).getByRole("button", { name: "Accept all allegations" }).click();
  await expect(suggestionsRegion(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Suggest annotations" })).toBeFocused();
  await expect(articleText(page).locator(".suggestion")).toHaveCount(0);

  // Cues as the suggester words them ("told reporters", "told reporters that" alike).
  const expected: [string, string, RegExp][] = [
    ["Official claim", "Lena Ortiz", /^said$/],
    ["Official claim", "Ministry of Health", /^according to$/i],
    ["Official claim", "Dana Okafor", /^told reporters/],
    ["Allegation", "No named source", /^accused of$/],
    ["Allegation", "No named source", /^allegedly$/],
  ];
  await expectAnnotations(page, expected);
  await expect(annotationPanel(page)).toContainText("Details saved.");
  await expectSaved(page);

  await page.reload();
  await expectAnnotations(page, expected);

  // The same text again: the rejected denial is not offered, nor what is now annotated.
  await page.getByRole("button", { name: "Suggest annotations" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "No new suggestions in this text." }),
  ).toBeVisible();
  await expect(suggestionsRegion(page)).toHaveCount(0);

  await review(page).getByRole("button", { name: "Submit for review" }).click();
  await expect(review(page).getByLabel("Status: In review")).toBeVisible();
  const url = page.url();

  const editorContext = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": "10.61.0.1" },
  });
  const editor = await editorContext.newPage();
  await signIn(editor, "editor");
  await editor.goto(url);
  await review(editor).getByRole("button", { name: "Publish", exact: true }).click();
  await expect(review(editor)).toContainText("Published as revision 1.");
  await editorContext.close();
});

test("an accepted suggestion is one undo step, and pending ones are never saved", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "reviewer");
  await createArticle(page, `Suggestions undo ${Date.now()}`, STORY);
  await page.getByRole("button", { name: "Suggest annotations" }).click();
  await expect(suggestion(page, /^Official claim: The bridge will reopen/)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(annotationList(page).getByRole("listitem")).toHaveCount(1);

  // Typing elsewhere, then one Ctrl+Z per change: the typing first, then the acceptance.
  await articleText(page).press("Control+End");
  await page.keyboard.type(" More.");
  await page.keyboard.press("Control+z");
  await expect(annotationList(page).getByRole("listitem")).toHaveCount(1);
  await page.keyboard.press("Control+z");
  await expect(annotationList(page)).toHaveCount(0);
  await expect(articleText(page).locator(".annotation")).toHaveCount(0);
  await expect(articleText(page)).toContainText("The bridge will reopen on Monday");

  // Typing inside a pending suggestion drops it; the others stay and follow the text.
  await expect(suggestionsRegion(page).getByRole("listitem")).toHaveCount(5);
  await clickOnText(page, "blaze started");
  await page.keyboard.type("X");
  await expect(suggestionsRegion(page).getByRole("listitem")).toHaveCount(4);
  await expectSaved(page);

  // What is saved is the text alone: after a reload there is nothing pending or annotated.
  await page.reload();
  await expect(articleText(page)).toContainText("Reyes allegedly ignored");
  await expect(articleText(page).locator(".suggestion, .annotation")).toHaveCount(0);
  await expect(suggestionsRegion(page)).toHaveCount(0);
});
