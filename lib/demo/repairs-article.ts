// The demo draft: a follow-up not yet published, so readers must not see it.
import type { DemoArticle } from "./content";

export const repairsArticle: DemoArticle = {
  slug: "riverton-footbridge-repairs-new-contractor",
  title: "Riverton to hire new contractor for €1.2 million footbridge repairs",
  status: "draft",
  blocks: [
    /* 0 */ {
      type: "paragraph",
      text: "RIVERTON, 28 May 2026 — Riverton Town Council said on 28 May that repairs to the Millrace Footbridge would cost an estimated €1.2 million and would be carried out by a contractor other than Calderbrook Civil Works, whose maintenance contract is the subject of a preliminary investigation by regional prosecutors.",
    },
    /* 1 */ {
      type: "paragraph",
      text: "The council did not say how the new contractor would be chosen. A council spokesperson said an emergency procurement procedure was being considered so that work could begin in late June. The bridge has been closed since 3 May, and pedestrians have been directed to the Station Road bridge.",
    },
    /* 2 */ {
      type: "paragraph",
      text: "Dr. Nadia Ostrander, head of emergency medicine at Riverton General Hospital, said all patients treated after the 11 May solvent release at the Veldt Coatings plant had since been discharged. The Ministry of Health has said six of the 40 people taken to hospital that night were kept in overnight.",
    },
    /* 3 */ {
      type: "paragraph",
      text: "Mayor Ilse Marrow, who denies an allegation that she received payments from Calderbrook, has not said whether she will step aside while the investigation continues. The next full council meeting is scheduled for 9 June.",
    },
  ],
  annotations: [
    {
      block: 0,
      quote: "repairs to the Millrace Footbridge would cost an estimated €1.2 million",
      kind: "official_claim",
      speaker: "council",
      cue: "said",
      note: "The estimate falls within the indicative range given in the April inspection report.",
      sources: [
        {
          source: "inspection-report",
          relation: "context",
          excerpt:
            "Indicative cost of remedial works: €0.9–1.3 million, excluding access and traffic management.",
        },
      ],
    },
    {
      block: 1,
      quote: "The bridge has been closed since 3 May",
      kind: "verified_fact",
      cue: "",
      note: "Confirmed by the council’s closure notice; no reopening notice has been published.",
      sources: [
        {
          source: "closure-notice",
          relation: "supports",
          excerpt:
            "The Millrace Footbridge is closed to all users with effect from 07:00 on Sunday 3 May 2026 until further notice.",
        },
      ],
    },
    {
      block: 2,
      quote:
        "all patients treated after the 11 May solvent release at the Veldt Coatings plant had since been discharged",
      kind: "official_claim",
      speaker: "doctor",
      cue: "said",
      note: "The regional dataset records admissions but not discharges, so this cannot yet be checked against published data.",
      sources: [
        {
          source: "admissions-data",
          relation: "context",
          excerpt:
            "This dataset records attendances and admissions only. It does not record length of stay or outcomes after discharge.",
        },
      ],
    },
    {
      block: 3,
      quote: "she received payments from Calderbrook",
      kind: "allegation",
      speaker: "pell",
      cue: "allegation",
      note: "Refers to the allegation Pell made on 19 May; it remains unproven and Marrow denies it.",
      sources: [
        {
          source: "pell-interview",
          relation: "context",
          excerpt:
            "Pell said he had seen invoices from the consultancy but declined to share them, citing legal advice.",
        },
      ],
    },
  ],
};
