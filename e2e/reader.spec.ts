import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demoArticles } from "../lib/demo/content";
import { KIND_LABELS } from "../lib/editor/kinds";

const [published, draft] = demoArticles;

test("the home page lists the published demo article and not the draft", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Published articles" })).toBeVisible();
  const list = page.getByRole("list", { name: "Published articles" });
  await expect(list.getByRole("link", { name: published!.title })).toBeVisible();
  await expect(page.getByRole("link", { name: draft!.title })).toHaveCount(0);
});

test("the article page shows the published text", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: published!.title }).click();
  await expect(page).toHaveURL(`/a/${published!.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: published!.title })).toBeVisible();
  const paragraphs = published!.blocks.filter((block) => block.type === "paragraph");
  await expect(page.getByText(paragraphs[0]!.text)).toBeVisible();
  await expect(page.getByText(paragraphs.at(-1)!.text)).toBeAttached();
  await expect(page).toHaveTitle(`${published!.title} · Claimmark`);
});

interface ExportedAnnotation {
  body: { purpose: string; value?: string; source?: { id: string; name?: string } }[];
  target: { source: string; selector: { type: string; exact?: string }[] };
}

test("the article's annotations download as W3C Web Annotations", async ({ page }) => {
  await page.goto(`/a/${published!.slug}`);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download annotations as JSON (W3C)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${published!.slug}-annotations.json`);
  const collection = JSON.parse(await readFile(await download.path(), "utf8"));
  expect(collection).toMatchObject({
    "@context": ["http://www.w3.org/ns/anno.jsonld", expect.any(Object)],
    type: "AnnotationCollection",
    total: published!.annotations.length,
    first: { type: "AnnotationPage" },
  });

  const items: ExportedAnnotation[] = collection.first.items;
  const quotes = items.map((item) => item.target.selector.find((s) => s.exact)!.exact);
  expect(quotes.sort()).toEqual(published!.annotations.map((a) => a.quote).sort());
  const kinds = items.map((item) => item.body.find((b) => b.purpose === "classifying")!.value);
  expect(kinds.sort()).toEqual(published!.annotations.map((a) => KIND_LABELS[a.kind].one).sort());
  for (const item of items) expect(item.target.source).toMatch(`/a/${published!.slug}`);
  const speakerPages = items.flatMap((item) =>
    item.body.filter((b) => b.purpose === "identifying").map((b) => b.source!),
  );
  expect(speakerPages).toContainEqual(
    expect.objectContaining({
      name: "Kasimir Dunmore",
      id: expect.stringMatching(/\/speakers\/kasimir-dunmore$/),
    }),
  );

  const response = await page.request.get(`/api/exports/${published!.slug}`);
  expect(response.headers()["content-type"]).toBe(
    'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  );
  expect((await page.request.get(`/api/exports/${draft!.slug}`)).status()).toBe(404);
  expect((await page.request.get("/api/exports/Not%20a%20slug")).status()).toBe(404);
});

test("a draft's address is not found", async ({ page }) => {
  const response = await page.goto(`/a/${draft!.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("health reports the database as ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

// What a search engine or a link preview reads: these are for machines, so they are read from
// the page's head rather than through roles.
for (const path of ["/", `/a/${published!.slug}`, "/speakers", "/speakers/kasimir-dunmore"]) {
  test(`${path} has a title, a description, Open Graph tags and a canonical address`, async ({
    page,
  }) => {
    await page.goto(path);
    const head = (selector: string, attribute: string) =>
      page.locator(`head ${selector}`).first().getAttribute(attribute);
    expect(await page.title()).toMatch(/\S/);
    expect(await head('meta[name="description"]', "content")).toMatch(/\S{10,}/);
    expect(await head('meta[property="og:title"]', "content")).toMatch(/\S/);
    expect(await head('meta[property="og:description"]', "content")).toMatch(/\S/);
    const canonical = await head('link[rel="canonical"]', "href");
    expect(new URL(canonical!).pathname).toBe(path);
    expect(await head('meta[property="og:url"]', "content")).toBe(canonical);
  });
}
