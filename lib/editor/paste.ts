import { Fragment, type Schema, Slice } from "@tiptap/pm/model";

/**
 * Pasted plain text: one paragraph per blank-line-separated block. Single line breaks inside
 * a block are the hard wraps of e-mails and PDFs, so they become spaces.
 */
export function plainTextToSlice(text: string, schema: Schema): Slice {
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
  const paragraphs = blocks.map((block) =>
    schema.nodes.paragraph!.create(null, schema.text(block)),
  );
  return paragraphs.length ? new Slice(Fragment.from(paragraphs), 1, 1) : Slice.empty;
}
