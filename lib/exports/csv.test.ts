import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { PublishedArticle } from "@/db/queries/articles";
import type { RevisionAnnotation } from "@/db/revision-snapshot";
import { annotatedDoc } from "@/test/documents";
import { articleCsv } from "./csv";

const base = new URL("https://checks.example/");
const HEADER = [
  "Number",
  "ID",
  "Kind",
  "Quote",
  "Speaker",
  "Speaker type",
  "Cue",
  "Note",
  "Verdict",
  "Rating",
  "Conclusion",
  "Sources",
  "Permalink",
];
const column = (name: string) => HEADER.indexOf(name);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function annotation(n: number, fields: Partial<RevisionAnnotation> = {}): RevisionAnnotation {
  return {
    id: id(n),
    kind: "official_claim",
    quote: `quote ${n}`,
    prefix: "",
    suffix: "",
    start: n * 10,
    end: n * 10 + 5,
    speakerId: null,
    cue: "",
    note: "",
    sources: [],
    ...fields,
  };
}

function article(annotations: RevisionAnnotation[]): PublishedArticle {
  return {
    articleId: "a",
    revisionNumber: 1,
    slug: "bridge-repairs",
    title: "Bridge repairs",
    doc: annotatedDoc(["Some text."]),
    annotations,
    speakers: [
      {
        id: "s-minister",
        slug: "ana-ruiz",
        name: "Ana Ruiz",
        type: "person",
        description: "Minister",
      },
      {
        id: "s-council",
        slug: "council",
        name: "City Council",
        type: "organization",
        description: "",
      },
    ],
    sources: [
      {
        id: "src-tender",
        url: "https://council.example/tender?id=4",
        title: "Tender, 2026",
        publisher: "Council",
        publishedAt: null,
        archivedUrl: null,
        kind: "official_document",
      },
      {
        id: "src-radio",
        url: "https://radio.example/interview",
        title: "Interview",
        publisher: "",
        publishedAt: null,
        archivedUrl: null,
        kind: "news_report",
      },
    ],
    verdictScale: {
      bestRating: 6,
      worstRating: 1,
      verdicts: [
        { id: "v-false", slug: "false", label: "False", definition: "", rating: 1 },
        { id: "v-unproven", slug: "unproven", label: "Unproven", definition: "", rating: null },
      ],
    },
    checkedArticle: null,
    newsroom: null,
    publishedAt: new Date("2026-03-04T10:00:00Z"),
  };
}

/** The file as a spreadsheet reads it: rows of cells, the BOM checked and taken off first. */
function rows(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  return parse(csv.slice(1), { relax_column_count: false });
}

describe("articleCsv", () => {
  it("writes a heading row, then one row per annotation in document order", () => {
    const csv = articleCsv(
      article([
        annotation(2, {
          kind: "allegation",
          quote: "The council hid the report",
          speakerId: "s-council",
          cue: "alleged",
          verdictId: "v-unproven",
          conclusion: "No document shows either way.",
          sources: [{ sourceId: "src-radio", relation: "context", excerpt: "" }],
        }),
        annotation(1, {
          quote: "Repairs will cost €2m",
          speakerId: "s-minister",
          cue: "said",
          note: "From the minister's briefing.",
          verdictId: "v-false",
          conclusion: "The tender puts it at €4.1m.",
          sources: [
            { sourceId: "src-tender", relation: "contradicts", excerpt: "€4.1m" },
            { sourceId: "src-radio", relation: "supports", excerpt: "" },
          ],
        }),
        annotation(3, { kind: "verified_fact", quote: "The bridge closed on 3 May" }),
      ]),
      base,
    );
    expect(csv.split("\r\n")[0]).toBe(`\uFEFF${HEADER.join(",")}`);
    expect(rows(csv)).toEqual([
      HEADER,
      [
        "1",
        id(1),
        "Official claim",
        "Repairs will cost €2m",
        "Ana Ruiz",
        "Person",
        "said",
        "From the minister's briefing.",
        "False",
        "1",
        "The tender puts it at €4.1m.",
        "Contradicts: Tender, 2026 <https://council.example/tender?id=4> | Supports: Interview <https://radio.example/interview>",
        `https://checks.example/a/bridge-repairs#annotation-${id(1)}`,
      ],
      [
        "2",
        id(2),
        "Allegation",
        "The council hid the report",
        "City Council",
        "Organization",
        "alleged",
        "",
        "Unproven",
        "",
        "No document shows either way.",
        "Context: Interview <https://radio.example/interview>",
        `https://checks.example/a/bridge-repairs#annotation-${id(2)}`,
      ],
      [
        "3",
        id(3),
        "Verified fact",
        "The bridge closed on 3 May",
        ...["", "", "", "", "", "", "", ""],
        `https://checks.example/a/bridge-repairs#annotation-${id(3)}`,
      ],
    ]);
  });

  it("quotes commas, quotes and line breaks so every cell reads back exactly", () => {
    const tricky = [
      'He said "no", twice',
      "First line\nsecond line",
      "Windows\r\nline",
      "a, b; c",
      "Ünïcødé — “curly” 🚑 和平",
    ];
    const csv = articleCsv(
      article(tricky.map((text, i) => annotation(i + 1, { quote: text, note: text }))),
      base,
    );
    expect(csv).toContain('"He said ""no"", twice"');
    // Quoted even where rows end in CRLF: many spreadsheets end a row at any line break.
    expect(csv).toContain('"First line\nsecond line"');
    expect(csv).toContain('"Windows\r\nline"');
    const [, ...body] = rows(csv);
    expect(body.map((row) => row[column("Quote")])).toEqual(tricky);
    expect(body.map((row) => row[column("Note")])).toEqual(tricky);
  });

  it("neutralises every cell a spreadsheet would run as a formula, and only those", () => {
    const formulas = [
      '=HYPERLINK("https://evil.example","Click")',
      "+1+1",
      "-2+3",
      "@SUM(A1:A2)",
      "\tTAB",
      "\rCR",
      "＝1+1",
      // A real quote may start with a dash; it is still neutralised, as it could be a formula.
      "- and then the minister left",
    ];
    const csv = articleCsv(
      article(
        formulas.map((text, i) =>
          annotation(i + 1, { quote: text, cue: text, speakerId: null, note: "harmless" }),
        ),
      ),
      base,
    );
    const [, ...body] = rows(csv);
    for (const [i, row] of body.entries()) {
      expect(row[column("Quote")]).toBe(`'${formulas[i]}`);
      expect(row[column("Cue")]).toBe(`'${formulas[i]}`);
      expect(row[column("Note")]).toBe("harmless");
      expect(row[column("Number")]).toBe(String(i + 1));
    }
  });

  it("neutralises formulas in source titles, and keeps a negative rating a number", () => {
    const evil = article([
      annotation(1, {
        verdictId: "v-low",
        conclusion: "=cmd|' /C calc'!A0",
        sources: [{ sourceId: "src-tender", relation: "supports", excerpt: "" }],
      }),
    ]);
    evil.verdictScale.verdicts.push({
      id: "v-low",
      slug: "low",
      label: "@Pants on fire",
      definition: "",
      rating: -1,
    });
    evil.sources[0]!.title = "=1+1";
    const [, row] = rows(articleCsv(evil, base));
    expect(row![column("Verdict")]).toBe("'@Pants on fire");
    expect(row![column("Rating")]).toBe("-1");
    expect(row![column("Conclusion")]).toBe("'=cmd|' /C calc'!A0");
    // The cell starts with its relation, so a title cannot start it.
    expect(row![column("Sources")]).toBe("Supports: =1+1 <https://council.example/tender?id=4>");
  });

  it("leaves optional cells empty: no speaker, cue, note, verdict or source", () => {
    const [, unattributed, bare] = rows(
      articleCsv(article([annotation(1, { unattributed: true }), annotation(2)]), base),
    );
    expect(unattributed!.slice(column("Speaker"), column("Permalink"))).toEqual([
      "No named source",
      ...["", "", "", "", "", "", ""],
    ]);
    expect(bare!.slice(column("Speaker"), column("Permalink"))).toEqual(Array(8).fill(""));
  });

  it("is only the heading row for an article without annotations", () => {
    expect(rows(articleCsv(article([]), base))).toEqual([HEADER]);
  });
});
