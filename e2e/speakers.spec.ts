import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { ANNOTATION_KINDS } from "../db/enums";
import { demoArticles, demoSpeakers } from "../lib/demo/content";
import { KIND_LABELS } from "../lib/editor/kinds";
import { docWith } from "./docs";
import { expect, test } from "./fixtures";
import { formData, studioCaller } from "./server-actions";

const published = demoArticles.find((article) => article.status === "published")!;
const mayor = demoSpeakers.find((speaker) => speaker.slug === "ilse-marrow")!;
const ministry = demoSpeakers.find((speaker) => speaker.slug === "ministry-of-health")!;
const engineer = demoSpeakers.find((speaker) => speaker.slug === "kasimir-dunmore")!;
const STUDIO = "app/(studio)/studio";
const EDITOR = `${STUDIO}/articles/[id]/actions.ts`;
/** The mayor's annotations in the published demo article, in document order. */
const mayorQuotes = published.annotations.filter((a) => a.speaker === mayor.key);

test("an anonymous visitor searches speakers and reads the mayor's published annotations", async ({
  page,
}) => {
  await page.goto("/speakers");
  await expect(page.getByRole("heading", { level: 1, name: "Speakers" })).toBeVisible();
  await page.getByLabel("Search speakers").fill("Marrow");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/speakers\?q=Marrow$/);
  await expect(page.getByLabel("Search speakers")).toHaveValue("Marrow");

  const results = page.getByRole("list", { name: "Speakers" });
  await expect(results.getByRole("link")).toHaveCount(1);
  // Counted per kind: the mayor's allegations are not called claims.
  const kinds = ANNOTATION_KINDS.flatMap((kind) => {
    const count = mayorQuotes.filter((a) => a.kind === kind).length;
    if (count === 0) return [];
    return [`${count} ${KIND_LABELS[kind][count === 1 ? "one" : "many"].toLowerCase()}`];
  });
  await expect(results.getByRole("listitem")).toContainText(kinds.join(", "));
  await results.getByRole("link", { name: mayor.name }).click();

  await expect(page).toHaveURL(`/speakers/${mayor.slug}`);
  await expect(page).toHaveTitle(`${mayor.name} · Claimmark`);
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1, name: mayor.name })).toBeVisible();
  await expect(main).toContainText("Person");
  await expect(main).toContainText(mayor.description);
  const heading = `${mayorQuotes.length} annotations in published articles`;
  await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();

  const items = page.getByRole("list", { name: heading }).getByRole("listitem");
  await expect(items).toHaveCount(mayorQuotes.length);
  for (const [i, annotation] of mayorQuotes.entries()) {
    const item = items.nth(i);
    await expect(item).toContainText(KIND_LABELS[annotation.kind].one);
    await expect(item.getByRole("blockquote")).toHaveText(annotation.quote);
    await expect(item).toContainText(annotation.cue);
    await expect(item.getByRole("link", { name: published.title })).toHaveAttribute(
      "href",
      new RegExp(`^/a/${published.slug}#annotation-[0-9a-f-]{36}$`),
    );
  }

  await items.first().getByRole("link", { name: published.title }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${published.slug}#annotation-[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { level: 1, name: published.title })).toBeVisible();
});

test("the speaker list shows the Ministry of Health with its count per kind", async ({ page }) => {
  await page.goto("/speakers");
  const ministryItem = page
    .getByRole("list", { name: "Speakers" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: ministry.name, exact: true }) });
  await expect(ministryItem).toHaveCount(1);
  await expect(ministryItem).toContainText("Organization");
  await expect(ministryItem).toContainText("1 official claim");
  await ministryItem.getByRole("link", { name: ministry.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: ministry.name })).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: "1 annotation in published articles" }),
  ).toBeVisible();
});

test("an unknown speaker is not found", async ({ page }) => {
  const response = await page.goto("/speakers/nobody-by-this-name");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the home page shows each article's annotation counts per kind", async ({ page }) => {
  await page.goto("/");
  const item = page
    .getByRole("list", { name: "Published articles" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: published.title }) });
  const counts = ANNOTATION_KINDS.map((kind) => {
    const n = published.annotations.filter((a) => a.kind === kind).length;
    return `${n} ${(n === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many).toLowerCase()}`;
  });
  await expect(item).toContainText(counts.join(" · "));
  // The start of the article's text describes it.
  const lead = published.blocks[0]!.text.slice(0, 60);
  await expect(item).toContainText(lead);
});

test("a speaker's page lists their annotations across two articles, each with its article", async ({
  page,
  browser,
  baseURL,
}) => {
  const engineerQuotes = published.annotations.filter((a) => a.speaker === engineer.key);
  expect(engineerQuotes.length).toBeGreaterThan(0);

  // A second article quoting the same engineer, published as the studio does it.
  const studio = await studioCaller(browser, baseURL!, "editor", "10.72.0.1");
  const { redirect } = await studio.call(`${STUDIO}/actions.ts#createArticleAction`, [
    null,
    formData({}),
  ]);
  const articleId = redirect!.split("/").at(-1)!;
  const annotationId = randomUUID();
  const title = "Footbridge reopening delayed again";
  const quote = "The replacement hangers will not arrive before autumn.";
  const saved = await studio.call(`${EDITOR}#saveDocumentAction`, [
    {
      articleId,
      baseVersion: 1,
      title,
      doc: docWith("said the engineer.", [{ id: annotationId, quote }]),
    },
  ]);
  expect(saved.result).toMatchObject({ ok: true });
  const found = await studio.request.get(
    `/api/studio/speakers?q=${encodeURIComponent(engineer.name)}`,
  );
  const [speaker] = ((await found.json()) as { results: { id: string; slug: string }[] }).results;
  expect(speaker!.slug).toBe(engineer.slug);
  const details = await studio.call(`${EDITOR}#saveAnnotationDetailsAction`, [
    { id: annotationId, version: 1, speakerId: speaker!.id, cue: "said", note: "" },
  ]);
  expect(details.result).toMatchObject({ ok: true });
  const publishing = await studio.call(`${EDITOR}#transitionArticleAction`, [
    { articleId, transition: "publish" },
  ]);
  expect(publishing.result).toMatchObject({ ok: true });
  const slug = publishing.result.data.slug as string;
  await studio.close();

  await page.goto(`/speakers/${engineer.slug}`);
  const heading = `${engineerQuotes.length + 1} annotations in published articles`;
  const items = page.getByRole("list", { name: heading }).getByRole("listitem");
  await expect(items).toHaveCount(engineerQuotes.length + 1);
  const fromNew = items.filter({ has: page.getByRole("link", { name: title }) });
  await expect(fromNew).toHaveCount(1);
  await expect(fromNew.getByRole("blockquote")).toHaveText(quote);
  await expect(fromNew).toContainText("Official claim");
  await expect(fromNew.getByRole("link", { name: title })).toHaveAttribute(
    "href",
    `/a/${slug}#annotation-${annotationId}`,
  );
  const fromDemo = items.filter({ has: page.getByRole("link", { name: published.title }) });
  await expect(fromDemo).toHaveCount(engineerQuotes.length);
  for (const annotation of engineerQuotes) {
    await expect(
      fromDemo.filter({
        has: page.getByRole("blockquote").getByText(annotation.quote, { exact: true }),
      }),
    ).toHaveCount(1);
  }
});

for (const path of ["/speakers", `/speakers/${mayor.slug}`, "/"]) {
  test(`${path} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
