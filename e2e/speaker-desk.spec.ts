import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "@playwright/test";
import { docWith } from "./docs";
import { expect, signIn, test } from "./fixtures";
import { screenshotAtWidths } from "./screenshots";
import { formData, studioCaller } from "./server-actions";

const STUDIO = "app/(studio)/studio";
const EDITOR = `${STUDIO}/articles/[id]/actions.ts`;

type Caller = Awaited<ReturnType<typeof studioCaller>>;

/** A new article with these spans, saved through the editor's action; returns its id. */
async function articleWith(studio: Caller, title: string, spans: { id: string; quote: string }[]) {
  const { redirect } = await studio.call(`${STUDIO}/actions.ts#createArticleAction`, [
    null,
    formData({}),
  ]);
  const articleId = redirect!.split("/").at(-1)!;
  const saved = await studio.call(`${EDITOR}#saveDocumentAction`, [
    { articleId, baseVersion: 1, title, doc: docWith("the desk reported.", spans) },
  ]);
  expect(saved.result).toMatchObject({ ok: true });
  return articleId;
}

async function newSpeaker(studio: Caller, name: string) {
  const { result } = await studio.call(`${EDITOR}#createSpeakerAction`, [
    { name, type: "person", description: "" },
  ]);
  expect(result).toMatchObject({ ok: true });
  return result.data as { id: string; slug: string; name: string };
}

/** Two speakers for one person, each with a claim published in its own article. */
async function publishedDuplicates(browser: Browser, baseURL: string, tag: string) {
  const studio = await studioCaller(browser, baseURL, "editor", "10.73.0.1");
  const from = await newSpeaker(studio, `Minister Vale ${tag}`);
  const into = await newSpeaker(studio, `Oriana Vale ${tag}`);
  const quotes = [`Taxes stay flat ${tag}.`, `The budget is balanced ${tag}.`];
  for (const [index, speaker] of [from, into].entries()) {
    const id = randomUUID();
    const articleId = await articleWith(studio, `Budget ${index} ${tag}`, [
      { id, quote: quotes[index]! },
    ]);
    const details = await studio.call(`${EDITOR}#saveAnnotationDetailsAction`, [
      { id, version: 1, speakerId: speaker.id, cue: "said", note: "" },
    ]);
    expect(details.result).toMatchObject({ ok: true });
    const published = await studio.call(`${EDITOR}#transitionArticleAction`, [
      { articleId, transition: "publish" },
    ]);
    expect(published.result).toMatchObject({ ok: true });
  }
  await studio.close();
  return { from, into, quotes };
}

test("an editor merges two speakers, and the old public address leads to the survivor with both claims", async ({
  page,
  browser,
  baseURL,
}) => {
  const tag = randomUUID().slice(0, 6);
  const { from, into, quotes } = await publishedDuplicates(browser, baseURL!, tag);
  expect((await page.request.get(`/speakers/${from.slug}`)).status()).toBe(200);

  await signIn(page, "editor");
  await page
    .getByRole("navigation", { name: "Studio" })
    .getByRole("link", { name: "Speakers" })
    .click();
  await page.getByLabel("Search speakers").fill(`minister vale ${tag}`);
  await page.getByRole("button", { name: "Search" }).click();
  const list = page.getByRole("list", { name: "Speakers" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText("1 annotation · 1 in published articles");
  await list.getByRole("link", { name: from.name }).click();
  await page.getByLabel("Find the speaker to merge into").fill(`Oriana Vale ${tag}`);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("combobox", { name: "Merge into" }).selectOption({ label: into.name });
  await page.getByRole("button", { name: "Review merge" }).click();
  const confirm = page.getByRole("region", { name: "Confirm merge" });
  await expect(confirm).toContainText(
    `Move 1 annotation from ${from.name} to ${into.name}; ${from.name} becomes an alias of ${into.name}.`,
  );
  await screenshotAtWidths(page, "speaker-merge", { fullPage: true });
  await confirm.getByRole("button", { name: "Merge speakers" }).click();

  await expect(page).toHaveURL(`/studio/speakers/${into.id}?merged=1`);
  await expect(page.getByRole("status")).toHaveText(`Merged: 1 annotation moved to ${into.name}.`);
  await expect(page.getByLabel("Aliases")).toHaveValue(from.name);
  await expect(page.getByRole("main")).toContainText("2 annotations · 2 in published articles");

  // Readers: the old address moved for good, and the survivor's page lists both claims.
  const moved = await page.request.get(`/speakers/${from.slug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toBe(`/speakers/${into.slug}`);
  await page.goto(`/speakers/${from.slug}`);
  await expect(page).toHaveURL(`/speakers/${into.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: into.name })).toBeVisible();
  const claims = page.getByRole("list", { name: "2 annotations in published articles" });
  for (const quote of quotes)
    await expect(claims.getByRole("blockquote").getByText(quote)).toBeVisible();
  // The public list shows the survivor once, found by the merged name too.
  await page.goto(`/speakers?q=${encodeURIComponent(from.name)}`);
  const found = page.getByRole("list", { name: "Speakers" }).getByRole("listitem");
  await expect(found).toHaveCount(1);
  await expect(found.getByRole("link", { name: into.name })).toBeVisible();
});

test("a reviewer fixes a speaker's aliases; a bad name is refused beside the field and nothing typed is lost", async ({
  page,
  browser,
  baseURL,
}) => {
  const tag = randomUUID().slice(0, 6);
  const studio = await studioCaller(browser, baseURL!, "reviewer", "10.73.0.2");
  const speaker = await newSpeaker(studio, `Zoë Brandt ${tag}`);
  await studio.close();

  await signIn(page, "reviewer");
  await page.goto("/studio/speakers");
  // Found without its accent, as a reviewer types it.
  await page.getByLabel("Search speakers").fill(`zoe brandt ${tag}`);
  await page.getByRole("button", { name: "Search" }).click();
  await page
    .getByRole("list", { name: "Speakers" })
    .getByRole("link", { name: speaker.name })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: speaker.name })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  // Reviewers edit; merging and deleting are for editors and admins.
  await expect(page.getByRole("heading", { name: "Merge into another speaker" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete speaker" })).toHaveCount(0);

  await page.getByLabel("Name").fill("");
  await page.getByLabel("Aliases").fill(`Minister Brandt\nBrandt ${tag}`);
  await page.getByRole("button", { name: "Save speaker" }).click();
  await expect(page.getByLabel("Name")).toHaveAccessibleDescription("Enter the speaker's name.");
  await expect(page.getByLabel("Aliases")).toHaveValue(`Minister Brandt\nBrandt ${tag}`);

  await page.getByLabel("Name").fill(speaker.name);
  await page.getByRole("button", { name: "Save speaker" }).click();
  await expect(page.getByRole("status")).toHaveText("Speaker saved.");
  await page.reload();
  await expect(page.getByLabel("Aliases")).toHaveValue(`Minister Brandt\nBrandt ${tag}`);
  await page.goto(`/studio/speakers?q=${encodeURIComponent(`Brandt ${tag}`)}`);
  await expect(page.getByRole("list", { name: "Speakers" })).toContainText(
    `Also known as Minister Brandt · Brandt ${tag}`,
  );
});

test("an editor merges a duplicate source: links move, a shared link is kept once, and its address finds the survivor", async ({
  page,
  browser,
  baseURL,
}) => {
  const tag = randomUUID().slice(0, 6);
  const studio = await studioCaller(browser, baseURL!, "editor", "10.73.0.3");
  const [both, onlyAmp, later] = [randomUUID(), randomUUID(), randomUUID()];
  const articleId = await articleWith(studio, `Sources ${tag}`, [
    { id: both, quote: `Both back this ${tag}. ` },
    { id: onlyAmp, quote: `Only the copy backs this ${tag}. ` },
    { id: later, quote: `Added later ${tag}.` },
  ]);
  const add = async (annotationId: string, url: string, title: string) => {
    const { result } = await studio.call(`${EDITOR}#addSourceAction`, [
      { annotationId, url, title, relation: "supports" },
    ]);
    expect(result).toMatchObject({ ok: true });
    return result.data as { id: string };
  };
  const survivor = await add(both, `https://dup.example/${tag}/story`, `Story ${tag}`);
  const copy = await add(both, `https://dup.example/${tag}/story-amp`, `Story copy ${tag}`);
  await add(onlyAmp, `https://dup.example/${tag}/story-amp`, `ignored`);

  await signIn(page, "editor");
  await page.goto("/studio/sources");
  await page.getByLabel("Search sources").fill(`Story copy ${tag}`);
  await page.getByRole("button", { name: "Search" }).click();
  const uses = page.getByRole("list", { name: `Uses of Story copy ${tag}` });
  await expect(
    uses.getByRole("link", { name: `“Only the copy backs this ${tag}.”` }),
  ).toHaveAttribute("href", `/studio/articles/${articleId}#annotation-${onlyAmp}`);
  await page
    .getByRole("list", { name: "Sources" })
    .getByRole("link", { name: `Story copy ${tag}` })
    .click();
  await expect(page).toHaveURL(`/studio/sources/${copy.id}`);
  await page.getByLabel("Find the source to merge into").fill(`Story ${tag}`);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: "Review merge" }).click();
  const confirm = page.getByRole("region", { name: "Confirm merge" });
  await expect(confirm).toContainText(
    `Move 2 links from “Story copy ${tag}” to “Story ${tag}”; this address becomes an alias of “Story ${tag}”.`,
  );
  await expect(confirm).toContainText(
    `1 annotation is backed by both: they keep the link to “Story ${tag}” only.`,
  );
  await screenshotAtWidths(page, "source-merge", { fullPage: true });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await confirm.getByRole("button", { name: "Merge sources" }).click();

  await expect(page).toHaveURL(`/studio/sources/${survivor.id}?moved=1&kept=1`);
  await expect(page.getByRole("status")).toHaveText(
    "Merged: 1 link moved to this source; 1 annotation backed by both kept this source’s link only.",
  );
  await expect(
    page.getByRole("list", { name: "Annotations backed by this source" }).getByRole("link"),
  ).toHaveCount(2);

  // The merged address, typed again the way readers copy links, finds the survivor.
  const again = await add(later, `http://www.dup.example/${tag}/story-amp?utm_source=x`, "Again");
  expect(again.id).toBe(survivor.id);
  await studio.close();
});
