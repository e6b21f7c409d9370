import { expect, test } from "@playwright/test";
import { demoArticles } from "../db/demo/content";

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
