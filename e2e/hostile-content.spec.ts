import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { docWith } from "./docs";
import { expect, test } from "./fixtures";
import { formData, studioCaller } from "./server-actions";

const EDITOR = "app/(studio)/studio/articles/[id]/actions.ts";
const HOSTILE_SPEAKER = '<img src=x onerror=alert("speaker")>';

test("hostile text in titles, notes, speakers and sources is shown as inert text", async ({
  page,
  browser,
  baseURL,
}) => {
  // An editor's session, calling the same endpoints the studio uses.
  const studio = await studioCaller(browser, baseURL!, "editor", "10.70.0.1");
  const call = studio.call;

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
    { name: HOSTILE_SPEAKER, type: "person", description: "<b>bold?</b>" },
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
  await studio.close();

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
  // Before the reader script runs a click follows the link to the note (the no-JavaScript path).
  await page.waitForLoadState("networkidle");
  await page.getByRole("link", { name: /^Official claim 1/ }).click();
  const details = page.getByRole("dialog", { name: "Annotation details" });
  await expect(details).toContainText('<script>alert("note")</script>');
  await expect(details).toContainText(`attributed to ${HOSTILE_SPEAKER}`);
  await expect(
    details.getByRole("link", { name: '<script>alert("source")</script>' }),
  ).toHaveAttribute("href", "https://ok.example/report");
  await expect(
    details.getByRole("link", { name: '<script>alert("source")</script>' }),
  ).toHaveAttribute("rel", "nofollow");

  await expectNothingInjected(page);
  // The speaker's own page, reached as a reader would, from "Who said what".
  await page.keyboard.press("Escape");
  await page
    .getByRole("region", { name: "Who said what" })
    .getByRole("link", { name: /onerror/ })
    .click();
  await expect(page).toHaveURL(/\/speakers\//);
  await expectSpeakerPage(page, title);

  // The home page lists the article under its hostile title, as text.
  await page.goto("/");
  const listed = page
    .getByRole("list", { name: "Published articles" })
    .getByRole("link", { name: title, exact: true });
  await expect(listed).toHaveText(title);
  await expectNothingInjected(page);

  // The speaker list shows the hostile name as text, and leads to the same page.
  await page.goto("/speakers");
  await page.getByLabel("Search speakers").fill("onerror");
  await page.getByRole("button", { name: "Search" }).click();
  const speakers = page.getByRole("list", { name: "Speakers" });
  await expect(speakers.getByRole("link")).toHaveCount(1);
  await expect(speakers.getByRole("link")).toHaveText(HOSTILE_SPEAKER);
  await expectNothingInjected(page);
  await speakers.getByRole("link").click();
  await expectSpeakerPage(page, title);

  expect(dialogs).toBe(0);
});

async function expectSpeakerPage(page: Page, articleTitle: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOSTILE_SPEAKER);
  await expect(page.getByRole("main")).toContainText("<b>bold?</b>");
  // The annotation is listed with its article's hostile title, as text.
  await expect(page.getByRole("link", { name: articleTitle, exact: true })).toHaveText(
    articleTitle,
  );
  await expectNothingInjected(page);
}

/** No element, handler or link that hostile text could have smuggled in. */
async function expectNothingInjected(page: Page) {
  await page.waitForLoadState("networkidle");
  const injected = await page.evaluate(() => ({
    images: document.images.length,
    handlers: document.querySelectorAll("[onerror],[onclick],[onload]").length,
    unsafeLinks: [...document.links].filter((a) => !/^https?:/.test(a.href)).length,
  }));
  expect(injected).toEqual({ images: 0, handlers: 0, unsafeLinks: 0 });
}
