import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { docWith } from "./authorization-rows";
import { expect, signIn, test } from "./fixtures";
import { callServerAction, formData, listServerActions } from "./server-actions";

const EDITOR = "app/(studio)/studio/articles/[id]/actions.ts";

test("hostile text in titles, notes, speakers and sources is shown as inert text", async ({
  page,
  browser,
  baseURL,
}) => {
  // An editor's session, calling the same endpoints the studio uses.
  const context = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": "10.70.0.1" },
  });
  await signIn(await context.newPage(), "editor");
  const actions = new Map(listServerActions().map((a) => [a.key, a]));
  const call = async (key: string, args: unknown[]) =>
    (await callServerAction(
      context.request as APIRequestContext,
      baseURL!,
      actions.get(key)!,
      args,
    )) as {
      result: {
        ok: boolean;
        data: Record<string, unknown>;
        code?: string;
        fieldErrors?: Record<string, string[]>;
      };
      redirect: string | null;
    };

  const { redirect } = await call("app/(studio)/studio/actions.ts#createArticleAction", [
    null,
    formData({}),
  ]);
  const articleId = redirect!.split("/").at(-1)!;
  const annotationId = randomUUID();
  const title = `<script>alert("title")</script> Hostile ${Date.now()}`;
  await call(`${EDITOR}#saveDocumentAction`, [
    {
      articleId,
      baseVersion: 1,
      title,
      doc: docWith('<img src=x onerror=alert("text")> here.', [
        { id: annotationId, quote: "Click" },
      ]),
    },
  ]);
  const speaker = await call(`${EDITOR}#createSpeakerAction`, [
    { name: '<img src=x onerror=alert("speaker")>', type: "person", description: "<b>bold?</b>" },
  ]);
  await call(`${EDITOR}#saveAnnotationDetailsAction`, [
    {
      id: annotationId,
      version: 1,
      speakerId: speaker.result.data.id,
      cue: "<i>said</i>",
      note: '<script>alert("note")</script>',
    },
  ]);

  // Unsafe addresses are refused at the door, with a message for the field.
  for (const bad of [
    { url: "javascript:alert(1)" },
    { url: "https://ok.example/a", archivedUrl: "data:text/html,<script>alert(1)</script>" },
  ]) {
    const refused = await call(`${EDITOR}#addSourceAction`, [
      { annotationId, title: "x", relation: "context", ...bad },
    ]);
    expect(refused.result).toMatchObject({ ok: false, code: "invalid_input" });
  }
  await call(`${EDITOR}#addSourceAction`, [
    {
      annotationId,
      url: "https://ok.example/report",
      title: '<script>alert("source")</script>',
      publisher: "<u>x</u>",
      relation: "supports",
    },
  ]);
  const published = await call(`${EDITOR}#transitionArticleAction`, [
    { articleId, transition: "publish" },
  ]);
  expect(published.result).toMatchObject({ ok: true });
  await context.close();

  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.goto(`/a/${published.result.data.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(
    page.getByText('<img src=x onerror=alert("text")> here.', { exact: false }),
  ).toBeVisible();
  // Before hydration a click follows the link to the note (the no-JavaScript path); wait for it.
  await page.waitForLoadState("networkidle");
  await page.getByRole("link", { name: /^Official claim 1/ }).click();
  const details = page.getByRole("dialog", { name: "Annotation details" });
  await expect(details).toContainText('<script>alert("note")</script>');
  await expect(details).toContainText('Attributed to <img src=x onerror=alert("speaker")>');
  await expect(
    details.getByRole("link", { name: '<script>alert("source")</script>' }),
  ).toHaveAttribute("href", "https://ok.example/report");
  await expect(
    details.getByRole("link", { name: '<script>alert("source")</script>' }),
  ).toHaveAttribute("rel", "noopener noreferrer nofollow");

  const injected = await page.evaluate(() => ({
    images: document.images.length,
    handlers: document.querySelectorAll("[onerror],[onclick],[onload]").length,
    unsafeLinks: [...document.links].filter((a) => !/^https?:/.test(a.href)).length,
  }));
  expect(injected).toEqual({ images: 0, handlers: 0, unsafeLinks: 0 });
  // The speaker's own page, reached as a reader would, from "Who said what".
  await page.keyboard.press("Escape");
  await page
    .getByRole("region", { name: "Who said what" })
    .getByRole("link", { name: /onerror/ })
    .click();
  await expect(page).toHaveURL(/\/speakers\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    '<img src=x onerror=alert("speaker")>',
  );
  expect(dialogs).toBe(0);
});
