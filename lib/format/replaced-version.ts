import { plainText } from "@/lib/editor/anchors";
import { parseDocument } from "@/lib/editor/schema";

export interface ReplacedVersion {
  version: number | null;
  title: string;
  text: string;
}

/**
 * The title and text a document save replaced, when the save kept them (another person's
 * version: see saveArticleDocument). Plain text with a blank line between paragraphs, which
 * is how the editor splits it again when it is pasted back.
 */
export function replacedVersion(before: unknown): ReplacedVersion | null {
  if (!before || typeof before !== "object" || !("doc" in before)) return null;
  const { doc, title, version } = before as Record<string, unknown>;
  let text: string;
  try {
    text = plainText(parseDocument(doc));
  } catch {
    // Written under an older schema: the words are still in the JSON, so show that.
    text = JSON.stringify(doc, null, 2);
  }
  return {
    version: typeof version === "number" ? version : null,
    title: typeof title === "string" ? title : "",
    text,
  };
}
