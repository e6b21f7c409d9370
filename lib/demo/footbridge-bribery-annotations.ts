import type { DemoAnnotation } from "./content";

/** The published article's annotations on the bribery allegation (blocks 10 to 14). */
export const briberyAnnotations: DemoAnnotation[] = [
  {
    block: 10,
    quote: "Marrow received payments from Calderbrook Civil Works",
    kind: "allegation",
    speaker: "pell",
    cue: "alleged",
    note: "Unproven allegation made at a council meeting; Pell has published no documents, and Marrow denies it.",
    rating: {
      verdict: "unproven",
      conclusion:
        "No evidence of payments to the mayor has been published; prosecutors are investigating invoices to a consultancy linked to her relative, and she denies the allegation.",
    },
    sources: [
      {
        source: "pell-interview",
        relation: "context",
        excerpt:
          "Pell said he had seen invoices from the consultancy but declined to share them, citing legal advice.",
      },
    ],
  },
  {
    block: 10,
    quote:
      "Calderbrook Civil Works, the firm that won the €2.6 million maintenance contract for the footbridge on 14 January",
    kind: "verified_fact",
    cue: "",
    note: "The award, its value and its date are listed in the council’s procurement register.",
    sources: [
      {
        source: "procurement-register",
        relation: "supports",
        excerpt:
          "Contract RTC-2026-004 awarded 14 January 2026 to Calderbrook Civil Works. Contract value: €2,600,000 over four years.",
      },
    ],
  },
  {
    block: 11,
    quote: "the payments totalled €85,000 and were made between February and October 2025",
    kind: "allegation",
    speaker: "pell",
    cue: "said",
    note: "Pell has not produced evidence for the amount or the dates; the €85,000 figure also appears in the prosecutors’ warrant application, which does not give dates.",
    rating: {
      verdict: "half-true",
      conclusion:
        "The €85,000 total matches the invoices cited in the prosecutors’ warrant application, but nothing published supports the dates Pell gave.",
    },
    sources: [
      {
        source: "pell-interview",
        relation: "context",
        excerpt:
          "“Eighty-five thousand euros, in five instalments, starting in February last year,” Pell said.",
      },
      {
        source: "warrant-record",
        relation: "context",
        excerpt:
          "Invoices totalling €85,000 issued by the consultancy to Calderbrook Civil Works for advisory services.",
      },
    ],
  },
  {
    block: 11,
    quote: "the contract did not require the firm to inspect the hangers",
    kind: "allegation",
    speaker: "pell",
    cue: "claimed",
    note: "The published contract scope does include an annual visual inspection of the hangers, which contradicts this claim.",
    rating: {
      verdict: "false",
      conclusion:
        "The contract’s published scope includes an annual visual inspection of all suspension elements, hangers included.",
    },
    sources: [
      {
        source: "procurement-register",
        relation: "contradicts",
        excerpt:
          "Scope of services includes routine maintenance and an annual visual inspection of all suspension elements, including hangers and cable clamps.",
      },
    ],
  },
  {
    block: 12,
    quote:
      "I have never accepted a cent from Calderbrook or from anyone else who does business with this council",
    kind: "official_claim",
    speaker: "mayor",
    cue: "said in a statement",
    note: "This is the mayor’s denial, quoted from her written statement of 20 May; it cannot be independently verified while the investigation is open.",
    sources: [
      {
        source: "courier-report",
        relation: "context",
        excerpt:
          "In a written statement issued on Wednesday, Marrow said she had “never accepted a cent” from Calderbrook or any other council supplier.",
      },
    ],
  },
  {
    block: 13,
    quote: "it had won the contract “in an open tender, as the lowest bidder”",
    kind: "official_claim",
    speaker: "calderbrook",
    cue: "said",
    note: "The tender was open, but Calderbrook’s bid was the second-lowest; it became the lowest valid bid only after a cheaper offer was disqualified.",
    rating: {
      verdict: "mostly-false",
      conclusion:
        "The tender was open, but Calderbrook’s bid was only the second-lowest: it became the lowest valid bid after a cheaper one was excluded.",
    },
    sources: [
      {
        source: "procurement-register",
        relation: "context",
        excerpt:
          "Procedure: open. Bids received: 3. Lowest bid (€2,410,000) excluded at compliance stage: incomplete health and safety documentation.",
      },
    ],
  },
  {
    block: 14,
    quote:
      "Officers searched the procurement office at Riverton Town Hall the following day under a warrant issued by the Eastmarch District Court",
    kind: "verified_fact",
    cue: "",
    note: "The court record shows the warrant was issued and executed on 22 May, the day after the prosecutor’s announcement.",
    sources: [
      {
        source: "warrant-record",
        relation: "supports",
        excerpt:
          "Warrant granted 22 May 2026 for the search of the procurement office, Riverton Town Hall. Executed the same day.",
      },
      {
        source: "prosecutor-release",
        relation: "context",
        excerpt:
          "The Office has opened a preliminary investigation into the award of contract RTC-2026-004 by Riverton Town Council.",
      },
    ],
  },
  {
    block: 14,
    quote:
      "a consultancy linked to a relative of the mayor invoiced Calderbrook for €85,000 of advisory services for which no work product has been found",
    kind: "allegation",
    speaker: "prosecutor",
    cue: "allege",
    note: "This is the prosecutors’ case as set out in the warrant application, not a finding of any court; no one has been charged.",
    sources: [
      {
        source: "warrant-record",
        relation: "supports",
        excerpt:
          "The applicant alleges that invoices totalling €85,000 were issued for advisory services of which no written output has been identified.",
      },
      {
        source: "prosecutor-release",
        relation: "context",
        excerpt:
          "No person has been charged. All persons concerned are presumed innocent until proven guilty.",
      },
    ],
  },
];
