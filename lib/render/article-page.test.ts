// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { CheckedArticle } from "@/db/revision-snapshot";
import { articleMainHtml, type RenderedArticle } from "./article-page";
import { html, type SafeHtml } from "./html";
import { provenanceHtml } from "./provenance";
import {
  fitFilter,
  hiddenTokens,
  MAX_FILTERED_VERDICTS,
  NO_VERDICT,
  readerFilterQuery,
  requestedFilter,
} from "./reader-filter";
import { type ReaderVerdict, readerVerdicts } from "./reader-model";

const HOSTILE = `<img src=x onerror="alert('x')"><script>alert(1)</script>`;
const VERDICTS = readerVerdicts({
  bestRating: 6,
  worstRating: 1,
  verdicts: [
    { id: "v1", slug: "true", label: "True", definition: "", rating: 6 },
    { id: "v2", slug: "misleading", label: "Misleading", definition: "", rating: 3 },
    { id: "v3", slug: "false", label: "False", definition: "", rating: 1 },
  ],
});
const CHECKED: CheckedArticle = {
  outlet: "The Valley Courier",
  author: "Hana Ostrova",
  url: "https://www.valley-courier.example/2026/05/26/report",
  date: "2026-05-26",
};

const query = (search: string) => new URLSearchParams(search);
const fitted = (search: string, verdicts: readonly ReaderVerdict[] = VERDICTS) =>
  fitFilter(requestedFilter(query(search)), verdicts);

function dom(markup: SafeHtml | ""): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML = markup ? markup.value : "";
  return host;
}

describe("the reader's filter in the address", () => {
  it("shows everything without a filter, and keeps the kinds' old shape", () => {
    expect(fitted("")).toEqual({
      shownKinds: ["official_claim", "allegation", "verified_fact"],
      hiddenVerdicts: [],
    });
    // An address from before verdicts: kinds only, every verdict still shown.
    expect(fitted("filter=1&show=allegation")).toEqual({
      shownKinds: ["allegation"],
      hiddenVerdicts: [],
    });
  });

  it("hides the verdicts not ticked, 'No verdict' included, and ignores unknown values", () => {
    const filter = fitted(
      "verdict_filter=1&verdict=false&verdict=bogus&verdict=%3Cscript%3E&show=nonsense",
    );
    expect(filter.hiddenVerdicts).toEqual(["true", "misleading", NO_VERDICT]);
    expect(filter.shownKinds).toHaveLength(3);
    expect(fitted("verdict_filter=1").hiddenVerdicts).toEqual([
      "true",
      "misleading",
      "false",
      NO_VERDICT,
    ]);
  });

  it("names each choice by one address, whatever order or junk the request had", () => {
    const a = fitted(
      "verdict_filter=1&verdict=no_verdict&verdict=false&verdict=x&filter=1&show=allegation&show=official_claim",
    );
    const b = fitted(
      "filter=1&show=official_claim&show=allegation&verdict=false&verdict_filter=2&verdict=no_verdict",
    );
    expect(readerFilterQuery(a, VERDICTS)).toBe(
      "?filter=1&show=official_claim&show=allegation&verdict_filter=1&verdict=false&verdict=no_verdict",
    );
    expect(readerFilterQuery(b, VERDICTS)).toBe(readerFilterQuery(a, VERDICTS));
    expect(
      readerFilterQuery(
        fitted("verdict_filter=1&verdict=true&verdict=misleading&verdict=false&verdict=no_verdict"),
        VERDICTS,
      ),
    ).toBe("");
  });

  it("ignores verdict choices on an article that rates nothing, or rates too many kinds of verdict", () => {
    expect(fitted("verdict_filter=1&verdict=false", []).hiddenVerdicts).toEqual([]);
    const many = readerVerdicts({
      bestRating: 20,
      worstRating: 1,
      verdicts: Array.from({ length: MAX_FILTERED_VERDICTS + 1 }, (_, i) => ({
        id: `v${i}`,
        slug: `v${i}`,
        label: `Verdict ${i}`,
        definition: "",
        rating: i + 1,
      })),
    });
    expect(fitted("verdict_filter=1&verdict=v1", many).hiddenVerdicts).toEqual([]);
  });

  it("writes hidden kinds and verdicts as the tokens the stylesheet reads", () => {
    const filter = fitted("filter=1&show=official_claim&verdict_filter=1&verdict=true");
    expect(hiddenTokens(filter, VERDICTS)).toEqual([
      "allegation",
      "verified_fact",
      "verdict-2",
      "verdict-3",
      NO_VERDICT,
    ]);
  });
});

describe("the checked article's provenance", () => {
  it("names the outlet (linked to the original), the author and the original's date", () => {
    const block = dom(provenanceHtml(CHECKED));
    expect(block.textContent).toBe(
      "Checked article: The Valley Courier, by Hana Ostrova, originally published 26 May 2026",
    );
    const link = block.querySelector("a")!;
    expect(link.getAttribute("href")).toBe(CHECKED.url);
    expect(link.getAttribute("rel")).toBe("nofollow noopener");
    expect(block.querySelector("time")!.getAttribute("datetime")).toBe("2026-05-26");
  });

  it("links only http(s) originals, naming one without an outlet by its host", () => {
    const unsafe = dom(provenanceHtml({ ...CHECKED, url: "javascript:alert(1)" }));
    expect(unsafe.querySelector("a")).toBeNull();
    expect(unsafe.textContent).toContain("The Valley Courier, by Hana Ostrova");
    const hostOnly = dom(provenanceHtml({ ...CHECKED, outlet: "", author: "" }));
    expect(hostOnly.querySelector("a")!.textContent).toBe("www.valley-courier.example");
  });

  it("shows what a revision has, hostile text as text, and nothing without provenance", () => {
    const hostile = dom(
      provenanceHtml({ outlet: HOSTILE, author: HOSTILE, url: null, date: "2026-02-30" }),
    );
    expect(hostile.querySelector("img, script, time")).toBeNull();
    expect(hostile.textContent).toBe(`Checked article: ${HOSTILE}, by ${HOSTILE}`);
    expect(provenanceHtml(null)).toBe("");
    expect(provenanceHtml({ outlet: " ", author: "", url: null, date: null })).toBe("");
  });
});

function article(extra: Partial<RenderedArticle> = {}): RenderedArticle {
  return {
    title: "Bridge closes",
    description: "",
    publishedAt: new Date("2026-06-01T09:00:00Z"),
    revisionNumber: 1,
    annotationCount: 4,
    counts: {
      kinds: { official_claim: 3, allegation: 1, verified_fact: 0 },
      verdicts: new Map([
        ["v1", 1],
        ["v3", 2],
      ]),
      withoutVerdict: 1,
    },
    verdicts: VERDICTS,
    verdictSummary: "3 claims checked: 1 true, 2 false",
    checkedArticle: CHECKED,
    structuredData: null,
    bodyHtml: html`<div class="reader-text"></div>`,
    whoSaidWhatHtml: html``,
    notesHtml: html``,
    ...extra,
  };
}

describe("the article page", () => {
  it("tells the fact-check's date from the original's, and sums up its verdicts", () => {
    const page = dom(articleMainHtml(article(), fitted(""), "/export"));
    const lines = [...page.querySelectorAll("h1 + div > p")].map((p) => p.textContent);
    expect(lines).toEqual([
      "Fact-check published 1 June 2026 · 4 annotated passages",
      "Checked article: The Valley Courier, by Hana Ostrova, originally published 26 May 2026",
      "3 claims checked: 1 true, 2 false",
    ]);
    const plain = dom(
      articleMainHtml(
        article({ checkedArticle: null, verdictSummary: null }),
        fitted(""),
        "/export",
      ),
    );
    expect([...plain.querySelectorAll("h1 + div > p")].map((p) => p.textContent)).toEqual([
      "Published 1 June 2026 · 4 annotated passages",
    ]);
  });

  it("offers a box per verdict used, with counts, and 'No verdict', ticked as the filter says", () => {
    const filter = fitted("verdict_filter=1&verdict=false");
    const page = dom(articleMainHtml(article(), filter, "/export"));
    const boxes = [...page.querySelectorAll<HTMLInputElement>('input[name="verdict"]')];
    expect(boxes.map((box) => [box.value, box.checked, box.dataset.hides])).toEqual([
      ["true", false, "verdict-1"],
      ["misleading", false, "verdict-2"],
      ["false", true, "verdict-3"],
      [NO_VERDICT, false, undefined],
    ]);
    const counts = boxes.map(
      (box) => page.querySelector(`#${box.getAttribute("aria-describedby")}`)!.textContent,
    );
    expect(counts).toEqual([
      "(1)1 in this article",
      "(0)0 in this article",
      "(2)2 in this article",
      "(1)1 in this article",
    ]);
    expect(page.querySelector("#article")!.getAttribute("data-hide")).toBe(
      "verdict-1 verdict-2 no_verdict",
    );
    // Submitted without JavaScript, the form says which boxes it sent.
    expect(page.querySelector<HTMLInputElement>('input[name="verdict_filter"]')!.type).toBe(
      "hidden",
    );
  });

  it("has no verdict filter when the article rates nothing", () => {
    const page = dom(
      articleMainHtml(article({ verdicts: [], verdictSummary: null }), fitted(""), "/export"),
    );
    expect(page.querySelector('input[name="verdict"], input[name="verdict_filter"]')).toBeNull();
    expect(page.querySelectorAll('input[name="show"]')).toHaveLength(3);
  });
});
