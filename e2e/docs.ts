/**
 * A one-paragraph article document as the editor sends it: each annotation's quote as an
 * official-claim span, then the text.
 */
export const docWith = (text: string, annotations: { id: string; quote: string }[]) => ({
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: annotations.length
        ? [
            ...annotations.map((a) => ({
              type: "text",
              text: a.quote,
              marks: [{ type: "annotation", attrs: { id: a.id, kind: "official_claim" } }],
            })),
            { type: "text", text: ` ${text}` },
          ]
        : [{ type: "text", text }],
    },
  ],
});
