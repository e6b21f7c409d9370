import path from "node:path";
import type { Page } from "@playwright/test";
import { annotationPanel } from "./editor-helpers";
import { expect, signIn, test } from "./fixtures";

// Every page at a phone's width and a desktop's, in light and dark: nothing may scroll
// sideways and the page's heading must show. Each view is also saved as a screenshot under
// e2e/.screenshots (git-ignored), for people to look at after a visual change.

const ARTICLE = "/a/riverton-footbridge-closure-solvent-leak-bribery-claim";
const ARTICLE_TITLE = /^Riverton closes footbridge/;
const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  mobile: { width: 390, height: 844 },
} as const;
const SCREENSHOTS = path.join("e2e", ".screenshots");

async function checkLayout(page: Page, name: string) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  expect(overflow, `${name} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}

const PUBLIC_PAGES = {
  home: "/",
  article: ARTICLE,
  speakers: "/speakers",
  speaker: "/speakers/kasimir-dunmore",
  search: "/search?q=bridge",
  "sign-in": "/sign-in",
  "not-found": "/a/no-such-article",
};

for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`public pages fit a ${viewportName} screen (${colorScheme})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      for (const [name, url] of Object.entries(PUBLIC_PAGES)) {
        await page.goto(url);
        await checkLayout(page, `${name}-${viewportName}-${colorScheme}`);
      }
    });
  }

  for (const colorScheme of ["light", "dark"] as const) {
    test(`studio pages fit a ${viewportName} screen (${colorScheme})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      const shot = (name: string) => `${name}-${viewportName}-${colorScheme}`;
      await signIn(page, "admin");
      await page.goto("/studio");
      await checkLayout(page, shot("studio"));
      await page.goto("/studio/users");
      await checkLayout(page, shot("users"));
      await page.goto("/studio/inbox");
      await checkLayout(page, shot("inbox"));
      for (const desk of ["speakers", "sources"]) {
        await page.goto(`/studio/${desk}`);
        await checkLayout(page, shot(desk));
      }
      await page.goto("/studio/search?q=bridge");
      await checkLayout(page, shot("studio-search"));

      await page.goto("/studio");
      await page.getByRole("link", { name: ARTICLE_TITLE }).first().click();
      await expect(page.getByRole("textbox", { name: "Article text" })).toBeVisible();
      await page
        .getByRole("region", { name: "Annotations" })
        .getByRole("button", { name: /Kasimir Dunmore/ })
        .first()
        .click();
      // Beside the text on a desktop, a sheet over the bottom of a phone's screen: in reach.
      const panel = annotationPanel(page);
      await expect(panel).toBeInViewport();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${shot("editor-panel")}.png`) });
      await page.screenshot({
        path: path.join(SCREENSHOTS, `${shot("editor")}.png`),
        fullPage: true,
      });
      const close = page.getByRole("button", { name: "Close annotation" });
      if (viewportName === "mobile") {
        await close.click();
        await expect(panel).toBeHidden();
      } else {
        await expect(close).toBeHidden();
      }

      const text = await page.getByRole("textbox", { name: "Article text" }).innerText();
      const editorUrl = page.url();
      await page.goto(`${editorUrl}/history`);
      await checkLayout(page, shot("history"));

      // A revised version of the article compared, as a reviewer sees it before accepting.
      await page.goto(`${editorUrl}/new-version`);
      await page.getByLabel("New text").fill(`Updated on Tuesday.\n\n${text}`);
      await page.getByRole("button", { name: "Compare pasted text" }).click();
      await expect(page.getByRole("region", { name: "Re-anchoring review" })).toBeVisible();
      await checkLayout(page, shot("new-version"));
    });
  }
}

test("printing the article turns passages into numbered notes, without the site's chrome", async ({
  page,
}) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("group", { name: "Highlights in this article" })).toBeHidden();
  await expect(page.getByRole("region", { name: "Notes" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the text" }).first()).toBeHidden();
  const marker = await page
    .getByRole("link", { name: /^Official claim 3, attributed to Kasimir Dunmore/ })
    .evaluate((el) => getComputedStyle(el, "::after").content);
  expect(marker).toBe('" [3]"');
  await page.screenshot({ path: path.join(SCREENSHOTS, "article-print.png"), fullPage: true });
});
