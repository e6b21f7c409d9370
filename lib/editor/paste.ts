import { Fragment, type Node as PMNode, type Schema, Slice } from "@tiptap/pm/model";
import { editorSchema } from "./schema";

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

/** A whole document of pasted plain text, split into paragraphs the way a paste splits it. */
export function plainTextToDoc(text: string): PMNode {
  const schema = editorSchema();
  const { content } = plainTextToSlice(text, schema);
  return schema.nodes.doc!.create(null, content.size ? content : schema.nodes.paragraph!.create());
}
