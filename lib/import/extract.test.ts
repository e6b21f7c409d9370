import { describe, expect, it } from "vitest";
import type { JsonNode } from "@/lib/editor/document-rules";
import { parseDocument } from "@/lib/editor/schema";
import { extractArticle, publicationDate } from "./extract";
import { ImportRefusedError } from "./fetch-page";

const STORY_URL = "https://www.harbourgazette.example/news/2025/03/council-budget?utm=feed";

const NEWS_PAGE = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Council approves harbour budget after late-night vote | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="og:title" content="Council approves harbour budget after late-night vote | Harbour Gazette">
<meta property="article:published_time" content="2025-03-04T23:45:00-08:00">
<meta property="article:author" content="https://www.harbourgazette.example/staff/priya-raman">
<link rel="canonical" href="/news/2025/03/council-budget">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Gazette web"},
 {"@type":"NewsArticle","headline":"Council approves harbour budget","datePublished":"2025-03-05T07:45:00Z",
  "author":[{"@type":"Person","name":"Priya Raman"},{"@type":"Person","name":"Tom Elling"}],
  "publisher":{"@type":"Organization","name":"The Harbour Gazette Ltd"}}]}
</script>
<script>window.ads = [];</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></nav></header>
<div class="ad-banner">Advertisement: Buy a boat today, best prices in the harbour!</div>
<main><article>
<h1>Council approves harbour budget after late-night vote</h1>
<p class="dateline"><time datetime="2025-03-01">1 March</time></p>
<p>The city council approved a 40 million euro budget for the harbour on Tuesday, after a debate that lasted until past midnight and split the governing coalition.</p>
<p>Mayor Lena Hoff said the money would go to dredging, new quays and a ferry terminal, and that the works would begin in the autumn if the regional government agrees.</p>
<figure><img src="/img/harbour.jpg" alt="The harbour"><figcaption>The harbour at dawn. Photo: Gazette</figcaption></figure>
<p>Opposition councillors called the plan rushed, saying the costs of the ferry terminal alone had doubled since the first estimate, and asked for an independent review.</p>
</article>
<aside class="comments"><h3>Comments</h3><p>Great news! — Bob</p></aside></main>
<footer>© Harbour Gazette. <a href="/privacy">Privacy</a></footer>
</body></html>`;

function paragraphs(doc: unknown, type = "paragraph"): string[] {
  const found: string[] = [];
  const visit = (node: JsonNode) => {
    if (node.type === type) found.push((node.content ?? []).map((c) => c.text ?? "").join(""));
    else node.content?.forEach(visit);
  };
  visit(doc as JsonNode);
  return found;
}

function allMarks(doc: unknown): string[] {
  const found: string[] = [];
  const visit = (node: JsonNode) => {
    node.marks?.forEach((mark) => found.push(mark.type));
    node.content?.forEach(visit);
  };
  visit(doc as JsonNode);
  return found;
}

describe("extractArticle on a news page", () => {
  const article = extractArticle(NEWS_PAGE, STORY_URL);

  it("keeps the article's paragraphs and drops navigation, ads, images and comments", () => {
    expect(paragraphs(article.doc)).toEqual([
      "1 March",
      "The city council approved a 40 million euro budget for the harbour on Tuesday, after a debate that lasted until past midnight and split the governing coalition.",
      "Mayor Lena Hoff said the money would go to dredging, new quays and a ferry terminal, and that the works would begin in the autumn if the regional government agrees.",
      "Opposition councillors called the plan rushed, saying the costs of the ferry terminal alone had doubled since the first estimate, and asked for an independent review.",
    ]);
    const text = JSON.stringify(article.doc);
    for (const gone of ["Subscribe", "Advertisement", "Photo: Gazette", "Great news", "Privacy"]) {
      expect(text).not.toContain(gone);
    }
    expect(() => parseDocument(article.doc)).not.toThrow();
  });

  it("takes the title without the outlet's name, and not again as the first heading", () => {
    expect(article.title).toBe("Council approves harbour budget after late-night vote");
    expect(paragraphs(article.doc, "heading")).toEqual([]);
  });

  it("reads provenance from the meta tags first, then JSON-LD", () => {
    expect(article.provenance).toEqual({
      outlet: "Harbour Gazette",
      author: "Priya Raman, Tom Elling",
      date: "2025-03-04",
      url: "https://www.harbourgazette.example/news/2025/03/council-budget",
    });
  });
});

const LONG_PARAGRAPH =
  "Residents of the valley will have to take the long way round until June, the county said on Monday, because repairs to the old stone bridge have turned up more damage than expected.";

describe("extractArticle on a small outlet's page", () => {
  const page = `<html><head><title>Bridge closure extended until June - Valley Courier</title></head>
<body><div id="content"><div class="story">
<h2>Bridge closure extended until June</h2>
<p class="byline">By Maria Lopez</p>
<p>${LONG_PARAGRAPH}</p>
<p>${LONG_PARAGRAPH.replace("Residents", "Farmers")}</p>
</div></div></body></html>`;
  const article = extractArticle(page, "http://www.valleycourier.example/2025/bridge.html");

  it("finds the byline in the text, without its 'By'", () => {
    expect(article.provenance.author).toBe("Maria Lopez");
    expect(JSON.stringify(article.doc)).not.toContain("Maria Lopez");
  });

  it("names the outlet after the host and falls back to the page's address", () => {
    expect(article.provenance).toMatchObject({
      outlet: "valleycourier.example",
      date: null,
      url: "http://www.valleycourier.example/2025/bridge.html",
    });
    expect(article.title).toBe("Bridge closure extended until June");
    expect(paragraphs(article.doc)).toHaveLength(2);
  });
});

describe("extractArticle keeps the article's structure", () => {
  const page = `<html><head><title>Fact check: five claims about the port</title>
<meta property="og:site_name" content="Checkdesk"><meta name="author" content="Ana Silva">
<meta name="dc.date" content="2024-11-20"></head><body><article>
<h1>Fact check: five claims about the port</h1>
<p>We checked what was said in <b>Tuesday's</b> debate, with <i>sources</i> for each claim, because several of the numbers quoted did not match the public record.<br>  Read the <a href="/methods#port">method</a>, the <a href="https://data.example.org/port.csv">data</a>, or <a href="mailto:desk@checkdesk.example">write to us</a>.</p>
<h4>What was claimed</h4>
<ul><li>The port employs 12,000 people.</li><li>Traffic <em>doubled</em> since 2015.</li><li>  </li></ul>
<ol start="3"><li>Third claim.</li><li>Fourth claim.</li></ol>
<blockquote><p>"The port is the city's largest employer," the minister said, repeating a figure from a 2009 report that has since been revised downwards twice.</p></blockquote>
<table><tr><th>Claim</th><th>Verdict</th></tr><tr><td>12,000 jobs</td><td>False</td></tr></table>
<p>The harbour authority's own annual report lists 7,400 employees, a figure confirmed by the regional statistics office in its most recent survey of employers.</p>
</article></body></html>`;
  const article = extractArticle(page, "https://checkdesk.example/checks/port");
  const doc = article.doc as JsonNode;

  it("keeps headings (h4 as level 3), lists, quotes and cell text", () => {
    const types = doc.content!.map((block) => block.type);
    expect(types).toEqual([
      "paragraph",
      "heading",
      "bulletList",
      "orderedList",
      "blockquote",
      ...["paragraph", "paragraph", "paragraph", "paragraph"],
      "paragraph",
    ]);
    expect(doc.content![1]).toEqual({
      type: "heading",
      attrs: { level: 3 },
      content: [{ type: "text", text: "What was claimed" }],
    });
    expect(paragraphs(doc.content![2])).toEqual([
      "The port employs 12,000 people.",
      "Traffic doubled since 2015.",
    ]);
    expect(doc.content![3]!.attrs).toMatchObject({ start: 3 });
    expect(paragraphs(doc).slice(-5, -1)).toEqual(["Claim", "Verdict", "12,000 jobs", "False"]);
  });

  it("keeps bold, italic and line breaks, makes links absolute and drops other links", () => {
    const first = doc.content![0]!.content!;
    expect(first.find((node) => node.text === "Tuesday's")?.marks).toEqual([{ type: "bold" }]);
    expect(first.find((node) => node.text === "sources")?.marks).toEqual([{ type: "italic" }]);
    expect(first.some((node) => node.type === "hardBreak")).toBe(true);
    const links = first.flatMap((node) => node.marks ?? []).filter((m) => m.type === "link");
    expect(links.map((link) => link.attrs?.href)).toEqual([
      "https://checkdesk.example/methods#port",
      "https://data.example.org/port.csv",
    ]);
    expect(first.find((node) => node.text?.includes("write to us"))?.marks).toBeUndefined();
    const breakAt = first.findIndex((node) => node.type === "hardBreak");
    expect(first[breakAt + 1]!.text).toBe("Read the ");
    expect(() => parseDocument(doc)).not.toThrow();
  });

  it("reads a meta author and a Dublin Core date", () => {
    expect(article.provenance).toEqual({
      outlet: "Checkdesk",
      author: "Ana Silva",
      date: "2024-11-20",
      url: "https://checkdesk.example/checks/port",
    });
  });
});

describe("extractArticle on hostile pages", () => {
  const page = `<html><head><title>Ordinary story</title>
<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://safe.example/story">
<style>p { color: red }</style></head><body><article>
<p onclick="alert('click')" style="x">A perfectly ordinary first paragraph about the weather, which was mild for the season and pleasant for everyone who went out.</p>
<script>alert('inline')</script>
<p>Then a <span data-annotation-id="0b5c2a8e-4f3d-4c1b-9a7e-2d6f8e1c3b4a" data-kind="allegation" class="annotation">planted annotation</span> and a <a href="javascript:alert(2)">bad link</a> and a <a href=" JAVASCRIPT:alert(3)">shouted one</a> and <a href="data:text/html,hi">data</a>.</p>
<iframe src="https://evil.example/frame"></iframe>
<form action="/steal"><input name="password" value="hunter2"><button>Send</button></form>
<p>A closing paragraph long enough to count, so the page reads as an article and not as a stub, with a comma or two, for good measure.</p>
</article></body></html>`;
  const article = extractArticle(page, "https://safe.example/story?x=1");

  it("drops scripts, styles, frames, forms and unsafe links, and imports no annotation", () => {
    const text = JSON.stringify(article.doc);
    for (const gone of ["alert", "javascript", "JAVASCRIPT", "data:", "hunter2", "Send", "color"]) {
      expect(text).not.toContain(gone);
    }
    expect(allMarks(article.doc)).toEqual([]);
    expect(paragraphs(article.doc)[1]).toBe(
      "Then a planted annotation and a bad link and a shouted one and data.",
    );
    expect(() => parseDocument(article.doc)).not.toThrow();
  });

  it("takes og:url when the canonical link is no web address", () => {
    expect(article.provenance.url).toBe("https://safe.example/story");
  });

  it("flattens quotes nested deeper than the editor allows", () => {
    const text = `<p>${LONG_PARAGRAPH}</p>`;
    const nested = "<blockquote>".repeat(150) + text + "</blockquote>".repeat(150);
    const deep = extractArticle(
      `<html><body><article>${text}${nested}</article></body></html>`,
      "https://deep.example/",
    );
    expect(() => parseDocument(deep.doc)).not.toThrow();
    expect(paragraphs(deep.doc)).toEqual([LONG_PARAGRAPH, LONG_PARAGRAPH]);
  });

  it("titles an untitled page with its opening words", () => {
    const untitled = `<html><body><article><p>${LONG_PARAGRAPH}</p></article></body></html>`;
    expect(extractArticle(untitled, "https://untitled.example/").title).toBe(
      LONG_PARAGRAPH.slice(0, 120).trim(),
    );
  });

  it("caps the title and the outlet", () => {
    const long = `<html><head><title>${"Very long title ".repeat(40)}</title>
<meta property="og:site_name" content="${"Outlet ".repeat(60)}"></head><body><article><p>${LONG_PARAGRAPH}</p></article></body></html>`;
    const capped = extractArticle(long, "https://long.example/");
    expect(capped.title.length).toBeLessThanOrEqual(300);
    expect(capped.title.startsWith("Very long title Very")).toBe(true);
    expect(capped.provenance.outlet.length).toBeLessThanOrEqual(200);
  });
});

describe("extractArticle refuses pages without an article", () => {
  it.each([
    ["an empty page", "<html><head><title>Nothing</title></head><body></body></html>"],
    ["a page of images", '<html><body><img src="a.png"><img src="b.png"></body></html>'],
    ["no HTML at all", ""],
  ])("%s", (_, html) => {
    let error: unknown;
    try {
      extractArticle(html, "https://empty.example/");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as ImportRefusedError).reason).toBe("no_article");
    expect((error as ImportRefusedError).message).toMatch(/^Claimmark found no article text/);
  });
});

describe("publicationDate", () => {
  const today = new Date("2025-06-10T12:00:00Z");

  it("takes the date as written, whatever the time zone", () => {
    expect(publicationDate("2025-03-04T23:45:00-08:00", today)).toBe("2025-03-04");
    expect(publicationDate("2025-03-05T00:30:00+14:00", today)).toBe("2025-03-05");
    expect(publicationDate(" 2025-03-05 ", today)).toBe("2025-03-05");
  });

  it("ignores dates that do not exist, cannot be read or lie beyond tomorrow", () => {
    expect(publicationDate("2025-02-30", today)).toBeNull();
    expect(publicationDate("March 5, 2025", today)).toBeNull();
    expect(publicationDate("2025-3-5", today)).toBeNull();
    expect(publicationDate("2025-06-11", today)).toBe("2025-06-11");
    expect(publicationDate("2025-06-12", today)).toBeNull();
  });

  it("falls back to the next source when one cannot be read", () => {
    const page = `<html><head><meta property="article:published_time" content="yesterday">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-31"}</script>
<script type="application/ld+json">{ broken json</script></head>
<body><article><p>${LONG_PARAGRAPH}</p></article></body></html>`;
    expect(extractArticle(page, "https://dates.example/").provenance.date).toBe("2024-01-31");
  });

  it("reads a <time> in the article when the page states no date", () => {
    const page = `<html><body><article><p><time datetime="2023-12-24T18:00">Sunday</time></p>
<p>${LONG_PARAGRAPH}</p></article></body></html>`;
    expect(extractArticle(page, "https://dates.example/").provenance.date).toBe("2023-12-24");
  });
});
