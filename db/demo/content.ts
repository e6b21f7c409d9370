// Demo content for Claimmark. Everything here is fictional: the town, the people, the
// organisations, the events and the sources. All URLs use the reserved .example domain.

import type { AnnotationKind, SourceKind, SourceRelation, SpeakerType } from "@/db/enums";

export interface DemoSpeaker {
  key: string;
  slug: string;
  name: string;
  type: SpeakerType;
  description: string;
  aliases: string[];
}

export interface DemoSource {
  key: string;
  url: string;
  title: string;
  publisher: string;
  publishedAt: string | null /* YYYY-MM-DD */;
  archivedUrl: string | null;
  kind: SourceKind;
}

export interface DemoAnnotation {
  block: number; // index into the article's blocks array
  quote: string; // exact substring of that block's text
  occurrence?: number; // 0-based, when the quote appears more than once in the block (default 0)
  kind: AnnotationKind;
  speaker?: string; // DemoSpeaker.key; required for official_claim and allegation
  cue: string; // e.g. "said", "according to", "alleged", "" for verified facts
  note: string; // the fact-checker's note, one or two sentences
  sources: { source: string /* DemoSource.key */; relation: SourceRelation; excerpt: string }[];
}

export type DemoBlock = { type: "heading"; text: string } | { type: "paragraph"; text: string };

export interface DemoArticle {
  slug: string;
  title: string;
  status: "published" | "draft";
  blocks: DemoBlock[];
  annotations: DemoAnnotation[];
}

export const demoSpeakers: DemoSpeaker[] = [
  {
    key: "mayor",
    slug: "ilse-marrow",
    name: "Ilse Marrow",
    type: "person",
    description: "Mayor of Riverton",
    aliases: ["Mayor Marrow", "Marrow"],
  },
  {
    key: "pell",
    slug: "tomas-pell",
    name: "Tomas Pell",
    type: "person",
    description: "Opposition councillor, Riverton Civic Alliance",
    aliases: ["Councillor Pell", "Pell"],
  },
  {
    key: "engineer",
    slug: "kasimir-dunmore",
    name: "Kasimir Dunmore",
    type: "person",
    description: "Structural engineer who led the April 2026 inspection of the Millrace Footbridge",
    aliases: ["Dunmore"],
  },
  {
    key: "doctor",
    slug: "nadia-ostrander",
    name: "Dr. Nadia Ostrander",
    type: "person",
    description: "Head of emergency medicine, Riverton General Hospital",
    aliases: ["Nadia Ostrander", "Dr. Ostrander"],
  },
  {
    key: "health-ministry",
    slug: "ministry-of-health",
    name: "Ministry of Health",
    type: "organization",
    description: "National health ministry",
    aliases: ["Health ministry", "the ministry"],
  },
  {
    key: "council",
    slug: "riverton-town-council",
    name: "Riverton Town Council",
    type: "organization",
    description: "Municipal council of Riverton",
    aliases: ["Town council", "Riverton council"],
  },
  {
    key: "prosecutor",
    slug: "eastmarch-regional-prosecutors-office",
    name: "Eastmarch Regional Prosecutor’s Office",
    type: "organization",
    description: "Regional public prosecution service for Eastmarch",
    aliases: ["Regional prosecutor’s office", "Eastmarch prosecutors"],
  },
  {
    key: "calderbrook",
    slug: "calderbrook-civil-works",
    name: "Calderbrook Civil Works",
    type: "organization",
    description: "Construction firm holding the Millrace Footbridge maintenance contract",
    aliases: ["Calderbrook"],
  },
  {
    key: "veldt",
    slug: "veldt-coatings",
    name: "Veldt Coatings",
    type: "organization",
    description: "Industrial paint manufacturer with a plant on Tannery Road, Riverton",
    aliases: ["Veldt"],
  },
];

export const demoSources: DemoSource[] = [
  {
    key: "closure-notice",
    url: "https://www.riverton-council.example/notices/2026/footbridge-closure",
    title: "Notice: Closure of the Millrace Footbridge",
    publisher: "Riverton Town Council",
    publishedAt: "2026-05-03",
    archivedUrl: "https://archive.example/2026/05/03/riverton-council-footbridge-closure",
    kind: "official_document",
  },
  {
    key: "inspection-report",
    url: "https://www.riverton-council.example/documents/2026/millrace-footbridge-inspection-report",
    title: "Millrace Footbridge: Principal Inspection Report, April 2026",
    publisher: "Riverton Town Council",
    publishedAt: "2026-04-30",
    archivedUrl: "https://archive.example/2026/05/04/millrace-footbridge-inspection-report",
    kind: "official_document",
  },
  {
    key: "ministry-statement",
    url: "https://www.health-ministry.example/press/2026/05/riverton-chemical-release",
    title: "Statement on the chemical release in Riverton",
    publisher: "Ministry of Health",
    publishedAt: "2026-05-12",
    archivedUrl: "https://archive.example/2026/05/12/health-ministry-riverton-statement",
    kind: "official_statement",
  },
  {
    key: "admissions-data",
    url: "https://data.health-ministry.example/datasets/emergency-attendances-eastmarch-2026-05",
    title: "Emergency attendances and admissions by facility, Eastmarch region, May 2026",
    publisher: "Ministry of Health",
    publishedAt: "2026-05-20",
    archivedUrl: null,
    kind: "dataset",
  },
  {
    key: "environment-report",
    url: "https://www.eastmarch-environment.example/incidents/2026/rv-0511-solvent-release",
    title: "Incident summary RV-0511: solvent release at Veldt Coatings, Tannery Road, Riverton",
    publisher: "Eastmarch Environment Agency",
    publishedAt: "2026-05-14",
    archivedUrl: "https://archive.example/2026/05/14/eastmarch-environment-rv-0511",
    kind: "official_document",
  },
  {
    key: "procurement-register",
    url: "https://procurement.riverton-council.example/contracts/rtc-2026-004",
    title: "Contract award RTC-2026-004: Millrace Footbridge maintenance and inspection",
    publisher: "Riverton Town Council",
    publishedAt: "2026-01-14",
    archivedUrl: null,
    kind: "official_document",
  },
  {
    key: "prosecutor-release",
    url: "https://www.eastmarch-prosecutor.example/news/2026/riverton-footbridge-contract-investigation",
    title: "Preliminary investigation opened into Riverton footbridge contract",
    publisher: "Eastmarch Regional Prosecutor’s Office",
    publishedAt: "2026-05-21",
    archivedUrl: null,
    kind: "official_statement",
  },
  {
    key: "warrant-record",
    url: "https://courts.eastmarch.example/records/2026/cr-0522-search-warrant",
    title: "Search warrant: procurement office, Riverton Town Hall (case CR-0522)",
    publisher: "Eastmarch District Court",
    publishedAt: "2026-05-22",
    archivedUrl: "https://archive.example/2026/05/23/eastmarch-court-cr-0522",
    kind: "court_record",
  },
  {
    key: "courier-report",
    url: "https://www.valley-courier.example/2026/05/20/riverton-mayor-denies-payments-claim",
    title: "Riverton mayor denies taking payments from footbridge contractor",
    publisher: "The Valley Courier",
    publishedAt: "2026-05-20",
    archivedUrl: null,
    kind: "news_report",
  },
  {
    key: "pell-interview",
    url: "https://radio.eastmarch-public.example/programmes/morning-desk/2026-05-21-tomas-pell",
    title: "Morning Desk: Councillor Tomas Pell on the footbridge contract",
    publisher: "Eastmarch Public Radio",
    publishedAt: "2026-05-21",
    archivedUrl: null,
    kind: "interview",
  },
];

export const demoArticles: DemoArticle[] = [
  {
    slug: "riverton-footbridge-closure-solvent-leak-bribery-claim",
    title:
      "Riverton closes footbridge, 40 taken to hospital after solvent leak as mayor denies bribery claim",
    status: "published",
    blocks: [
      /* 0 */ {
        type: "paragraph",
        text: "RIVERTON, 26 May 2026 — The river town of Riverton has spent much of May dealing with three separate problems: the closure of its main pedestrian crossing over the Calder River, a chemical release that health officials say sent 40 people to hospital, and an allegation that its mayor took bribes over a council contract, which she denies.",
      },
      /* 1 */ {
        type: "paragraph",
        text: "The Millrace Footbridge, a 140-metre steel suspension crossing that opened in 1987, closed on 3 May after an inspection found advanced corrosion in several of the hangers that connect its deck to the main cables. A closure notice posted by the town council said the bridge would remain shut “until further notice” and directed pedestrians to the Station Road bridge, about 2.3 kilometres downstream.",
      },
      /* 2 */ {
        type: "paragraph",
        text: "The inspection, carried out on 28 April by structural engineer Kasimir Dunmore on behalf of the council, rated the overall condition of the bridge as “poor”. Dunmore told reporters that 11 of the bridge’s 48 hangers had lost more than a quarter of their cross-section. “I would not have been comfortable letting a crowd walk across it,” he said.",
      },
      /* 3 */ {
        type: "paragraph",
        text: "Mayor Ilse Marrow defended the decision to close the crossing at short notice. “The footbridge closed on 3 May because our engineers told us it was unsafe, and it will reopen by the end of July,” she told a press conference on 6 May. The inspection report estimates that repairs will take between 14 and 18 weeks once a contractor is on site.",
      },
      /* 4 */ { type: "heading", text: "Solvent release on Tannery Road" },
      /* 5 */ {
        type: "paragraph",
        text: "On the evening of 11 May, a storage tank at the Veldt Coatings plant on Tannery Road leaked a solvent mixture used in industrial paints. Fumes drifted across the low-lying Eastbank district on a light westerly wind. The Eastmarch Environment Agency logged the first report of the leak at 19:42, and fire crews advised residents of about 300 homes to keep their windows closed.",
      },
      /* 6 */ {
        type: "paragraph",
        text: "According to the Ministry of Health, 40 people were taken to hospital that night with breathing difficulties and eye irritation, six of whom were kept in overnight. In a statement on 12 May, the ministry said that no one was believed to have suffered lasting harm.",
      },
      /* 7 */ {
        type: "paragraph",
        text: "Dr. Nadia Ostrander, head of emergency medicine at Riverton General Hospital, said her department had treated “more patients in four hours than on a typical weekend”. Regional admissions data published on 20 May record 37 emergency attendances at Riverton General linked to the release, with a further three patients treated at Eastmarch County Hospital in Halden.",
      },
      /* 8 */ {
        type: "paragraph",
        text: "Veldt Coatings said in a statement that “no more than 200 litres” of solvent had escaped and that the leak was contained within 90 minutes. The Environment Agency’s incident summary, published on 14 May, estimated the release at about 1,400 litres and said the tank was not fully sealed until shortly after midnight. The company has not responded to the agency’s figure.",
      },
      /* 9 */ { type: "heading", text: "Contract allegation" },
      /* 10 */ {
        type: "paragraph",
        text: "At a council meeting on 19 May, opposition councillor Tomas Pell of the Riverton Civic Alliance alleged that Marrow received payments from Calderbrook Civil Works, the firm that won the €2.6 million maintenance contract for the footbridge on 14 January, through a consultancy registered to her brother-in-law.",
      },
      /* 11 */ {
        type: "paragraph",
        text: "Pell said the payments totalled €85,000 and were made between February and October 2025, before the tender was published. He also claimed that the contract did not require the firm to inspect the hangers, which he said explained why the corrosion had gone unnoticed. He has not made any documents public.",
      },
      /* 12 */ {
        type: "paragraph",
        text: "Marrow denies any wrongdoing. “I have never accepted a cent from Calderbrook or from anyone else who does business with this council,” she said in a statement on 20 May, adding that she would cooperate fully with any inquiry and had no intention of resigning.",
      },
      /* 13 */ {
        type: "paragraph",
        text: "Calderbrook Civil Works said it had won the contract “in an open tender, as the lowest bidder”. The council’s procurement register lists three bids for the contract. Calderbrook’s bid of €2.6 million was the second-lowest; the lowest, €2.41 million, was disqualified for incomplete safety documentation.",
      },
      /* 14 */ {
        type: "paragraph",
        text: "The Eastmarch Regional Prosecutor’s Office said on 21 May that it had opened a preliminary investigation into the award of the contract. Officers searched the procurement office at Riverton Town Hall the following day under a warrant issued by the Eastmarch District Court. In the warrant application, prosecutors allege that a consultancy linked to a relative of the mayor invoiced Calderbrook for €85,000 of advisory services for which no work product has been found. A spokesperson for the office said no one had been charged.",
      },
      /* 15 */ {
        type: "paragraph",
        text: "The council has said it will publish a revised timetable for the footbridge repairs once a new contractor has been appointed. Riverton, which has a population of about 31,000, has no other pedestrian crossing over the Calder within two kilometres of its town centre.",
      },
    ],
    annotations: [
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
    ],
  },
  {
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
  },
];
