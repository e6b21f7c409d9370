import { isHttpUrl } from "@/lib/text/urls";

/** What a page says about itself in meta tags and JSON-LD, read before Readability edits it. */
export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  authors: string[];
  /** Candidate publication dates in order of trust, as written (not yet checked). */
  dates: string[];
  canonicalUrl: string | null;
  pageTitle: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

function clean(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim();
  return text || null;
}

/** meta tags by lower-cased property, name or itemprop; the first of each wins. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll("meta"))) {
    const content = clean(meta.getAttribute("content"));
    if (!content) continue;
    for (const attribute of ["property", "name", "itemprop"]) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every object in every JSON-LD block, with @graph lists opened; broken JSON is skipped. */
function jsonLdObjects(document: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (const script of Array.from(scripts)) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const pending = [data];
    while (pending.length > 0 && found.length < 100) {
      const item = pending.shift();
      if (Array.isArray(item)) pending.push(...item);
      else if (isObject(item)) {
        found.push(item);
        if (Array.isArray(item["@graph"])) pending.push(...item["@graph"]);
      }
    }
  }
  return found;
}

function types(item: JsonObject): string[] {
  const type = item["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((entry) => (isObject(entry) ? clean(entry.name) : clean(entry)))
    .filter((name): name is string => name !== null && !isHttpUrl(name));
}

function httpAddress(value: string | null | undefined, pageUrl: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), pageUrl);
    return isHttpUrl(url.href) ? url.href : null;
  } catch {
    return null;
  }
}

export function readPageMetadata(document: Document, pageUrl: string): PageMetadata {
  const meta = metaTags(document);
  const objects = jsonLdObjects(document);
  const article = objects.find((item) => types(item).some((type) => ARTICLE_TYPE.test(type)));
  const publisher = article && isObject(article.publisher) ? article.publisher : undefined;

  const jsonLdAuthors = article ? names(article.author) : [];
  // article:author is often a profile address rather than a name; names() skips those.
  const metaAuthor = names([meta.get("author"), meta.get("article:author")])[0];
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute("href");

  return {
    title: meta.get("og:title") ?? clean(article?.headline) ?? null,
    outlet: meta.get("og:site_name") ?? clean(publisher?.name) ?? null,
    authors: jsonLdAuthors.length > 0 ? jsonLdAuthors : metaAuthor ? [metaAuthor] : [],
    dates: [
      meta.get("article:published_time"),
      clean(article?.datePublished),
      meta.get("date"),
      meta.get("dc.date"),
      meta.get("dc.date.issued"),
      meta.get("dcterms.date"),
    ].filter((value): value is string => Boolean(value)),
    canonicalUrl: httpAddress(canonical, pageUrl) ?? httpAddress(meta.get("og:url"), pageUrl),
    pageTitle: clean(document.querySelector("title")?.textContent),
  };
}
