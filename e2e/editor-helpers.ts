import { expect, type Locator, type Page } from "@playwright/test";

export function articleText(page: Page) {
  return page.getByRole("textbox", { name: "Article text" });
}

/** Pastes plain text into the article the way Ctrl+V does, through the clipboard. */
export async function pastePlainText(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await articleText(page).focus();
  await page.keyboard.press("Control+V");
}

/** Selects the first occurrence of `text` in the article, as a drag of the mouse would. */
export async function selectText(page: Page, text: string, occurrence = 0): Promise<void> {
  await rangeOf(page, text, occurrence, true);
}

/** Clicks with the mouse in the middle of the first occurrence of `text` in the article. */
export async function clickOnText(page: Page, text: string): Promise<void> {
  const { x, y } = await rangeOf(page, text, 0, false);
  await page.mouse.click(x, y);
}

/** Finds `text` in the article; selects it or returns the middle of where it is drawn. */
async function rangeOf(page: Page, text: string, occurrence: number, select: boolean) {
  await articleText(page).scrollIntoViewIfNeeded();
  return articleText(page).evaluate(
    (root, [wanted, nth, shouldSelect]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      // Text of each paragraph may be split across several nodes (marks), so search the joined text.
      const joined = nodes.map((n) => n.data).join("");
      let at = -1;
      for (let i = 0; i <= Number(nth); i++) at = joined.indexOf(String(wanted), at + 1);
      if (at < 0) throw new Error(`"${wanted}" is not in the article`);
      // A start that falls where one text node ends and the next begins belongs to the next.
      const locate = (offset: number, isStart: boolean): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          const end = seen + node.data.length;
          if (isStart ? offset < end : offset <= end) return [node, offset - seen];
          seen = end;
        }
        throw new Error("offset past the end");
      };
      const range = document.createRange();
      range.setStart(...locate(at, true));
      range.setEnd(...locate(at + String(wanted).length, false));
      if (shouldSelect) {
        (root as HTMLElement).focus();
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      }
      const box = [...range.getClientRects()].find((rect) => rect.width > 0)!;
      const middle = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      // A click there must reach the text, not a menu drawn over it.
      if (!shouldSelect && !root.contains(document.elementFromPoint(middle.x, middle.y))) {
        throw new Error(`"${wanted}" is covered by something else`);
      }
      return middle;
    },
    [text, occurrence, select] as const,
  );
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole("status").filter({ hasText: /^Saved/ })).toBeVisible({
    timeout: 10_000,
  });
}

/** Tags the selected text through the "Annotate" toolbar. */
export async function tagWithToolbar(
  page: Page,
  text: string,
  kind: "Official claim" | "Allegation" | "Verified fact",
) {
  await selectText(page, text);
  await page.getByRole("toolbar", { name: "Annotate" }).getByRole("button", { name: kind }).click();
  await expect(page.getByRole("region", { name: "Annotation", exact: true })).toBeVisible();
}

/** Tags `text` with `kind` and ticks "No named source", and waits until that is saved. */
export async function tagUnattributed(
  page: Page,
  text: string,
  kind: "Official claim" | "Allegation",
): Promise<void> {
  await tagWithToolbar(page, text, kind);
  await annotationPanel(page).getByRole("checkbox", { name: "No named source" }).check();
  await expect(annotationPanel(page)).toContainText("Details saved.");
}

export function annotationPanel(page: Page) {
  return page.getByRole("region", { name: "Annotation", exact: true });
}

/** "New article" from the studio: a title and pasted text, saved. */
export async function createArticle(page: Page, title: string, story: string): Promise<void> {
  await page.goto("/studio");
  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/studio\/articles\/[0-9a-f-]{36}$/);
  await page.getByRole("textbox", { name: "Title" }).fill(title);
  await pastePlainText(page, story);
  await expect(articleText(page).getByRole("paragraph")).toHaveCount(story.split(/\n\s*\n/).length);
  await expectSaved(page);
}

/**
 * Reloads while something is unsaved: the leave warning must come up, and the person leaves
 * anyway. Resolves to how the reload ended ("reloaded", or the browser's error message).
 */
export async function reloadPastLeaveWarning(page: Page): Promise<string> {
  const leaving = page.waitForEvent("dialog");
  const reload = page.reload().then(
    () => "reloaded",
    (error: Error) => error.message,
  );
  const dialog = await leaving;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.accept();
  return reload;
}

/** The option a select shows as chosen, as a person reads it. */
export async function chosenOption(select: Locator): Promise<string> {
  return select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]!.text);
}

/** Adds a new source to the selected annotation through its panel's form. */
export async function addSourceInPanel(
  page: Page,
  source: { url: string; title: string; relation: "Supports" | "Contradicts" | "Context" },
): Promise<void> {
  const panel = annotationPanel(page);
  await panel.getByRole("button", { name: "Add source" }).click();
  await panel.getByLabel("Source URL").fill(source.url);
  await panel.getByLabel("Source title").fill(source.title);
  await panel.getByLabel("Relation").selectOption(source.relation);
  await panel.getByRole("button", { name: "Save source" }).click();
  await expect(panel.getByRole("list", { name: "Sources" })).toContainText(
    `${source.relation}: ${source.title}`,
  );
}

/** The "Checked article" region of the editor, opened. */
export async function openCheckedArticle(page: Page): Promise<Locator> {
  const region = page.getByRole("region", { name: "Checked article" });
  const toggle = region.getByRole("button", { name: "Checked article", exact: true });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  return region;
}
