import type { DemoAnnotation } from "./content";

/** The published article's annotations, block indexes into footbridgeArticle.blocks. */
export const footbridgeAnnotations: DemoAnnotation[] = [
  {
    block: 1,
    quote:
      "closed on 3 May after an inspection found advanced corrosion in several of the hangers that connect its deck to the main cables",
    kind: "verified_fact",
    cue: "",
    note: "The closure date is confirmed by the council’s published notice, and the inspection report describes section loss from corrosion in multiple hangers.",
    sources: [
      {
        source: "closure-notice",
        relation: "supports",
        excerpt:
          "The Millrace Footbridge is closed to all users with effect from 07:00 on Sunday 3 May 2026 until further notice.",
      },
      {
        source: "inspection-report",
        relation: "supports",
        excerpt:
          "Advanced corrosion with measurable section loss was recorded at hangers H4–H9, H22–H25 and H41.",
      },
    ],
  },
  {
    block: 2,
    quote:
      "The inspection, carried out on 28 April by structural engineer Kasimir Dunmore on behalf of the council, rated the overall condition of the bridge as “poor”",
    kind: "verified_fact",
    cue: "",
    note: "The report’s cover sheet gives the inspection date, the lead inspector and the overall condition rating.",
    sources: [
      {
        source: "inspection-report",
        relation: "supports",
        excerpt:
          "Date of inspection: 28 April 2026. Lead inspector: K. Dunmore CEng. Overall condition rating: Poor (4 of 5).",
      },
    ],
  },
  {
    block: 2,
    quote: "11 of the bridge’s 48 hangers had lost more than a quarter of their cross-section",
    kind: "official_claim",
    speaker: "engineer",
    cue: "told reporters",
    note: "Dunmore’s figure matches the defect schedule in his own report, which lists 11 hangers with section loss above 25 per cent.",
    sources: [
      {
        source: "inspection-report",
        relation: "supports",
        excerpt:
          "Of the 48 hangers, 11 exhibit section loss exceeding 25% of the original cross-sectional area (see Table 6.2).",
      },
    ],
  },
  {
    block: 3,
    quote:
      "The footbridge closed on 3 May because our engineers told us it was unsafe, and it will reopen by the end of July",
    kind: "official_claim",
    speaker: "mayor",
    cue: "told a press conference",
    note: "The closure date is accurate, but the promised reopening is not consistent with the inspection report, which puts repairs at 14 to 18 weeks once work starts; no contractor had been appointed by 26 May.",
    sources: [
      {
        source: "inspection-report",
        relation: "contradicts",
        excerpt:
          "Estimated duration of remedial works: 14 to 18 weeks from contractor mobilisation, subject to steel supply.",
      },
      {
        source: "closure-notice",
        relation: "context",
        excerpt:
          "The closure follows the findings of the principal inspection carried out in April 2026.",
      },
    ],
  },
  {
    block: 3,
    quote: "The footbridge closed on 3 May",
    kind: "verified_fact",
    cue: "",
    note: "The date in the mayor’s statement is confirmed by the council’s closure notice.",
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
    block: 6,
    quote:
      "40 people were taken to hospital that night with breathing difficulties and eye irritation, six of whom were kept in overnight",
    kind: "official_claim",
    speaker: "health-ministry",
    cue: "according to",
    note: "The ministry’s total matches its own admissions dataset: 37 attendances at Riverton General and three at Eastmarch County Hospital.",
    sources: [
      {
        source: "ministry-statement",
        relation: "supports",
        excerpt:
          "A total of 40 people attended hospital on the evening of 11 May with respiratory symptoms or eye irritation. Six were admitted for overnight observation.",
      },
      {
        source: "admissions-data",
        relation: "supports",
        excerpt:
          "Incident code RV-0511: Riverton General Hospital, 37 attendances, 5 admissions; Eastmarch County Hospital, 3 attendances, 1 admission.",
      },
    ],
  },
  {
    block: 7,
    quote:
      "Regional admissions data published on 20 May record 37 emergency attendances at Riverton General linked to the release, with a further three patients treated at Eastmarch County Hospital in Halden",
    kind: "verified_fact",
    cue: "",
    note: "Figures and publication date taken directly from the ministry’s regional dataset.",
    sources: [
      {
        source: "admissions-data",
        relation: "supports",
        excerpt:
          "Incident code RV-0511: Riverton General Hospital, 37 attendances, 5 admissions; Eastmarch County Hospital, 3 attendances, 1 admission.",
      },
    ],
  },
  {
    block: 8,
    quote:
      "“no more than 200 litres” of solvent had escaped and that the leak was contained within 90 minutes",
    kind: "official_claim",
    speaker: "veldt",
    cue: "said in a statement",
    note: "Both figures are contradicted by the Environment Agency, which estimated about 1,400 litres and recorded the tank as sealed after midnight, more than four hours after the first report.",
    sources: [
      {
        source: "environment-report",
        relation: "contradicts",
        excerpt:
          "Estimated volume released: approximately 1,400 litres. The outlet valve was isolated and the tank sealed at 00:15 on 12 May.",
      },
    ],
  },
  {
    block: 10,
    quote: "Marrow received payments from Calderbrook Civil Works",
    kind: "allegation",
    speaker: "pell",
    cue: "alleged",
    note: "Unproven allegation made at a council meeting; Pell has published no documents, and Marrow denies it.",
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
