// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
// The pages link a stylesheet, which happy-dom does not load: count that as loaded, quietly.
import { describe, expect, it } from "vitest";
import type { PublishedArticleCard } from "@/db/queries/reader";
import type { PublicSpeakerAnnotation, PublicSpeakerSummary } from "@/db/queries/speakers-public";
import { homeDocument } from "./home-page";
import { html } from "./html";
import { readerDocument } from "./page-shell";
import { paginationHtml } from "./pagination";
import { type SpeakerAnnotationsPage, speakerDocument } from "./speaker-page";
import { type SpeakerListPage, speakersDocument } from "./speakers-page";

const HOSTILE = `<img src=x onerror="alert('x')"><script>alert(1)</script>`;
const ASSETS = { css: "/r/reader.css", js: "/r/reader.js" };
const BASE = new URL("https://news.example/");
const PUBLISHED = new Date("2026-05-03T10:00:00Z");

/** A rendered page as the browser would read it. */
function page(markup: string): Document {
  return new DOMParser().parseFromString(markup, "text/html");
}

/** The page's own content: the shell's header and head have their own links and script. */
function main(doc: Document): HTMLElement {
  return doc.querySelector("main")!;
}

function head(doc: Document, selector: string, attribute: string): string | null {
  return doc.head.querySelector(selector)?.getAttribute(attribute) ?? null;
}

function card(extra: Partial<PublishedArticleCard> = {}): PublishedArticleCard {
  return {
    slug: "budget-vote",
    title: "Council passes the budget",
    publishedAt: PUBLISHED,
    counts: { official_claim: 6, allegation: 1, verified_fact: 0 },
    description: "The council voted on Tuesday…",
    ...extra,
  };
}

function speaker(extra: Partial<PublicSpeakerSummary> = {}): PublicSpeakerSummary {
  return {
    slug: "ilse-marrow",
    name: "Ilse Marrow",
    type: "person",
    description: "Mayor",
    counts: { official_claim: 2, allegation: 1, verified_fact: 0 },
    ...extra,
  };
}

function list(extra: Partial<SpeakerListPage> = {}): SpeakerListPage {
  return { query: "", page: 1, pages: 1, total: 1, speakers: [speaker()], ...extra };
}

function quote(extra: Partial<PublicSpeakerAnnotation> = {}): PublicSpeakerAnnotation {
  return {
    annotationId: "0b6f8a52-7c1e-4d3a-9a61-2f4c8e9d1b07",
    kind: "allegation",
    quote: "The contract was rigged.",
    cue: "claimed",
    articleSlug: "budget-vote",
    articleTitle: "Council passes the budget",
    publishedAt: PUBLISHED,
    ...extra,
  };
}

function speakerPage(extra: Partial<SpeakerAnnotationsPage> = {}): SpeakerAnnotationsPage {
  return {
    speaker: { slug: "ilse-marrow", name: "Ilse Marrow", type: "person", description: "Mayor" },
    total: 1,
    annotations: [quote()],
    page: 1,
    pages: 1,
    ...extra,
  };
}

describe("the home page", () => {
  it("links each article and counts every kind, with the page's metadata", () => {
    const doc = page(homeDocument([card()], ASSETS, BASE));
    expect(doc.title).toBe("Published articles · Claimmark");
    expect(head(doc, 'link[rel="canonical"]', "href")).toBe("https://news.example/");
    expect(head(doc, 'meta[property="og:type"]', "content")).toBe("website");
    const items = main(doc).querySelectorAll('ul[aria-label="Published articles"] > li');
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector("a")!.getAttribute("href")).toBe("/a/budget-vote");
    expect(items[0]!.textContent).toContain("6 official claims · 1 allegation · 0 verified facts");
    expect(items[0]!.querySelector("time")!.getAttribute("datetime")).toBe(PUBLISHED.toISOString());
  });

  it("shows hostile titles and descriptions as text", () => {
    const doc = page(homeDocument([card({ title: HOSTILE, description: HOSTILE })], ASSETS, BASE));
    expect(main(doc).querySelector("img, script")).toBeNull();
    expect(main(doc).querySelector("li a")!.textContent).toBe(HOSTILE);
  });

  it("says so when nothing is published", () => {
    const doc = page(homeDocument([], ASSETS, BASE));
    expect(main(doc).querySelector("ul")).toBeNull();
    expect(main(doc).textContent).toContain("Nothing has been published yet.");
  });
});

describe("the speaker list", () => {
  it("links each speaker with their type, description and counts per kind", () => {
    const doc = page(speakersDocument(list(), ASSETS, BASE));
    expect(doc.title).toBe("Speakers · Claimmark");
    expect(head(doc, 'link[rel="canonical"]', "href")).toBe("https://news.example/speakers");
    expect(head(doc, 'meta[name="robots"]', "content")).toBeNull();
    const item = main(doc).querySelector('ul[aria-label="Speakers"] > li')!;
    expect(item.querySelector("a")!.getAttribute("href")).toBe("/speakers/ilse-marrow");
    expect(item.textContent).toContain("Person · Mayor");
    expect(item.textContent).toContain("2 official claims, 1 allegation");
    expect(main(doc).textContent).toContain("1 speaker");
    expect(main(doc).querySelector('nav[aria-label="Pages"]')).toBeNull();
  });

  it("keeps a hostile search and name as text, and keeps search results out of indexes", () => {
    const doc = page(
      speakersDocument(
        list({ query: HOSTILE, speakers: [speaker({ name: HOSTILE })] }),
        ASSETS,
        BASE,
      ),
    );
    expect(doc.querySelector("img")).toBeNull();
    expect(doc.querySelectorAll("script")).toHaveLength(1);
    expect(doc.querySelector<HTMLInputElement>("#speaker-search")!.value).toBe(HOSTILE);
    expect(doc.title).toBe(`Speakers matching “${HOSTILE}” · Claimmark`);
    expect(main(doc).querySelector("li a")!.textContent).toBe(HOSTILE);
    expect(head(doc, 'meta[name="robots"]', "content")).toBe("noindex, follow");
    expect(head(doc, 'link[rel="canonical"]', "href")).toBe("https://news.example/speakers");
  });

  it("pages through the search it answered", () => {
    const doc = page(
      speakersDocument(list({ query: "a&b", page: 2, pages: 3, total: 70 }), ASSETS, BASE),
    );
    const nav = main(doc).querySelector('nav[aria-label="Pages"]')!;
    expect(nav.querySelector('a[rel="prev"]')!.getAttribute("href")).toBe("/speakers?q=a%26b");
    expect(nav.querySelector('a[rel="next"]')!.getAttribute("href")).toBe(
      "/speakers?q=a%26b&page=3",
    );
    expect(nav.textContent).toContain("Page 2 of 3");
    expect(main(doc).textContent).toContain("70 speakers matching “a&b”");
  });

  it("gives later pages their own title and canonical address", () => {
    const doc = page(speakersDocument(list({ page: 2, pages: 2, total: 31 }), ASSETS, BASE));
    expect(doc.title).toBe("Speakers, page 2 · Claimmark");
    expect(head(doc, 'link[rel="canonical"]', "href")).toBe("https://news.example/speakers?page=2");
  });

  it("says when nobody matches, nobody is quoted, or the page is past the end", () => {
    const none = main(
      page(speakersDocument(list({ query: "zz", total: 0, speakers: [] }), ASSETS, BASE)),
    );
    expect(none.textContent).toContain("No speakers match “zz”. Show all speakers");
    expect(none.querySelector("p a")!.getAttribute("href")).toBe("/speakers");
    const nobody = main(page(speakersDocument(list({ total: 0, speakers: [] }), ASSETS, BASE)));
    expect(nobody.textContent).toContain("Nobody has been quoted in a published article yet.");
    const past = main(
      page(speakersDocument(list({ query: "m", page: 9, speakers: [] }), ASSETS, BASE)),
    );
    expect(past.textContent).toContain("There is no page 9. Go to the first page");
    expect(past.querySelector("p a")!.getAttribute("href")).toBe("/speakers?q=m");
  });
});

describe("a speaker's page", () => {
  it("lists the annotations with their kind, quote, attribution and article link", () => {
    const doc = page(speakerDocument(speakerPage(), ASSETS, BASE));
    expect(doc.title).toBe("Ilse Marrow · Claimmark");
    expect(head(doc, 'meta[name="description"]', "content")).toBe(
      "Ilse Marrow, Mayor: 1 annotation in published articles, with what each one says.",
    );
    expect(head(doc, 'link[rel="canonical"]', "href")).toBe(
      "https://news.example/speakers/ilse-marrow",
    );
    expect(main(doc).querySelector("h1")!.textContent).toBe("Ilse Marrow");
    expect(main(doc).querySelector("h2")!.textContent).toBe("1 annotation in published articles");
    const list = main(doc).querySelector('ol[aria-labelledby="speaker-annotations"]')!;
    const item = list.querySelector("li")!;
    expect(item.textContent).toContain("Allegation");
    expect(item.querySelector("blockquote")!.textContent).toBe("The contract was rigged.");
    expect(item.textContent).toContain("Attribution: claimed");
    expect(item.querySelector("a")!.getAttribute("href")).toBe(
      "/a/budget-vote#annotation-0b6f8a52-7c1e-4d3a-9a61-2f4c8e9d1b07",
    );
  });

  it("shows hostile names, quotes, cues and titles as text", () => {
    const found = speakerPage({
      speaker: { slug: "x", name: HOSTILE, type: "organization", description: HOSTILE },
      annotations: [quote({ quote: HOSTILE, cue: HOSTILE, articleTitle: HOSTILE })],
    });
    const doc = page(speakerDocument(found, ASSETS, BASE));
    expect(doc.querySelector("img")).toBeNull();
    expect(doc.querySelectorAll("script")).toHaveLength(1);
    expect(main(doc).querySelector("h1")!.textContent).toBe(HOSTILE);
    expect(main(doc).querySelector("blockquote")!.textContent).toBe(HOSTILE);
    expect(head(doc, 'meta[property="og:title"]', "content")).toBe(HOSTILE);
  });

  it("pages through the annotations, with the page in the title and address", () => {
    const doc = page(speakerDocument(speakerPage({ total: 45, page: 2, pages: 3 }), ASSETS, BASE));
    expect(doc.title).toBe("Ilse Marrow, page 2 · Claimmark");
    expect(head(doc, 'link[rel="canonical"]', "href")).toBe(
      "https://news.example/speakers/ilse-marrow?page=2",
    );
    const nav = main(doc).querySelector('nav[aria-label="Pages"]')!;
    expect(nav.querySelector('a[rel="prev"]')!.getAttribute("href")).toBe("/speakers/ilse-marrow");
    expect(nav.querySelector('a[rel="next"]')!.getAttribute("href")).toBe(
      "/speakers/ilse-marrow?page=3",
    );
  });

  it("says when the page is past the end, and still offers the way back", () => {
    const doc = page(
      speakerDocument(speakerPage({ total: 3, page: 5, annotations: [] }), ASSETS, BASE),
    );
    expect(main(doc).querySelector("ol")).toBeNull();
    expect(main(doc).textContent).toContain("There is no page 5. Go to the first page");
  });
});

describe("structured data in the head", () => {
  const meta = {
    title: "Bridge",
    description: "About the bridge",
    canonical: "https://news.example/a/bridge",
    openGraphType: "article" as const,
  };

  it("is one JSON-LD block that reads back as written, even holding markup", () => {
    const data = { "@type": "ClaimReview", claimReviewed: `</script>${HOSTILE}<!--` };
    const doc = page(
      readerDocument({ ...meta, structuredData: JSON.stringify(data) }, ASSETS, html``),
    );
    const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    expect(JSON.parse(blocks[0]!.textContent!)).toEqual(data);
    // The reader's own script and the data block: nothing escaped into the page.
    expect(doc.querySelectorAll("script, img")).toHaveLength(2);
  });

  it("is left out when there is none", () => {
    const doc = page(readerDocument({ ...meta, structuredData: null }, ASSETS, html``));
    expect(doc.querySelector('script[type="application/ld+json"]')).toBeNull();
  });
});

describe("pagination", () => {
  const href = (n: number) => `/list?page=${n}`;

  it("is nothing for a single page", () => {
    expect(paginationHtml(1, 1, href)).toBe("");
  });

  it("has no Previous on the first page and no Next on the last", () => {
    const first = String(paginationHtml(1, 2, href));
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain('<a href="/list?page=2" rel="next"');
    const last = String(paginationHtml(2, 2, href));
    expect(last).toContain('<a href="/list?page=1" rel="prev"');
    expect(last).not.toContain('rel="next"');
  });
});
