import { describe, expect, it } from "vitest";
import {
  CHECK_RULES,
  type CheckAnnotation,
  type CheckInput,
  type CheckRule,
  runPublishCheck,
  toCheckAnnotation,
} from "./publish-check";

const claim: CheckAnnotation = {
  id: "claim",
  kind: "official_claim",
  quote: "40 people were taken to hospital",
  detached: false,
  speakerId: "ministry",
  unattributed: false,
  verdictId: null,
  conclusion: "",
  sources: [],
};
const allegation: CheckAnnotation = {
  id: "allegation",
  kind: "allegation",
  quote: "The mayor is accused of taking bribes",
  detached: false,
  speakerId: "prosecutor",
  unattributed: false,
  verdictId: null,
  conclusion: "",
  sources: [{ url: "https://court.example/filing", title: "Filing", relation: "context" }],
};
const fact: CheckAnnotation = {
  id: "fact",
  kind: "verified_fact",
  quote: "The bridge closed on 3 May",
  detached: false,
  speakerId: null,
  unattributed: false,
  verdictId: null,
  conclusion: "",
  sources: [{ url: "http://transport.example/closures", title: "Closures", relation: "supports" }],
};

function clean(): CheckInput {
  return {
    title: "Bridge closes",
    hasText: true,
    annotations: [structuredClone(claim), structuredClone(allegation), structuredClone(fact)],
  };
}

/** A clean article with one change applied. */
function withChange(change: (input: CheckInput) => void): CheckInput {
  const input = clean();
  change(input);
  return input;
}
const annotation = (input: CheckInput, id: string) => input.annotations.find((a) => a.id === id)!;

const cases: {
  name: string;
  change: (input: CheckInput) => void;
  problems: [CheckRule, string | null, string][];
}[] = [
  {
    name: "a blank title",
    change: (i) => void (i.title = " \t "),
    problems: [["title", null, "Give the article a title."]],
  },
  {
    name: "a title the save refuses for its length",
    change: (i) => void (i.title = "T".repeat(301)),
    problems: [["title", null, "Shorten the title to at most 300 characters."]],
  },
  {
    name: "a title the save refuses for a NUL",
    change: (i) => void (i.title = "Bridge\u0000 closes"),
    problems: [["title", null, "Remove the invisible control character from the title."]],
  },
  {
    name: "an article whose text is blank (only whitespace)",
    change: (i) => void (i.hasText = false),
    problems: [["text", null, "The article has no text."]],
  },
  {
    name: "an official claim without a speaker",
    change: (i) => void (annotation(i, "claim").speakerId = null),
    problems: [
      [
        "speaker",
        "claim",
        "Attribute this official claim: “40 people were taken to hospital” has no speaker. Choose one, or tick “No named source”.",
      ],
    ],
  },
  {
    name: "an allegation without a speaker",
    change: (i) => void (annotation(i, "allegation").speakerId = null),
    problems: [
      [
        "speaker",
        "allegation",
        "Attribute this allegation: “The mayor is accused of taking bribes” has no speaker. Choose one, or tick “No named source”.",
      ],
    ],
  },
  {
    name: "a verified fact ticked “No named source” still needs a supporting source",
    change: (i) => Object.assign(annotation(i, "fact"), { unattributed: true, sources: [] }),
    problems: [
      [
        "supporting_source",
        "fact",
        "Add a supporting source to this verified fact: “The bridge closed on 3 May”.",
      ],
    ],
  },
  {
    name: "a verified fact whose sources only contradict or give context",
    change: (i) =>
      void (annotation(i, "fact").sources = [
        { url: "https://a.example/", title: "A", relation: "contradicts" },
        { url: "https://b.example/", title: "B", relation: "context" },
      ]),
    problems: [
      [
        "supporting_source",
        "fact",
        "Add a supporting source to this verified fact: “The bridge closed on 3 May”.",
      ],
    ],
  },
  {
    name: "a verified fact without sources",
    change: (i) => void (annotation(i, "fact").sources = []),
    problems: [
      [
        "supporting_source",
        "fact",
        "Add a supporting source to this verified fact: “The bridge closed on 3 May”.",
      ],
    ],
  },
  {
    name: "a verdict without a conclusion (a blank one is none)",
    change: (i) =>
      Object.assign(annotation(i, "allegation"), { verdictId: "false", conclusion: " \n " }),
    problems: [
      [
        "verdict",
        "allegation",
        "Add a conclusion to the verdict on “The mayor is accused of taking bribes”.",
      ],
    ],
  },
  {
    name: "a verdict without a linked source",
    change: (i) =>
      Object.assign(annotation(i, "claim"), {
        verdictId: "misleading",
        conclusion: "Hospital records show 12 admissions, not 40.",
      }),
    problems: [
      [
        "verdict",
        "claim",
        "Link at least one source to the verdict on “40 people were taken to hospital”.",
      ],
    ],
  },
  {
    name: "a verdict with neither conclusion nor source",
    change: (i) => void (annotation(i, "claim").verdictId = "false"),
    problems: [
      [
        "verdict",
        "claim",
        "Add a conclusion to the verdict on “40 people were taken to hospital”.",
      ],
      [
        "verdict",
        "claim",
        "Link at least one source to the verdict on “40 people were taken to hospital”.",
      ],
    ],
  },
  {
    name: "a detached annotation (its other problems wait until it is restored)",
    change: (i) => Object.assign(annotation(i, "claim"), { detached: true, speakerId: null }),
    problems: [
      [
        "detached",
        "claim",
        "Restore or delete this detached annotation: “40 people were taken to hospital”.",
      ],
    ],
  },
  {
    name: "an annotation over blank space only",
    change: (i) => Object.assign(annotation(i, "allegation"), { quote: "  \n", speakerId: null }),
    problems: [
      [
        "empty_quote",
        "allegation",
        "Remove this empty allegation: it marks only blank space. Tag the words you meant instead.",
      ],
    ],
  },
  {
    name: "a source with a non-http link",
    change: (i) => void (annotation(i, "allegation").sources[0]!.url = "ftp://court.example/f"),
    problems: [
      [
        "source_url",
        "allegation",
        "A source on “The mayor is accused of taking bribes” links to “ftp://court.example/f”. Use an address that starts with http:// or https://.",
      ],
    ],
  },
  {
    name: "a source with a link that is not an address",
    change: (i) => void (annotation(i, "fact").sources[0]!.url = "transport office"),
    problems: [
      [
        "source_url",
        "fact",
        "A source on “The bridge closed on 3 May” links to “transport office”. Use an address that starts with http:// or https://.",
      ],
    ],
  },
  {
    name: "a source without a link",
    change: (i) => void (annotation(i, "fact").sources[0]!.url = " "),
    problems: [
      [
        "source_url",
        "fact",
        "A source on “The bridge closed on 3 May” has no link. Add one that starts with http:// or https://.",
      ],
    ],
  },
  {
    name: "a source with a blank title",
    change: (i) => void (annotation(i, "fact").sources[0]!.title = "  "),
    problems: [
      [
        "source_title",
        "fact",
        "Give the source “http://transport.example/closures” on “The bridge closed on 3 May” a title.",
      ],
    ],
  },
];

describe("runPublishCheck", () => {
  it("finds nothing wrong with a clean article", () => {
    expect(runPublishCheck(clean())).toEqual([]);
  });

  it.each(cases)("refuses $name, and only for that", ({ change, problems }) => {
    const found = runPublishCheck(withChange(change));
    expect(found.map((p) => [p.rule, p.annotationId, p.message])).toEqual(problems);
  });

  const passing: { name: string; change: (input: CheckInput) => void }[] = [
    { name: "a verified fact without a speaker", change: () => {} },
    {
      name: "a claim and an allegation ticked “No named source” (deliberately unattributed)",
      change: (i) => {
        Object.assign(annotation(i, "claim"), { speakerId: null, unattributed: true });
        Object.assign(annotation(i, "allegation"), { speakerId: null, unattributed: true });
      },
    },
    { name: "an article with text", change: (i) => void (i.hasText = true) },
    {
      name: "a claim without sources and one with only contradicting sources",
      change: (i) =>
        void (annotation(i, "claim").sources = [
          { url: "https://a.example/", title: "A", relation: "contradicts" },
        ]),
    },
    {
      name: "a verified fact with a supporting source among others",
      change: (i) =>
        annotation(i, "fact").sources.unshift({
          url: "https://a.example/",
          title: "A",
          relation: "contradicts",
        }),
    },
    {
      name: "a verdict with a conclusion and any linked source, even a contradicting one",
      change: (i) =>
        Object.assign(annotation(i, "claim"), {
          verdictId: "false",
          conclusion: "Hospital records show 12 admissions.",
          sources: [{ url: "https://a.example/", title: "A", relation: "contradicts" }],
        }),
    },
    {
      name: "a conclusion without a verdict (not published until rated)",
      change: (i) => void (annotation(i, "claim").conclusion = "Still checking."),
    },
    {
      name: "a verified fact keeping a verdict from when it was a claim (not published)",
      change: (i) => void (annotation(i, "fact").verdictId = "true"),
    },
    {
      name: "a quote with text around blank space",
      change: (i) => void (annotation(i, "claim").quote = "  40\n"),
    },
  ];
  it.each(passing)("accepts $name", ({ change }) => {
    expect(runPublishCheck(withChange(change))).toEqual([]);
  });

  it("lists the article's problems first, then each annotation's in the given order", () => {
    const input = withChange((i) => {
      i.title = "";
      i.hasText = false;
      annotation(i, "claim").speakerId = null;
      annotation(i, "fact").sources = [
        { url: "mailto:x@y.example", title: "", relation: "supports" },
      ];
      annotation(i, "allegation").detached = true;
      i.annotations.reverse();
    });
    expect(runPublishCheck(input).map((p) => [p.rule, p.annotationId])).toEqual([
      ["title", null],
      ["text", null],
      ["source_url", "fact"],
      ["source_title", "fact"],
      ["detached", "allegation"],
      ["speaker", "claim"],
    ]);
  });

  it("gives one problem per bad source", () => {
    const input = withChange((i) => {
      annotation(i, "claim").sources = [
        { url: "javascript:alert(1)", title: "One", relation: "context" },
        { url: "https://ok.example/", title: "Two", relation: "context" },
        { url: "data:text/html,x", title: "Three", relation: "supports" },
      ];
    });
    expect(runPublishCheck(input).map((p) => p.rule)).toEqual(["source_url", "source_url"]);
  });

  it("shortens long quotes in messages to at most 60 characters on one line, after a whole word", () => {
    const long = `${"Word ".repeat(20)}end`;
    const input = withChange((i) => {
      Object.assign(annotation(i, "claim"), { speakerId: null, quote: `A\n\n${long}` });
    });
    const [problem] = runPublishCheck(input);
    const shown = /“(.*?)”/.exec(problem!.message)![1]!;
    expect(Array.from(shown).length).toBeLessThanOrEqual(60);
    expect(shown).toMatch(/^A Word Word .* Word…$/);
  });
});

describe("CHECK_RULES", () => {
  it("has one line per rule, each with a label", () => {
    const rules = CHECK_RULES.map((line) => line.rule);
    expect(new Set(rules).size).toBe(9);
    expect(rules).toEqual(
      expect.arrayContaining(cases.flatMap((c) => c.problems.map((p) => p[0]))),
    );
    for (const line of CHECK_RULES) expect(line.label).not.toBe("");
  });
});

describe("toCheckAnnotation", () => {
  it("keeps what the check needs from the editor's annotations", () => {
    const linked = {
      id: "s",
      url: "https://a.example/",
      title: "A",
      publisher: "",
      publishedAt: null,
      archivedUrl: null,
      relation: "supports" as const,
      excerpt: "",
    };
    const ministry = { id: "sp", slug: "ministry", name: "Ministry" };
    expect(
      [
        { ...fact, speaker: ministry, sources: [linked] },
        { ...claim, speaker: null, unattributed: true, verdictId: "v", conclusion: "Wrong." },
      ].map((annotation) => toCheckAnnotation(annotation, annotation.detached, annotation)),
    ).toEqual([
      {
        ...fact,
        speakerId: "sp",
        sources: [{ url: "https://a.example/", title: "A", relation: "supports" }],
      },
      { ...claim, speakerId: null, unattributed: true, verdictId: "v", conclusion: "Wrong." },
    ]);
  });

  it("gives an annotation without details yet (just tagged) no verdict", () => {
    expect(toCheckAnnotation(claim, false, undefined)).toMatchObject({
      verdictId: null,
      conclusion: "",
    });
  });
});
