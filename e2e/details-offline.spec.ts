import path from "node:path";
import {
  annotationPanel as panel,
  articleText,
  createArticle,
  expectSaved,
  reloadPastLeaveWarning,
  tagWithToolbar,
} from "./editor-helpers";
import { expect, signIn, test } from "./fixtures";

const CLAIM = "the footbridge will reopen in June";
const SCREENSHOTS = path.join("e2e", ".screenshots");

test("a note typed offline is kept, retried, warned about on leaving and offered back after a reload", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "reviewer");
  await createArticle(page, `Footbridge ${Date.now()}`, `The council said ${CLAIM}.`);
  const articleUrl = page.url();
  await tagWithToolbar(page, CLAIM, "Official claim");
  await expectSaved(page);
  const note = panel(page).getByLabel("Note");

  // Offline: the note is not lost; saving retries and says so.
  await context.setOffline(true);
  await note.fill("Checked with the council's press office.");
  await note.blur();
  await expect(panel(page)).toContainText(
    "Details not saved yet: the server can't be reached. Retrying in",
  );
  await expect(panel(page)).toContainText("Your changes are kept in this browser.");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await panel(page).screenshot({ path: path.join(SCREENSHOTS, `details-offline-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  // Back online, the retry saves it.
  await context.setOffline(false);
  await expect(panel(page)).toContainText("Details saved.", { timeout: 15_000 });

  // Offline again, and the person leaves: a warning first, and the note is kept.
  await context.setOffline(true);
  await note.fill("Confirmed by the council's press office on Monday.");
  await note.blur();
  await expect(panel(page)).toContainText("Retrying in");
  expect(await reloadPastLeaveWarning(page)).toContain("ERR_INTERNET_DISCONNECTED");

  await context.setOffline(false);
  await page.goto(articleUrl);
  await expect(articleText(page)).toContainText(CLAIM);
  const offer = page.getByRole("alert").filter({ hasText: "kept changes to the details" });
  await expect(offer).toContainText(`“${CLAIM}”`);
  await offer.screenshot({ path: path.join(SCREENSHOTS, "details-recovery-1280.png") });
  await page.getByRole("button", { name: "Restore unsaved details" }).click();
  await expect(note).toHaveValue("Confirmed by the council's press office on Monday.");
  await expect(panel(page)).toContainText("Details saved.");

  await page.reload();
  await expect(page.getByRole("button", { name: "Restore unsaved details" })).toHaveCount(0);
  await page
    .getByRole("list", { name: "Annotations in document order" })
    .getByRole("button", { name: /Official claim/ })
    .click();
  await expect(note).toHaveValue("Confirmed by the council's press office on Monday.");
});
