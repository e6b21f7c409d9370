// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { RevisionAnnotation, RevisionVerdictScale } from "@/db/revision-snapshot";
import { editorSchema } from "@/lib/editor/schema";
import { articleBodyHtml } from "./document";
import { html, type SafeHtml } from "./html";
import { notesHtml, whoSaidWhatHtml } from "./notes";
import { readerAnnotations, readerVerdicts } from "./reader-model";
import { verdictSummary } from "./verdicts";

const HOSTILE = `<img src=x onerror="alert('x')"><script>alert(1)</script>`;
const MAYOR = {
  id: "s",
  slug: "mayor",
  name: "The Mayor",
  type: "person" as const,
  description: "",
};

/** Part of the default scale, in its order (True best, False worst, Unproven off the scale). */
const SCALE: RevisionVerdictScale = {
  bestRating: 6,
  worstRating: 1,
  verdicts: [
    { id: "v-true", slug: "true", label: "True", definition: "Accurate.", rating: 6 },
    {
      id: "v-misleading",
      slug: "misleading",
      label: "Misleading",
      definition: "Accurate elements, false impression.",
      rating: 3,
    },
    { id: "v-false", slug: "false", label: "False", definition: "", rating: 1 },
    {
      id: "v-unproven",
      slug: "unproven",
      label: "Unproven",
      definition: "No way to tell.",
      rating: null,
    },
  ],
};

let offset = 0;
function frozen(id: string, extra: Partial<RevisionAnnotation> = {}): RevisionAnnotation {
  offset += 10;
  return {
    id,
    kind: "official_claim",
    quote: `quote ${id}`,
    prefix: "",
    suffix: "",
    start: offset,
    end: offset + 5,
    speakerId: "s",
    cue: "",
    note: "",
    sources: [],
    ...extra,
  };
}

function revision(
  annotations: RevisionAnnotation[],
  verdictScale: RevisionVerdictScale | undefined = SCALE,
) {
  return { annotations, speakers: [MAYOR], sources: [], verdictScale };
}

function dom(markup: SafeHtml): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML = markup.value;
  return host;
}

/** A link's accessible name from aria-labelledby, as a browser computes it. */
function accessibleName(link: Element): string {
  return link
    .getAttribute("aria-labelledby")!
    .split(" ")
    .map((id) => link.ownerDocument.querySelector(`[id="${id}"]`)!.textContent)
    .join(" ");
}

describe("verdicts in the reader model", () => {
  it("joins each claim's verdict from the revision's scale, with its tone and place", () => {
    const [rated, unrated] = readerAnnotations(
      revision([
        frozen("a", { verdictId: "v-misleading", conclusion: "Half the story." }),
        frozen("b", { conclusion: "left over" }),
      ]),
    );
    expect(rated!.verdict).toMatchObject({ slug: "misleading", tone: "mixed", number: 2 });
    expect(rated!.conclusion).toBe("Half the story.");
    expect(unrated!.verdict).toBeNull();
    // A conclusion without a verdict is not shown.
    expect(unrated!.conclusion).toBe("");
    expect(readerVerdicts(SCALE).map((v) => v.tone)).toEqual([
      "holds",
      "mixed",
      "fails",
      "unrated",
    ]);
  });

  it("never rates a verified fact, ignores a verdict the scale lacks, and reads old revisions", () => {
    const [fact, unknown] = readerAnnotations(
      revision([
        frozen("f", { kind: "verified_fact", verdictId: "v-true", speakerId: null }),
        frozen("u", { verdictId: "v-gone" }),
      ]),
    );
    expect(fact!.verdict).toBeNull();
    expect(unknown!.verdict).toBeNull();
    // Published before verdicts: no scale, no verdictId, no conclusion.
    const [old] = readerAnnotations(revision([frozen("o")], undefined));
    expect(old).toMatchObject({ verdict: null, conclusion: "" });
  });
});

describe("a rated note", () => {
  const doc = editorSchema().nodeFromJSON({
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "She " },
          {
            type: "text",
            text: "took bribes",
            marks: [{ type: "annotation", attrs: { id: "a", kind: "allegation" } }],
          },
        ],
      },
    ],
  });
  const annotations = readerAnnotations(
    revision([
      frozen("a", {
        kind: "allegation",
        quote: "took bribes",
        verdictId: "v-misleading",
        conclusion: "The payments went to her brother's firm.",
      }),
    ]),
  );
  const page = dom(html`${articleBodyHtml(doc, annotations)}${notesHtml(annotations)}`);

  it("says the verdict in the note's first line and so in its span's accessible name", () => {
    document.body.replaceChildren(page);
    const link = page.querySelector(".reader-text a")!;
    expect(accessibleName(link)).toBe(
      "Allegation 1, attributed to The Mayor, rated Misleading took bribes",
    );
    expect(link.getAttribute("data-verdict")).toBe("2");
  });

  it("shows the verdict's shape beside its label, hidden from screen readers", () => {
    const icon = page.querySelector("#n1 .verdict-icon")!;
    expect(icon.getAttribute("data-tone")).toBe("mixed");
    expect(icon.getAttribute("aria-hidden")).toBe("true");
    expect(icon.textContent).toBe("");
  });

  it("defines the verdict and gives the conclusion under the first line", () => {
    const details = page.querySelector("#n1 + .verdict-details")!;
    expect(details.querySelector("dfn")!.textContent).toBe("Misleading");
    expect(details.textContent).toBe(
      "Misleading: Accurate elements, false impression.Conclusion: The payments went to her brother's firm.",
    );
  });

  it("shows the verdict in 'Who said what'", () => {
    const who = dom(whoSaidWhatHtml(annotations));
    expect(who.querySelector("ul ul li")!.textContent).toBe(
      "Allegation: “took bribes”, rated Misleading",
    );
  });

  it("leaves unrated notes and spans as they were", () => {
    const [plain] = readerAnnotations(revision([frozen("p")]));
    const note = dom(notesHtml([plain!]));
    expect(note.querySelector("#n1")!.textContent).toBe(
      "Official claim 1, attributed to The Mayor",
    );
    expect(note.querySelector(".verdict-details, .verdict-icon")).toBeNull();
  });

  it("shows a hostile verdict, definition and conclusion as text", () => {
    const scale = {
      ...SCALE,
      verdicts: [{ ...SCALE.verdicts[0]!, label: HOSTILE, definition: HOSTILE }],
    };
    const [hostile] = readerAnnotations(
      revision([frozen("h", { verdictId: "v-true", conclusion: HOSTILE })], scale),
    );
    const note = dom(notesHtml([hostile!]));
    expect(note.querySelector("img, script")).toBeNull();
    expect(note.querySelector("#n1")!.textContent).toContain(`rated ${HOSTILE}`);
    expect(note.querySelector(".verdict-details")!.textContent).toBe(
      `${HOSTILE}: ${HOSTILE}Conclusion: ${HOSTILE}`,
    );
  });

  it("leaves out a definition or conclusion the verdict does not have", () => {
    const [bare] = readerAnnotations(
      revision([frozen("x", { verdictId: "v-false", conclusion: "" })]),
    );
    expect(dom(notesHtml([bare!])).querySelector(".verdict-details")).toBeNull();
  });
});

describe("the verdict summary", () => {
  const verdicts = readerVerdicts(SCALE);
  const rated = (...list: [string, "official_claim" | "allegation"][]) =>
    readerAnnotations(
      revision(list.map(([verdictId, kind], i) => frozen(`r${i}`, { verdictId, kind }))),
    );

  it("is absent when nothing is rated", () => {
    expect(verdictSummary(readerAnnotations(revision([frozen("a")])), verdicts)).toBeNull();
  });

  it("counts in scale order with lower-case labels", () => {
    const annotations = rated(
      ["v-false", "official_claim"],
      ["v-misleading", "official_claim"],
      ["v-true", "official_claim"],
      ["v-misleading", "official_claim"],
    );
    expect(verdictSummary(annotations, verdicts)).toBe(
      "4 claims checked: 1 true, 2 misleading, 1 false",
    );
  });

  it("says claim, allegation or both, in the singular or plural", () => {
    expect(verdictSummary(rated(["v-false", "official_claim"]), verdicts)).toBe(
      "1 claim checked: 1 false",
    );
    expect(verdictSummary(rated(["v-unproven", "allegation"]), verdicts)).toBe(
      "1 allegation checked: 1 unproven",
    );
    expect(
      verdictSummary(rated(["v-unproven", "allegation"], ["v-unproven", "allegation"]), verdicts),
    ).toBe("2 allegations checked: 2 unproven");
    expect(
      verdictSummary(rated(["v-true", "official_claim"], ["v-unproven", "allegation"]), verdicts),
    ).toBe("2 claims and allegations checked: 1 true, 1 unproven");
  });

  it("leaves unrated annotations out of the count", () => {
    const annotations = [
      ...rated(["v-true", "official_claim"]),
      ...readerAnnotations(revision([frozen("z")])),
    ];
    expect(verdictSummary(annotations, verdicts)).toBe("1 claim checked: 1 true");
  });
});
