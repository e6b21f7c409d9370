import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { annotationPanel, createArticle, tagWithToolbar } from "./editor-helpers";
import { callServerAction, formData, listServerActions } from "./server-actions";

// Discussion on an annotation between a reviewer and an editor, the inbox, and the thread used
// with the keyboard alone.

const SHOTS = "/tmp/shots-discussion";
const DISCUSSION = "app/(studio)/studio/articles/[id]/discussion-actions.ts";
const STORY =
  "The port authority said that 300 containers were inspected last week. Dock workers allege that the scanners had been broken since March.";
const CLAIM = "300 containers were inspected last week";

test.describe.configure({ timeout: 150_000 });

const discussion = (page: Page) =>
  annotationPanel(page).getByRole("region", { name: "Discussion" });
const commentOf = (page: Page, text: string | RegExp) =>
  discussion(page).getByRole("listitem").filter({ hasText: text }).first();

/** Opens the annotation on `quote` from the "Annotations" list. */
async function openAnnotation(page: Page, quote: string) {
  await page
    .getByRole("list", { name: "Annotations in document order" })
    .getByRole("button", { name: new RegExp(quote) })
    .click();
  await expect(discussion(page)).toBeVisible();
  await expect(discussion(page).getByText("Loading…")).toHaveCount(0);
}

async function shoot(page: Page, name: string, target?: Locator) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await (target ?? page).screenshot({ path: `${SHOTS}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; 30 at most. */
async function tabTo(page: Page, target: Locator, key: "Tab" | "Shift+Tab" = "Tab") {
  for (let presses = 0; presses < 30; presses++) {
    const focused = target.evaluate((el) => el === document.activeElement, null, {
      timeout: 2_000,
    });
    if (await focused.catch(() => false)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

test("a reviewer and an editor discuss a span, the editor finds it in the inbox, and resolves it", async ({
  page,
  browser,
}) => {
  await signIn(page, "reviewer");
  const title = `Port inspections ${Date.now()}`;
  await createArticle(page, title, STORY);
  await tagWithToolbar(page, CLAIM, "Official claim");
  await expect(discussion(page)).toContainText("No comments yet.");

  // A refused post keeps the text and says what to fix.
  const box = discussion(page).getByRole("textbox", { name: "Comment", exact: true });
  await box.fill("   ");
  await discussion(page).getByRole("button", { name: "Post comment" }).click();
  await expect(discussion(page).getByText("Write a comment first.")).toBeVisible();
  await box.fill("@eli editor who counted the containers? <b>not bold</b>");
  await discussion(page).getByRole("button", { name: "Post comment" }).click();
  const question = commentOf(page, "who counted the containers?");
  await expect(question).toContainText("Rae Reviewer");
  await expect(question.locator("strong")).toHaveText("@eli editor");
  await expect(question).toContainText("<b>not bold</b>");
  await expect(box).toHaveValue("");

  await question.getByRole("button", { name: "Edit comment" }).click();
  await question
    .getByRole("textbox", { name: "Edit comment" })
    .fill("@Eli Editor who counted the containers?");
  await question.getByRole("button", { name: "Save comment" }).click();
  await expect(question).toContainText("edited");

  const list = page.getByRole("region", { name: "Annotations", exact: true });
  await expect(list).toContainText("1 comment, open thread");
  const review = page.getByRole("region", { name: "Review", exact: true });
  await expect(review).toContainText(`Open discussion on “${CLAIM}”`);
  await expect(review).toContainText("Publishing is not blocked by these.");
  await shoot(page, "thread-open", discussion(page));

  // The editor, in another browser, sees the mention in the inbox.
  const editorContext = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": "10.199.0.7" },
  });
  const editor = await editorContext.newPage();
  await signIn(editor, "editor");
  const nav = editor.getByRole("navigation", { name: "Studio" });
  await expect(nav.getByRole("link", { name: /^Inbox, [1-9]\d* unread$/ })).toBeVisible();
  await nav.getByRole("link", { name: /^Inbox/ }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  const item = editor.getByRole("listitem").filter({ hasText: title });
  await expect(item).toContainText("1 unread");
  await expect(item).toContainText("Rae Reviewer: @Eli Editor who counted the containers?");
  await shoot(editor, "inbox");
  expect((await new AxeBuilder({ page: editor }).analyze()).violations).toEqual([]);
  await editor.setViewportSize({ width: 390, height: 844 });
  await editor.screenshot({ path: `${SHOTS}/inbox-390.png`, fullPage: true });
  await editor.setViewportSize({ width: 1280, height: 720 });
  const link = item.getByRole("link", { name: `“${CLAIM}”` });
  expect(await link.getAttribute("href")).toMatch(
    /^\/studio\/articles\/[0-9a-f-]{36}#annotation-[0-9a-f-]{36}$/,
  );
  await link.click();
  await openAnnotation(editor, CLAIM);
  // Opening the thread read it.
  await expect(nav.getByRole("link", { name: "Inbox", exact: true })).toBeVisible();

  const seen = commentOf(editor, "who counted the containers?");
  await expect(seen.getByRole("button", { name: "Edit comment" })).toHaveCount(0);
  await expect(seen.getByRole("button", { name: "Delete comment", exact: true })).toHaveCount(0);
  await seen.getByRole("button", { name: "Reply", exact: true }).click();
  await seen.getByRole("textbox", { name: "Reply" }).fill("The authority's own audit, table 2.");
  await seen.getByRole("button", { name: "Post reply" }).click();
  const replies = discussion(editor).getByRole("list", { name: "Replies" });
  await expect(replies).toContainText("Eli Editor");
  await expect(replies).toContainText("The authority's own audit, table 2.");
  await discussion(editor).getByRole("button", { name: "Resolve" }).click();
  await expect(discussion(editor)).toContainText("Resolved by Eli Editor,");
  await expect(discussion(editor).getByRole("button", { name: "Reopen" })).toBeVisible();
  await expect(editor.getByRole("region", { name: "Annotations", exact: true })).toContainText(
    "2 comments, resolved",
  );
  await expect(editor.getByRole("region", { name: "Review", exact: true })).not.toContainText(
    "Open discussion",
  );
  await shoot(editor, "thread-resolved", discussion(editor));
  // The thread with a reply, a mention and its resolution passes an accessibility check.
  expect((await new AxeBuilder({ page: editor }).analyze()).violations).toEqual([]);
  // On a phone the panel is a sheet over the bottom of the screen.
  await editor.setViewportSize({ width: 390, height: 844 });
  await annotationPanel(editor)
    .getByRole("button", { name: "Reply", exact: true })
    .first()
    .scrollIntoViewIfNeeded();
  await editor.screenshot({ path: `${SHOTS}/thread-390-light.png` });
  await editor.emulateMedia({ colorScheme: "dark" });
  await editor.screenshot({ path: `${SHOTS}/thread-390-dark.png` });
  await editorContext.close();

  // The reviewer created the article: the reply is unread in their inbox until they open it.
  await page.goto("/studio/inbox");
  const mine = page.getByRole("listitem").filter({ hasText: title });
  await expect(mine).toContainText("1 unread");
  await expect(mine).toContainText("Resolved");
  await mine.getByRole("link").click();
  await openAnnotation(page, CLAIM);
  await expect(discussion(page)).toContainText("Resolved by Eli Editor,");
  await page.goto("/studio/inbox");
  await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText("All read");
});

test("the thread works with the keyboard alone", async ({ page }) => {
  await signIn(page, "admin");
  await createArticle(page, `Keyboard thread ${Date.now()}`, STORY);
  await tagWithToolbar(page, CLAIM, "Official claim");
  const region = discussion(page);
  await expect(region.getByRole("textbox", { name: "Comment", exact: true })).toBeVisible();

  // Chosen from the "Annotations" list, the panel takes focus; Tab walks through it.
  await page
    .getByRole("list", { name: "Annotations in document order" })
    .getByRole("button", { name: new RegExp(CLAIM) })
    .focus();
  await page.keyboard.press("Enter");
  await expect(annotationPanel(page).getByRole("heading", { name: "Annotation" })).toBeFocused();
  await tabTo(page, region.getByRole("textbox", { name: "Comment", exact: true }));
  await page.keyboard.type("@Rae Reviewer is the figure weekly?");
  await page.keyboard.press("Control+Enter");
  const comment = commentOf(page, "is the figure weekly?");
  // Focus moves to the comment just posted.
  await expect(page.locator(":focus")).toContainText("is the figure weekly?");
  await expect(comment.locator("strong")).toHaveText("@Rae Reviewer");

  // A reply started and put away with Escape gives focus back to "Reply".
  const reply = comment.getByRole("button", { name: "Reply", exact: true });
  await tabTo(page, reply);
  await page.keyboard.press("Enter");
  await expect(region.getByRole("textbox", { name: "Reply" })).toBeFocused();
  await page.keyboard.type("Unsent reply");
  await page.keyboard.press("Escape");
  await expect(reply).toBeFocused();

  // Mentions can be picked from the list the "@" opens.
  await page.keyboard.press("Enter");
  // (A demo voice: mentioning an e2e user here would change their unread count.)
  await page.keyboard.type("Yes, says @tom");
  const offered = region.getByRole("listbox", { name: "Mention" });
  await expect(offered.getByRole("option", { name: "Tomas Berg" })).toBeVisible();
  await shoot(page, "mention-helper", region);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.keyboard.press("Enter");
  await expect(region.getByRole("textbox", { name: "Reply" })).toHaveValue(
    "Yes, says @Tomas Berg ",
  );
  await page.keyboard.press("Control+Enter");
  await expect(page.locator(":focus")).toContainText("Yes, says @Tomas Berg");

  const edit = comment.getByRole("button", { name: "Edit comment" }).first();
  // Back up from the reply to the comment above it.
  await tabTo(page, edit, "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(comment.getByRole("textbox", { name: "Edit comment" })).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.type(" Or monthly?");
  await page.keyboard.press("Control+Enter");
  await expect(edit).toBeFocused();
  await expect(comment).toContainText("Or monthly?");
  await expect(comment).toContainText("edited");

  await tabTo(page, comment.getByRole("button", { name: "Delete comment", exact: true }).first());
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Yes, delete comment" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(":focus")).toContainText("Comment deleted.");
  // The reply keeps its place under the deleted comment.
  await expect(region.getByRole("list", { name: "Replies" })).toContainText(
    "Yes, says @Tomas Berg",
  );

  const resolve = region.getByRole("button", { name: "Resolve" });
  await tabTo(page, resolve);
  await page.keyboard.press("Enter");
  await expect(region).toContainText("Resolved by Ada Admin,");
  await expect(region.getByRole("button", { name: "Reopen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(region.getByRole("button", { name: "Resolve" })).toBeFocused();
  await expect(region).toContainText("Open · 1 comment");
});

test("the inbox needs a session, and a disabled account can no longer comment", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto("/studio/inbox");
  await expect(page).toHaveURL("/sign-in?callbackUrl=%2Fstudio%2Finbox");

  // An account signed in, then disabled by an admin while its session is still open.
  const admin = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.199.0.8" } });
  await signIn(await admin.newPage(), "admin");
  const actions = new Map(listServerActions().map((a) => [a.key, a]));
  const email = `dee-${Date.now()}@e2e.test`;
  const created = await callServerAction(
    admin.request,
    baseURL!,
    actions.get("app/(studio)/studio/users/actions.ts#createUserAction")!,
    [
      null,
      formData({ name: "Dee Discussant", email, role: "reviewer", password: "discussion pass 1" }),
    ],
  );
  const userId = (created.result as { data: { id: string } }).data.id;
  await signIn(page, { email, password: "discussion pass 1" });
  await page.goto("/studio/inbox");
  await expect(page.getByText("Nothing here yet.")).toBeVisible();
  await shoot(page, "inbox-empty");
  await callServerAction(
    admin.request,
    baseURL!,
    actions.get("app/(studio)/studio/users/actions.ts#setDisabledAction")!,
    [null, formData({ userId, disabled: "true" })],
  );
  await admin.close();
  for (const name of ["postCommentAction", "resolveThreadAction", "openDiscussionAction"]) {
    const { result } = await callServerAction(
      page.context().request,
      baseURL!,
      actions.get(`${DISCUSSION}#${name}`)!,
      [{ annotationId: randomUUID(), body: "Still here?" }],
    );
    expect(result, name).toMatchObject({ ok: false, code: "unauthenticated" });
  }
});
