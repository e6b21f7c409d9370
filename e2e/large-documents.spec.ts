import { expect, test } from "./fixtures";
import { formData, studioCaller } from "./server-actions";

const EDITOR = "app/(studio)/studio/articles/[id]/actions.ts";

/** A document of `paragraphs` paragraphs of about 1,000 characters each. */
function longDoc(paragraphs: number) {
  const sentence = "The council met on Monday and discussed the footbridge again at length. ";
  const text = sentence.repeat(Math.ceil(1000 / sentence.length));
  return {
    type: "doc",
    content: Array.from({ length: paragraphs }, (_, i) => ({
      type: "paragraph",
      content: [{ type: "text", text: `${i + 1}. ${text}` }],
    })),
  };
}

test("a document over 1 MB but within the article limit saves through the real server action; a longer one is refused saying what to do", async ({
  browser,
  baseURL,
}) => {
  const studio = await studioCaller(browser, baseURL!, "editor", "10.71.0.1");
  const { redirect } = await studio.call("app/(studio)/studio/actions.ts#createArticleAction", [
    null,
    formData({}),
  ]);
  const articleId = redirect!.split("/").at(-1)!;

  const large = longDoc(1_300);
  expect(JSON.stringify(large).length).toBeGreaterThan(1_200_000);
  const saved = await studio.call(`${EDITOR}#saveDocumentAction`, [
    { articleId, baseVersion: 1, title: "A long report", doc: large },
  ]);
  expect(saved.result).toMatchObject({ ok: true, data: { version: 2 } });

  const tooLarge = longDoc(2_100);
  const refused = await studio.call(`${EDITOR}#saveDocumentAction`, [
    { articleId, baseVersion: 2, title: "A long report", doc: tooLarge },
  ]);
  expect(refused.result).toMatchObject({
    ok: false,
    code: "invalid_input",
    error: expect.stringMatching(/too long to save\. Split it into two articles/),
  });
  await studio.close();
});
