// The published demo article: a town's month of closures, a chemical release and an
// allegation. Its annotations are in footbridge-annotations.ts.
import type { DemoArticle } from "./content";

export const footbridgeArticle: Omit<DemoArticle, "annotations"> = {
  slug: "riverton-footbridge-closure-solvent-leak-bribery-claim",
  title:
    "Riverton closes footbridge, 40 taken to hospital after solvent leak as mayor denies bribery claim",
  status: "published",
  // The Courier's report of 26 May is the piece this fact-check annotates.
  checkedArticle: {
    outlet: "The Valley Courier",
    author: "Hana Ostrova",
    url: "https://www.valley-courier.example/2026/05/26/riverton-footbridge-solvent-leak-bribery-claim",
    date: "2026-05-26",
  },
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
};
