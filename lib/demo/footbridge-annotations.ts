import type { DemoAnnotation } from "./content";
import { briberyAnnotations } from "./footbridge-bribery-annotations";

/**
 * The published article's annotations, block indexes into footbridgeArticle.blocks: the
 * footbridge and the solvent release here, the bribery allegation in its own file.
 */
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
    rating: {
      verdict: "true",
      conclusion:
        "The inspection report’s defect schedule lists 11 of the 48 hangers with more than 25 per cent of their cross-section lost, as Dunmore said.",
    },
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
    rating: {
      verdict: "misleading",
      conclusion:
        "The bridge did close on 3 May on the engineers’ advice, but with repairs estimated at 14 to 18 weeks from the start of work and no contractor appointed, a reopening by the end of July is not supported by the evidence.",
    },
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
    rating: {
      verdict: "true",
      conclusion:
        "The regional admissions data add up to 40 hospital attendances that night, six of them kept in overnight.",
    },
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
    rating: {
      verdict: "false",
      conclusion:
        "The Environment Agency estimated about 1,400 litres were released and recorded the tank as sealed at 00:15, more than four hours after the first report.",
    },
    sources: [
      {
        source: "environment-report",
        relation: "contradicts",
        excerpt:
          "Estimated volume released: approximately 1,400 litres. The outlet valve was isolated and the tank sealed at 00:15 on 12 May.",
      },
    ],
  },
  ...briberyAnnotations,
];
