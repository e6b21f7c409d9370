import path from "node:path";
import type { Page } from "@playwright/test";

/** Where specs save what people look at after a visual change (git-ignored). */
export const SCREENSHOTS = path.join("e2e", ".screenshots");

/** The page at a desktop's width and a phone's, saved as `<name>-<width>.png`; back to desktop. */
export async function screenshotAtWidths(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({
      path: path.join(SCREENSHOTS, `${name}-${width}.png`),
      fullPage: options.fullPage,
    });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
