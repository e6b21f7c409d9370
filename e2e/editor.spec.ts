import type { Page } from "@playwright/test";
import { alertWithText, expect, signIn, test } from "./fixtures";
import {
  annotationPanel,
  articleText,
  createArticle,
  expectSaved,
  selectText,
  tagWithToolbar,
} from "./editor-helpers";

const STORY = [
  "The regional health authority said on Tuesday that 23 people were treated for smoke inhalation after the warehouse fire in Eastport.",
  "Fire chief Dana Okafor said the blaze started in a storage unit. Residents allege that the fire alarms had been switched off for weeks, which the owner denies.",
  "The warehouse was inspected on 12 March, according to council records.",
].join("\n\n");

const newArticle = (page: Page, title: string) => createArticle(page, title, STORY);
const panel = annotationPanel;

async function addSource(
  page: Page,
  source: {
    url: string;
    title: string;
    publisher: string;
    relation: "Supports" | "Contradicts" | "Context";
  },
) {
  await panel(page).getByRole("button", { name: "Add source" }).click();
  await panel(page).getByLabel("Source URL").fill(source.url);
  await panel(page).getByLabel("Source title").fill(source.title);
  await panel(page).getByLabel("Publisher").fill(source.publisher);
  await panel(page).getByLabel("Relation").selectOption(source.relation);
  await panel(page).getByRole("button", { name: "Save source" }).click();
  await expect(panel(page).getByRole("list", { name: "Sources" })).toContainText(
    `${source.relation}: ${source.title}`,
  );
}

test("a reviewer writes, tags, attributes and sources an article, and finds it all after a reload", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "reviewer");
  await newArticle(page, "Warehouse fire: 23 treated, alarms questioned");

  // Toolbar: an official claim, attributed to an existing speaker from the demo newsroom.
  await tagWithToolbar(page, "23 people were treated for smoke inhalation", "Official claim");
  await panel(page).getByRole("combobox", { name: "Attributed to" }).fill("Ministry of He");
  await page.getByRole("option", { name: /Ministry of Health/ }).click();
  await expect(panel(page)).toContainText("Details saved.");
  await panel(page).getByLabel("Cue").fill("said");
  await panel(page).getByLabel("Note").fill("Figure from the authority's evening briefing.");
  await panel(page).getByLabel("Note").blur();
  await expect(panel(page)).toContainText("Details saved.");
  await addSource(page, {
    url: "https://Health.Example/briefing?utm_source=feed#top",
    title: "Evening briefing",
    publisher: "Health authority",
    relation: "Supports",
  });

  // Shortcut: an allegation, attributed to a new speaker; it overlaps the next span.
  await selectText(page, "the fire alarms had been switched off for weeks");
  await page.keyboard.press("Control+Alt+2");
  await expect(panel(page).getByLabel("Kind")).toHaveValue("allegation");
  await panel(page).getByRole("combobox", { name: "Attributed to" }).fill("Eastport residents");
  await page.getByRole("option", { name: "Add “Eastport residents” as a new speaker…" }).click();
  await panel(page).getByLabel("Speaker type").selectOption("Organization");
  await panel(page).getByRole("button", { name: "Create speaker" }).click();
  await expect(panel(page).getByRole("combobox", { name: "Attributed to" })).toHaveValue(
    "Eastport residents",
  );
  await addSource(page, {
    url: "https://news.example/eastport-fire",
    title: "Owner disputes alarm claims",
    publisher: "Eastport News",
    relation: "Contradicts",
  });

  await selectText(page, "switched off for weeks, which the owner denies");
  await page.keyboard.press("Control+Alt+1");
  await expect(panel(page).getByLabel("Kind")).toHaveValue("official_claim");

  await selectText(page, "The warehouse was inspected on 12 March");
  await page.keyboard.press("Control+Alt+3");
  await addSource(page, {
    url: "https://council.example/inspections/2026",
    title: "Inspection register",
    publisher: "Eastport Council",
    relation: "Context",
  });

  // An invalid source URL gets a message at the field, and what was typed stays.
  await panel(page).getByRole("button", { name: "Add source" }).click();
  await panel(page).getByLabel("Source URL").fill("javascript:alert(1)");
  await panel(page).getByLabel("Source title").fill("Looks official");
  await panel(page).getByRole("button", { name: "Save source" }).click();
  await expect(panel(page).getByLabel("Source URL")).toHaveAccessibleDescription(
    "Enter a web address starting with http:// or https://.",
  );
  await expect(panel(page).getByLabel("Source title")).toHaveValue("Looks official");
  await panel(page).getByRole("button", { name: "Cancel" }).click();

  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue(
    "Warehouse fire: 23 treated, alarms questioned",
  );
  const list = page.getByRole("list", { name: "Annotations in document order" });
  await expect(list.getByRole("listitem")).toHaveCount(4);
  await expect(page.getByRole("list", { name: "Counts per kind" })).toContainText(
    "Official claims: 2",
  );
  // Every annotation, in document order, as it was saved: kind, speaker, cue, sources.
  const expected = [
    {
      summary: "Official claim · Ministry of Health",
      quote: "23 people were treated for smoke inhalation",
      kind: "official_claim",
      speaker: "Ministry of Health",
      cue: "said",
      sources: ["Supports: Evening briefing"],
    },
    {
      summary: "Allegation · Eastport residents",
      quote: "the fire alarms had been switched off for weeks",
      kind: "allegation",
      speaker: "Eastport residents",
      cue: "",
      sources: ["Contradicts: Owner disputes alarm claims"],
    },
    {
      summary: "Official claim · No speaker",
      quote: "switched off for weeks, which the owner denies",
      kind: "official_claim",
      speaker: "",
      cue: "",
      sources: [],
    },
    {
      summary: "Verified fact · 1 source",
      quote: "The warehouse was inspected on 12 March",
      kind: "verified_fact",
      speaker: "",
      cue: "",
      sources: ["Context: Inspection register"],
    },
  ];
  for (const [i, annotation] of expected.entries()) {
    const item = list.getByRole("listitem").nth(i);
    await expect(item).toContainText(annotation.summary);
    await expect(item).toContainText(`“${annotation.quote}”`);
    await item.getByRole("button").click();
    await expect(panel(page).getByLabel("Kind")).toHaveValue(annotation.kind);
    await expect(panel(page).getByRole("combobox", { name: "Attributed to" })).toHaveValue(
      annotation.speaker,
    );
    await expect(panel(page).getByLabel("Cue")).toHaveValue(annotation.cue);
    const sources = panel(page).getByRole("list", { name: "Sources" }).getByRole("listitem");
    await expect(sources).toHaveCount(annotation.sources.length);
    for (const [n, source] of annotation.sources.entries()) {
      await expect(sources.nth(n)).toContainText(source);
    }
  }
  await list.getByRole("button", { name: /Ministry of Health/ }).click();
  await expect(panel(page).getByLabel("Note")).toHaveValue(
    "Figure from the authority's evening briefing.",
  );
  // The URL was normalized: host lower-cased, fragment and tracking parameters dropped.
  await expect(panel(page).getByRole("link", { name: "Evening briefing" })).toHaveAttribute(
    "href",
    "https://health.example/briefing",
  );

  // The overlapping spans still overlap: the shared words carry both annotations.
  await selectText(page, "switched off for weeks");
  const here = page.getByRole("group", { name: "Overlapping annotations" });
  await expect(here).toContainText("2 annotations cover the text at the cursor");
  await expect(
    here.getByRole("button", {
      name: "Allegation: “the fire alarms had been switched off for weeks”",
    }),
  ).toBeVisible();
  await expect(
    here.getByRole("button", {
      name: "Official claim: “switched off for weeks, which the owner denies”",
    }),
  ).toBeVisible();
  // Outside the overlap only one annotation is there, so nothing to choose.
  await selectText(page, "the fire alarms");
  await expect(here).toHaveCount(0);
});

test("deleting annotated text detaches the annotation; undo brings it back, on the server too", async ({
  page,
}) => {
  await signIn(page, "editor");
  await newArticle(page, "Detach and undo");
  await tagWithToolbar(page, "The warehouse was inspected on 12 March", "Verified fact");
  await expectSaved(page);

  await selectText(page, "The warehouse was inspected on 12 March, according to council records.");
  await page.keyboard.press("Delete");
  const detached = page.getByRole("list", { name: "Detached annotations" });
  await expect(detached).toContainText("Verified fact: “The warehouse was inspected on 12 March”");
  await expectSaved(page);

  await articleText(page).focus();
  await page.keyboard.press("Control+Z");
  await expect(detached).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole("list", { name: "Annotations in document order" })).toContainText(
    "The warehouse was inspected on 12 March",
  );
  await expect(page.getByRole("list", { name: "Detached annotations" })).toHaveCount(0);
});

test("two people edit the same article: the later save is stopped and neither text is lost", async ({
  page,
  browser,
}) => {
  await signIn(page, "editor");
  await newArticle(page, "Shared story");
  const url = page.url();

  const other = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.50.0.1" } });
  const second = await other.newPage();
  await signIn(second, "reviewer");
  await second.goto(url);
  await expect(articleText(second)).toContainText("warehouse fire");

  await articleText(page).press("Control+End");
  await page.keyboard.type(" First editor's sentence.");
  await expectSaved(page);

  await articleText(second).press("Control+End");
  await second.keyboard.type(" Second editor's sentence.");
  await expect(alertWithText(second)).toContainText("saved this article at");
  await expect(second.getByRole("status")).toHaveText(
    "Not saved: someone else saved this article first.",
  );
  await expect(articleText(second)).toContainText("Second editor's sentence.");
  await second.getByText(/^Their version/).click();
  await expect(second.getByText(/First editor's sentence\./)).toBeVisible();

  await second.getByRole("button", { name: "Keep my version" }).click();
  await expectSaved(second);
  await page.reload();
  await expect(articleText(page)).toContainText("Second editor's sentence.");
  await expect(articleText(page)).not.toContainText("First editor's sentence.");
  await other.close();

  // The first editor's text was replaced, not lost: the history keeps it, readable as text.
  await page.getByRole("link", { name: "History of this article" }).click();
  const replaced = page.getByRole("textbox", { name: "Replaced version" });
  await expect(replaced).toHaveCount(1);
  await expect(replaced).toHaveValue(
    /warehouse fire in Eastport\.\n\n.* First editor's sentence\.$/s,
  );
  await expect(replaced).not.toHaveValue(/Second editor's sentence/);
  await expect(
    page
      .getByRole("list", { name: "Changes to this article" })
      .getByRole("listitem")
      .filter({ has: replaced }),
  ).toContainText("Rae Reviewer");
});

test("details typed one after the other save in turn, even when the server is slow", async ({
  page,
}) => {
  await signIn(page, "reviewer");
  await newArticle(page, "Slow details");
  await tagWithToolbar(page, "23 people were treated for smoke inhalation", "Official claim");
  await expectSaved(page);
  // Every save takes a while, so the note is left while the cue is still being saved.
  await page.route(/\/studio\/articles\//, async (route) => {
    if (route.request().method() === "POST") await new Promise((done) => setTimeout(done, 400));
    await route.continue();
  });
  await panel(page).getByLabel("Cue").fill("said");
  await panel(page).getByLabel("Note").fill("From the evening briefing.");
  await panel(page).getByLabel("Note").blur();
  await expect(panel(page)).toContainText("Details saved.");
  await expect(panel(page)).not.toContainText("Someone else changed this annotation");
  await page.unroute(/\/studio\/articles\//);
  await page.reload();
  await page
    .getByRole("list", { name: "Annotations in document order" })
    .getByRole("button", { name: /23 people/ })
    .click();
  await expect(panel(page).getByLabel("Cue")).toHaveValue("said");
  await expect(panel(page).getByLabel("Note")).toHaveValue("From the evening briefing.");
});
