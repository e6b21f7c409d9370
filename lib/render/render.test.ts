// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { AnnotationKind } from "@/db/enums";
import { editorSchema, readStoredDocument } from "@/lib/editor/schema";
import { articleBodyHtml } from "./document";
import { html, SafeHtml } from "./html";
import { notesHtml, whoSaidWhatHtml } from "./notes";
import type { ReaderAnnotation } from "./reader-model";

const HOSTILE = `<img src=x onerror="alert('x')"><script>alert(1)</script>`;

function annotation(
  id: string,
  kind: AnnotationKind,
  number: number,
  length: number,
  extra: Partial<ReaderAnnotation> = {},
): ReaderAnnotation {
  return {
    id,
    number,
    kind,
    quote: `quote ${id}`,
    cue: "",
    note: "",
    length,
    speaker: null,
    unattributed: false,
    verdict: null,
    conclusion: "",
    sources: [],
    ...extra,
  };
}

const mark = (id: string, kind: AnnotationKind = "official_claim") => ({
  type: "annotation",
  attrs: { id, kind },
});
const paragraph = (...content: object[]) => ({ type: "paragraph", content });
const text = (value: string, ...marks: object[]) => ({
  type: "text",
  text: value,
  ...(marks.length ? { marks } : {}),
});
const doc = (...content: object[]) => ({ type: "doc", content });
/** A document built by the schema alone, without the save's rules (these ids are not uuids). */
const built = (json: object) => editorSchema().nodeFromJSON(json);

/** The rendered markup as a DOM, to ask it questions the way a browser would see it. */
function dom(markup: SafeHtml): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML = markup.value;
  return host;
}

/**
 * A link's accessible name as a browser computes it from aria-labelledby: the text of each
 * element named, the link itself by its content.
 */
function accessibleName(link: Element): string {
  const root = link.getRootNode() as ParentNode;
  return link
    .getAttribute("aria-labelledby")!
    .split(" ")
    .map((id) => root.querySelector(`[id="${id}"]`)!.textContent)
    .join(" ");
}

/** The article body and its notes in one DOM, as on the page. */
function page(body: SafeHtml, annotations: ReaderAnnotation[]): HTMLElement {
  return dom(html`${body}${notesHtml(annotations)}`);
}

describe("the html tag", () => {
  it("escapes interpolated strings in text and in attributes", () => {
    const out = html`<p title="${'"><b>'}">${HOSTILE}</p>`.value;
    expect(out).toBe(
      '<p title="&quot;&gt;&lt;b&gt;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it("keeps markup made by the tag, joins arrays and drops empty values", () => {
    const items = ["a<", "b"].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe(
      "<ul><li>a&lt;</li><li>b</li></ul>0",
    );
  });
});

describe("the article body", () => {
  it("renders hostile text as text", () => {
    const body = dom(articleBodyHtml(built(doc(paragraph(text(HOSTILE)))), []));
    expect(body.querySelector("img, script")).toBeNull();
    expect(body.textContent).toBe(HOSTILE);
  });

  it("gives each annotation one keyboard-reachable link named by its kind and speaker", () => {
    const a = annotation("a", "allegation", 1, 12, {
      speaker: { id: "s", slug: "mayor", name: "The Mayor", type: "person", description: "" },
      quote: "took bribes",
    });
    const body = articleBodyHtml(
      built(doc(paragraph(text("She "), text("took bribes", mark("a", "allegation"))))),
      [a],
    );
    const link = page(body, [a]).querySelector(".reader-text a")!;
    expect(link.getAttribute("href")).toBe("#n1");
    expect(link.id).toBe("1");
    expect(link.getAttribute("data-kind")).toBe("allegation");
    expect(accessibleName(link)).toBe("Allegation 1, attributed to The Mayor took bribes");
  });

  it("names an annotation with no named source as such", () => {
    const a = annotation("a", "allegation", 1, 12, { unattributed: true, quote: "took bribes" });
    const body = articleBodyHtml(
      built(doc(paragraph(text("She "), text("took bribes", mark("a", "allegation"))))),
      [a],
    );
    expect(accessibleName(page(body, [a]).querySelector(".reader-text a")!)).toBe(
      "Allegation 1, no named source took bribes",
    );
  });

  it("writes each annotation's details once: the span carries no quote, speaker or note", () => {
    const a = annotation("a", "official_claim", 1, 11, {
      speaker: { id: "s", slug: "mayor", name: "The Mayor", type: "person", description: "" },
      quote: "took bribes",
      note: "Checked against the register",
    });
    const body = articleBodyHtml(
      built(doc(paragraph(text("She "), text("took bribes", mark("a"))))),
      [a],
    ).value;
    expect(body).not.toContain("The Mayor");
    expect(body).not.toContain("register");
    expect(body.split("took bribes")).toHaveLength(2);
    const notes = notesHtml([a]).value;
    expect(notes).not.toContain("took bribes");
    expect(notes.split("The Mayor")).toHaveLength(2);
  });

  it("renders nested and overlapping spans as flat fragments, the innermost on top", () => {
    // outer covers "The bridge closed", inner covers "bridge", cross overlaps "closed on 3 May".
    const source = doc(
      paragraph(
        text("The ", mark("outer")),
        text("bridge", mark("outer"), mark("inner", "verified_fact")),
        text(" ", mark("outer")),
        text("closed", mark("outer"), mark("cross", "allegation")),
        text(" on 3 May", mark("cross", "allegation")),
      ),
    );
    const annotations = [
      annotation("outer", "official_claim", 1, 17),
      annotation("inner", "verified_fact", 2, 6),
      annotation("cross", "allegation", 3, 15),
    ];
    const body = dom(articleBodyHtml(built(source), annotations));
    const links = [...body.querySelectorAll<HTMLAnchorElement>("a[data-kind]")];
    expect(links.map((l) => [l.id, l.dataset.kind, l.textContent])).toEqual([
      ["1", "official_claim", "The "],
      ["2", "verified_fact", "bridge"],
      ["3", "allegation", "closed"],
    ]);
    const bridge = links[1]!;
    expect(bridge.parentElement!.getAttribute("data-kind")).toBe("official_claim");
    expect(bridge.parentElement!.hasAttribute("data-innermost")).toBe(false);
    // "closed" again outside its link: the allegation's other fragment keeps the underline.
    const rest = [...body.querySelectorAll("span[data-innermost]")];
    expect(rest.map((span) => [span.getAttribute("data-kind"), span.textContent])).toEqual([
      ["official_claim", " "],
      ["allegation", " on 3 May"],
    ]);
    expect(body.textContent).toBe("The bridge closed on 3 May");
  });

  it("gives a wholly covered annotation a numbered marker after its last piece", () => {
    // Two annotations on exactly the same words: the later one is innermost and takes the link.
    const source = doc(
      paragraph(text("Both ", mark("first", "allegation"), mark("second")), text("rest")),
    );
    const annotations = [
      annotation("first", "allegation", 1, 5),
      annotation("second", "official_claim", 2, 5),
    ];
    const body = page(articleBodyHtml(built(source), annotations), annotations);
    const [link, marker] = [...body.querySelectorAll(".reader-text a")];
    expect(link!.id).toBe("2");
    expect(marker!.classList.contains("annotation-marker")).toBe(true);
    expect(marker!.id).toBe("1");
    expect(marker!.textContent).toBe("1");
    expect(accessibleName(marker!)).toBe("Allegation 1");
    expect(marker!.previousElementSibling!.getAttribute("data-kind")).toBe("allegation");
  });

  it("never renders a link that is not http(s), even from a stored document", () => {
    // parseDocument refuses such links; a document built without it must still render inertly.
    const unchecked = editorSchema().nodeFromJSON(
      doc(
        paragraph(
          text("bad", { type: "link", attrs: { href: "javascript:alert(1)" } }),
          text(" data", { type: "link", attrs: { href: "data:text/html,<script>x</script>" } }),
          text(" good", { type: "link", attrs: { href: "https://example.org/?a=1&b=2" } }),
        ),
      ),
    );
    const body = dom(articleBodyHtml(unchecked, []));
    const links = [...body.querySelectorAll("a")];
    expect(links.map((l) => l.getAttribute("href"))).toEqual(["https://example.org/?a=1&b=2"]);
    expect(links[0]!.getAttribute("rel")).toBe("noopener noreferrer nofollow");
    expect(body.textContent).toBe("bad data good");
  });

  it("renders what is safe of a stored document that breaks the rules, instead of failing", () => {
    // Saved before the rules existed: a hostile list start, a link with extra attributes and
    // nesting far deeper than the editor allows.
    let deep: object = paragraph(text("deep"));
    for (let i = 0; i < 5_000; i++) deep = { type: "blockquote", content: [deep] };
    const stored = doc(
      {
        type: "orderedList",
        attrs: { start: { toString: "x" } },
        content: [{ type: "listItem", content: [paragraph(text("First"))] }],
      },
      paragraph(
        text("link", {
          type: "link",
          attrs: { href: "https://example.org/", target: "_blank", rel: "opener" },
        }),
      ),
      deep,
    );
    const body = articleBodyHtml(readStoredDocument(stored), []).value;
    expect(body).toContain("<ol><li><p>First</p></li></ol>");
    expect(body).toContain(
      '<a href="https://example.org/" rel="noopener noreferrer nofollow">link</a>',
    );
    expect(body).not.toContain("target");
  });

  it("keeps headings, lists and a numbered list's start", () => {
    const source = doc(
      { type: "heading", attrs: { level: 2 }, content: [text("Timeline")] },
      {
        type: "orderedList",
        attrs: { start: 3 },
        content: [{ type: "listItem", content: [paragraph(text("Third"))] }],
      },
      { type: "blockquote", content: [paragraph(text("Quoted"), { type: "hardBreak" })] },
    );
    expect(articleBodyHtml(built(source), []).value).toBe(
      '<div class="article-text reader-text"><h2>Timeline</h2><ol start="3"><li><p>Third</p></li></ol><blockquote><p>Quoted<br /></p></blockquote></div>',
    );
  });
});

describe("notes and who said what", () => {
  const hostile = annotation("h", "verified_fact", 1, 5, {
    quote: HOSTILE,
    cue: HOSTILE,
    note: HOSTILE,
    speaker: { id: "s", slug: "x-y", name: HOSTILE, type: "person", description: HOSTILE },
    sources: [
      {
        id: "1",
        url: "javascript:alert(1)",
        title: HOSTILE,
        publisher: HOSTILE,
        publishedAt: "2026-05-03",
        archivedUrl: "data:text/html,hi",
        kind: "document",
        relation: "supports",
        excerpt: "",
      },
      {
        id: "2",
        url: "https://example.org/report",
        title: "Report",
        publisher: "",
        publishedAt: null,
        archivedUrl: "https://archive.example/report",
        kind: "document",
        relation: "contradicts",
        excerpt: "",
      },
    ],
  });

  it("escape every user-entered string and link only http(s) addresses", () => {
    const notes = dom(notesHtml([hostile]));
    const who = dom(whoSaidWhatHtml([hostile]));
    for (const root of [notes, who]) {
      expect(root.querySelector("img, script")).toBeNull();
      for (const link of root.querySelectorAll("a")) {
        expect(link.getAttribute("href")).toMatch(/^(#|\/speakers\/|https:\/\/)/);
      }
    }
    expect(notes.textContent).toContain(`Verified fact 1, attributed to ${HOSTILE}`);
    expect(notes.textContent).toContain(`“${HOSTILE}” · ${HOSTILE}`);
    expect(notes.textContent).toContain(`Supports: ${HOSTILE} · ${HOSTILE} · 3 May 2026`);
    expect(notes.textContent).toContain("Contradicts: Report · archived copy");
    expect(who.textContent).toContain(`${HOSTILE}, ${HOSTILE} (1 annotation)`);
    const external = [...notes.querySelectorAll("a[href^=http]")];
    expect(external.map((a) => a.getAttribute("rel"))).toEqual(["nofollow", "nofollow"]);
  });

  it("number the notes, link back to the text, and group by speaker with counts", () => {
    const speaker = {
      id: "s",
      slug: "mayor",
      name: "Mayor",
      type: "person" as const,
      description: "",
    };
    const annotations = [
      annotation("a", "official_claim", 1, 3, {
        speaker,
        quote:
          "According to the health ministry, forty-three people were taken to hospital after the bridge collapsed",
      }),
      annotation("b", "allegation", 2, 3, { speaker }),
      annotation("c", "verified_fact", 3, 3),
    ];
    const notes = dom(notesHtml(annotations));
    const items = [...notes.querySelectorAll("ol > li")];
    // The permanent address of an annotation is its note, by the annotation's id.
    expect(items.map((li) => li.id)).toEqual(["annotation-a", "annotation-b", "annotation-c"]);
    expect(items.map((li) => li.firstElementChild!.id)).toEqual(["n1", "n2", "n3"]);
    expect(items[0]!.querySelector(":scope > a:last-child")!.getAttribute("href")).toBe("#1");
    const who = dom(whoSaidWhatHtml(annotations));
    expect(who.querySelector("a.who-speaker")!.getAttribute("href")).toBe("/speakers/mayor");
    expect(who.textContent).toContain("Mayor (2 annotations)");
    // A long quote is cut after a whole word, never in the middle of one.
    expect(who.textContent).toContain(
      "Official claim: “According to the health ministry, forty-three people were taken to hospital…”",
    );
    expect(dom(whoSaidWhatHtml([annotations[2]!])).textContent).toBe("");
  });

  it("say “No named source” where the speaker would be, and group those under that heading", () => {
    const speaker = {
      id: "s",
      slug: "mayor",
      name: "Mayor",
      type: "person" as const,
      description: "",
    };
    const annotations = [
      annotation("a", "allegation", 1, 3, { unattributed: true, cue: "reportedly" }),
      annotation("b", "official_claim", 2, 3, { speaker }),
      annotation("c", "official_claim", 3, 3, { unattributed: true }),
    ];
    const notes = dom(notesHtml(annotations));
    expect(notes.querySelector("#n1")!.textContent).toBe("Allegation 1, no named source");
    expect(notes.querySelector("#annotation-a > p + p")!.textContent).toBe("“reportedly”");
    const who = dom(whoSaidWhatHtml(annotations));
    const groups = [...who.querySelectorAll(":scope > section > ul > li")];
    expect(groups.map((li) => li.firstElementChild!.textContent)).toEqual([
      "No named source",
      "Mayor",
    ]);
    expect(groups[0]!.textContent).toContain("No named source (2 annotations)");
    expect(groups[0]!.querySelector("a.who-speaker")).toBeNull();
    expect([...groups[0]!.querySelectorAll("li a")].map((a) => a.getAttribute("href"))).toEqual([
      "#1",
      "#3",
    ]);
  });
});
