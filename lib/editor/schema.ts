import { getSchema } from "@tiptap/core";
import type { Node as PMNode, Schema } from "@tiptap/pm/model";
import { createExtensions, isHttpUrl } from "./extensions";

let cached: Schema | undefined;

export function editorSchema(): Schema {
  cached ??= getSchema(createExtensions());
  return cached;
}

export class InvalidDocumentError extends Error {
  constructor(reason: string) {
    super(`The document is not valid: ${reason}`);
    this.name = "InvalidDocumentError";
  }
}

/** Parses Tiptap JSON against the shared schema; throws InvalidDocumentError when it does not fit. */
export function parseDocument(json: unknown): PMNode {
  let doc: PMNode;
  try {
    doc = editorSchema().nodeFromJSON(json);
    doc.check();
  } catch (error) {
    throw new InvalidDocumentError(error instanceof Error ? error.message : String(error));
  }
  doc.descendants((node) => {
    for (const mark of node.marks) {
      if (mark.type.name === "link" && !isHttpUrl(String(mark.attrs.href ?? ""))) {
        throw new InvalidDocumentError("links must be http or https");
      }
    }
  });
  return doc;
}

/**
 * Whether two stored documents say the same thing. Their JSON cannot be compared as text: the
 * database returns jsonb with its keys in its own order.
 */
export function sameDocument(a: unknown, b: unknown): boolean {
  try {
    return parseDocument(a).eq(parseDocument(b));
  } catch {
    return false;
  }
}
