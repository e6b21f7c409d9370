import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { InvalidDocumentError, parseDocument } from "@/lib/editor/schema";
import type { JsonNode } from "@/lib/editor/document-rules";
import { htmlToDoc } from "./html-to-doc";
import { ImportRefusedError } from "./import-refused";
import { readPageMetadata } from "./page-metadata";

export interface ExtractedArticle {
  /** Trimmed, at most 300 characters; the text's opening words when the page has no title. */
  title: string;
  /** Tiptap JSON in the editor schema; parseDocument() accepts it. */
  doc: unknown;
  provenance: {
    outlet: string;
    author: string;
    /** YYYY-MM-DD, as the page writes it. */
    date: string | null;
    url: string | null;
  };
}

const MAX_TITLE = 300;
const MAX_NAME = 200;

function capped(text: string, max: number): string {
  return Array.from(text.trim()).slice(0, max).join("").trim();
}

function blockText(node: JsonNode): string {
  return node.text ?? (node.content ?? []).map(blockText).join("");
}

/**
 * The calendar date at the start of an ISO value ("2024-03-05T23:30:00-08:00" is 5 March, the
 * day the outlet wrote), or null when it is no real date or lies beyond tomorrow.
 */
export function publicationDate(value: string, today: Date = new Date()): string | null {
  const match = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1800) return null;
  const tomorrow = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1);
  return date.getTime() <= tomorrow ? match[0].slice(0, 10) : null;
}

function outletFromHost(pageUrl: string): string {
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

/** "Storm hits coast | The Daily Bugle" → "Storm hits coast", when the outlet is the Bugle. */
function withoutOutletSuffix(title: string, outlet: string): string {
  if (!outlet) return title;
  for (const separator of [" | ", " - ", " – ", " — ", " · "]) {
    const at = title.lastIndexOf(separator);
    if (at <= 0) continue;
    const suffix = title.slice(at + separator.length).trim();
    if (suffix.toLowerCase() === outlet.toLowerCase()) return title.slice(0, at).trim();
  }
  return title;
}

function notAnArticle(): ImportRefusedError {
  return new ImportRefusedError(
    "no_article",
    "Claimmark found no article text on that page. Check that the address opens the article itself, not a home page, search or login page.",
  );
}

/**
 * The article in a fetched page: its text in the editor schema, its title, and where it comes
 * from. Throws ImportRefusedError (reason "no_article") when the page has nothing readable.
 */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const page = document as unknown as Document;
  // Readability rewrites the document as it goes: what the head says is read first.
  const metadata = readPageMetadata(page, pageUrl);
  let readable: ReturnType<Readability<Element>["parse"]>;
  try {
    readable = new Readability<Element>(page, { serializer: (node) => node as Element }).parse();
  } catch {
    // Readability refuses documents without a root element, such as an empty answer.
    throw notAnArticle();
  }
  const content = readable?.content;
  if (!readable || !content) throw notAnArticle();

  const timeInArticle = content.querySelector("time[datetime]")?.getAttribute("datetime");
  const dates = [...metadata.dates, ...(timeInArticle ? [timeInArticle] : [])];
  const outlet = capped(
    metadata.outlet || readable.siteName?.trim() || outletFromHost(pageUrl),
    MAX_NAME,
  );
  const byline = readable.byline?.trim().replace(/^by\s+/i, "") ?? "";
  const author = capped(metadata.authors.length ? metadata.authors.join(", ") : byline, MAX_NAME);
  const rawTitle = metadata.title || readable.title?.trim() || metadata.pageTitle || "";
  let title = capped(withoutOutletSuffix(rawTitle.replace(/\s+/g, " "), outlet), MAX_TITLE);

  const doc = htmlToDoc(content, pageUrl);
  const blocks = doc.content ?? [];
  // The title is kept apart; the same words again as the first heading would repeat it.
  if (blocks[0]?.type === "heading" && blockText(blocks[0]) === title) blocks.shift();
  // Readability sometimes names the byline but leaves it in the text: it is provenance.
  const bylineAt = blocks.findIndex((block) => /^by\s/i.test(blockText(block)));
  if (byline && bylineAt >= 0 && bylineAt < 3 && blockText(blocks[bylineAt]!).endsWith(byline)) {
    blocks.splice(bylineAt, 1);
  }
  if (!blocks.some((block) => blockText(block).trim())) throw notAnArticle();
  // A page without any title still needs one to be listed by: its opening words.
  title ||= capped(blockText(blocks[0]!), 120);
  try {
    parseDocument(doc);
  } catch (error) {
    if (error instanceof InvalidDocumentError) {
      throw new ImportRefusedError(
        "no_article",
        `Claimmark could not turn that page's text into an article: ${error.message}`,
      );
    }
    throw error;
  }

  return {
    title,
    doc,
    provenance: {
      outlet,
      author,
      date: dates.map((value) => publicationDate(value)).find((date) => date !== null) ?? null,
      url: metadata.canonicalUrl ?? pageUrl,
    },
  };
}
