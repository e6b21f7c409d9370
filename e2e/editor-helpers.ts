import { expect, type Page } from "@playwright/test";

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
  await articleText(page).evaluate(
    (root, [wanted, nth]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      // Text of each paragraph may be split across several nodes (marks), so search the joined text.
      const joined = nodes.map((n) => n.data).join("");
      let at = -1;
      for (let i = 0; i <= Number(nth); i++) at = joined.indexOf(String(wanted), at + 1);
      if (at < 0) throw new Error(`"${wanted}" is not in the article`);
      const locate = (offset: number): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          if (offset <= seen + node.data.length) return [node, offset - seen];
          seen += node.data.length;
        }
        throw new Error("offset past the end");
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + String(wanted).length));
      (root as HTMLElement).focus();
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [text, occurrence] as const,
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
