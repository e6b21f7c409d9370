import { getSchema } from "@tiptap/core";
import type { Node as PMNode, Schema } from "@tiptap/pm/model";
import { inspectDocument } from "./document-rules";
import { createExtensions } from "./extensions";

let cached: Schema | undefined;

export function editorSchema(): Schema {
  cached ??= getSchema(createExtensions());
  return cached;
}

export class InvalidDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidDocumentError";
  }
}

/**
 * Parses Tiptap JSON sent to the server against the shared schema and the attribute rules;
 * throws InvalidDocumentError, saying what to fix, when it does not fit.
 */
export function parseDocument(json: unknown): PMNode {
  const { clean, problems } = inspectDocument(json, editorSchema());
  if (problems.length > 0) throw new InvalidDocumentError(problems[0]!);
  try {
    const doc = editorSchema().nodeFromJSON(clean);
    doc.check();
    return doc;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidDocumentError(`The document is not valid: ${reason}`);
  }
}

/**
 * A stored document as far as it is safe to show: whatever breaks the rules is left out rather
 * than failing the page. For documents saved before a rule existed; new saves go through
 * parseDocument and are refused instead.
 */
export function readStoredDocument(json: unknown): PMNode {
  const schema = editorSchema();
  try {
    return schema.nodeFromJSON(inspectDocument(json, schema).clean);
  } catch {
    return schema.nodeFromJSON({ type: "doc", content: [{ type: "paragraph" }] });
  }
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
