// Pairs of article versions, written for these tests, with each annotation made on the first
// version and what it should cover in the second (null: nothing there is it any more, or it
// cannot be told apart, so it must not be placed). Data, hence longer than other files.
import type { TextBlock } from "@/lib/editor/build-doc";
import type { VersionPair } from "./score";

const p = (text: string): TextBlock => ({ type: "paragraph", text });
const h = (text: string): TextBlock => ({ type: "heading", text });
const same = (quote: string, occurrence?: number) => ({ quote, occurrence });

export const VERSION_PAIRS: VersionPair[] = [
  {
    name: "bridge: sentences reworded",
    before: [
      h("Harbour bridge to close for six weeks of repairs"),
      p(
        "The Eastgate harbour bridge will close to all traffic from 3 June while engineers replace corroded steel cables, the city council announced on Tuesday.",
      ),
      p(
        "Council leader Maria Lindqvist said the closure was “unavoidable” after an inspection in March found that two of the bridge’s twelve main cables had lost more than a fifth of their strength.",
      ),
      p(
        "“We would rather inconvenience drivers for six weeks than take any risk with public safety,” Lindqvist told reporters outside the town hall.",
      ),
      p(
        "Local businesses on the north bank say the timing could not be worse. The Harbour Traders Association claims its members will lose up to £2 million during the closure, which covers the start of the tourist season.",
      ),
      p(
        "A free shuttle bus will run every ten minutes between the two banks, and the ferry service will add three extra crossings a day, according to the council.",
      ),
    ],
    after: [
      h("Harbour bridge to close for six weeks"),
      p(
        "The Eastgate harbour bridge will close to all traffic from 10 June while engineers replace corroded steel cables, the city council announced on Tuesday.",
      ),
      p(
        "Council leader Maria Lindqvist described the closure as “unavoidable” after a March inspection found that two of the bridge’s twelve main cables had lost more than a fifth of their strength.",
      ),
      p(
        "“We would rather inconvenience drivers for six weeks than take any risks with public safety,” Lindqvist told reporters outside the town hall.",
      ),
      p(
        "Local businesses on the north bank say the timing is terrible. Shop owners have not put a figure on their losses, but several said they expected a difficult summer.",
      ),
      p(
        "A free shuttle bus will run every 10 minutes between the two banks, and the ferry service will add three extra crossings a day, according to the council.",
      ),
    ],
    annotations: [
      {
        id: "heading",
        quote: "Harbour bridge to close for six weeks of repairs",
        expected: same("Harbour bridge to close for six weeks"),
      },
      {
        id: "date",
        quote: "The Eastgate harbour bridge will close to all traffic from 3 June",
        expected: same("The Eastgate harbour bridge will close to all traffic from 10 June"),
        status: "changed",
      },
      {
        id: "announced",
        quote: "the city council announced on Tuesday",
        expected: same("the city council announced on Tuesday"),
        status: "moved",
      },
      { id: "unavoidable", quote: "“unavoidable”", expected: same("“unavoidable”") },
      {
        id: "cables",
        quote:
          "two of the bridge’s twelve main cables had lost more than a fifth of their strength",
        expected: same(
          "two of the bridge’s twelve main cables had lost more than a fifth of their strength",
        ),
      },
      {
        id: "risk",
        quote:
          "“We would rather inconvenience drivers for six weeks than take any risk with public safety,”",
        expected: same(
          "“We would rather inconvenience drivers for six weeks than take any risks with public safety,”",
        ),
        status: "changed",
      },
      {
        id: "town-hall",
        quote: "Lindqvist told reporters outside the town hall",
        expected: same("Lindqvist told reporters outside the town hall"),
      },
      { id: "timing", quote: "the timing could not be worse", expected: null },
      {
        id: "two-million",
        quote:
          "The Harbour Traders Association claims its members will lose up to £2 million during the closure",
        expected: null,
      },
      {
        id: "shuttle",
        quote: "A free shuttle bus will run every ten minutes between the two banks",
        expected: same("A free shuttle bus will run every 10 minutes between the two banks"),
        status: "changed",
      },
      {
        id: "ferry",
        quote: "three extra crossings a day",
        expected: same("three extra crossings a day"),
      },
    ],
  },
  {
    name: "hospital: a paragraph moved up",
    before: [
      h("Hospital waiting lists reach record high"),
      p(
        "More than 7.6 million people in England are waiting for hospital treatment, the highest figure since records began in 2007, new NHS figures show.",
      ),
      p(
        "The data, published on Thursday, show that 389,000 patients have waited more than a year for planned operations such as hip and knee replacements.",
      ),
      p(
        "Health Secretary Daniel Okoro said the government was “throwing everything” at the backlog and that waiting times would fall by the end of next year.",
      ),
      p(
        "The Royal College of Surgeons warned that patients in pain were being left “in limbo” and called for ring-fenced funding for surgical hubs.",
      ),
      p(
        "Hospital leaders say staff shortages remain the biggest obstacle. There are currently 112,000 vacant posts across the health service, including 40,000 nursing roles.",
      ),
    ],
    after: [
      h("Hospital waiting lists reach record high"),
      p(
        "More than 7.6 million people in England are waiting for hospital treatment, the highest figure since records began in 2007, new NHS figures show.",
      ),
      p(
        "Hospital leaders say staff shortages remain the biggest obstacle. There are currently 112,000 vacant posts across the health service, including 40,000 nursing roles.",
      ),
      p(
        "The data, published on Thursday, show that 389,000 patients have waited more than a year for planned operations such as hip and knee replacements.",
      ),
      p(
        "Health Secretary Daniel Okoro said the government was “throwing everything” at the backlog and that waiting times would fall by the end of next year.",
      ),
      p(
        "The Royal College of Surgeons warned that patients in pain were being left “in limbo” and called for ring-fenced funding for surgical hubs.",
      ),
    ],
    annotations: [
      {
        id: "heading",
        quote: "Hospital waiting lists reach record high",
        expected: same("Hospital waiting lists reach record high"),
        status: "kept",
      },
      {
        id: "millions",
        quote: "More than 7.6 million people in England are waiting for hospital treatment",
        expected: same(
          "More than 7.6 million people in England are waiting for hospital treatment",
        ),
        status: "kept",
      },
      {
        id: "record",
        quote: "the highest figure since records began in 2007",
        expected: same("the highest figure since records began in 2007"),
        status: "kept",
      },
      {
        id: "year-wait",
        quote: "389,000 patients have waited more than a year",
        expected: same("389,000 patients have waited more than a year"),
        status: "moved",
      },
      {
        id: "everything",
        quote: "“throwing everything”",
        expected: same("“throwing everything”"),
        status: "moved",
      },
      {
        id: "next-year",
        quote: "waiting times would fall by the end of next year",
        expected: same("waiting times would fall by the end of next year"),
      },
      { id: "limbo", quote: "“in limbo”", expected: same("“in limbo”") },
      {
        id: "shortages",
        quote: "staff shortages remain the biggest obstacle",
        expected: same("staff shortages remain the biggest obstacle"),
        status: "moved",
      },
      {
        id: "vacancies",
        quote: "112,000 vacant posts across the health service",
        expected: same("112,000 vacant posts across the health service"),
      },
      { id: "nurses", quote: "40,000 nursing roles", expected: same("40,000 nursing roles") },
    ],
  },
  {
    name: "burglaries: a paragraph inserted at the top",
    before: [
      p(
        "Police have arrested three men after a series of burglaries in the village of Ashby Green, where residents say they have felt “under siege” since January.",
      ),
      p(
        "Detective Inspector Sarah Mensah said officers had recovered jewellery, two laptops and a quantity of cash during searches of addresses in the town on Monday morning.",
      ),
      p(
        "“This was a targeted operation and I want to thank the community for their patience,” she said.",
      ),
      p("The men, aged 24, 31 and 45, have been released on bail pending further inquiries."),
      p(
        "Parish councillor Tom Hale said 23 homes had been broken into since the start of the year, more than in the previous five years combined.",
      ),
    ],
    after: [
      p("Update, 14:20: This article has been updated with a statement from the parish council."),
      p(
        "Police have arrested three men after a series of burglaries in the village of Ashby Green, where residents say they have felt “under siege” since January.",
      ),
      p(
        "Detective Inspector Sarah Mensah said officers had recovered jewellery, two laptops and a quantity of cash during searches of addresses in the town on Monday morning.",
      ),
      p(
        "“This was a targeted operation and I want to thank the community for their patience,” she said.",
      ),
      p("The men, aged 24, 31 and 45, have been released on bail pending further inquiries."),
      p(
        "Parish councillor Tom Hale said 23 homes had been broken into since the start of the year, more than in the previous five years combined.",
      ),
    ],
    annotations: [
      { id: "siege", quote: "“under siege”", expected: same("“under siege”"), status: "moved" },
      { id: "three-men", quote: "three men", expected: same("three men"), status: "moved" },
      {
        id: "recovered",
        quote: "recovered jewellery, two laptops and a quantity of cash",
        expected: same("recovered jewellery, two laptops and a quantity of cash"),
        status: "moved",
      },
      {
        id: "operation",
        quote:
          "“This was a targeted operation and I want to thank the community for their patience,”",
        expected: same(
          "“This was a targeted operation and I want to thank the community for their patience,”",
        ),
        status: "moved",
      },
      { id: "she-said", quote: "she said", expected: same("she said"), status: "moved" },
      {
        id: "ages",
        quote: "aged 24, 31 and 45",
        expected: same("aged 24, 31 and 45"),
        status: "moved",
      },
      {
        id: "bail",
        quote: "released on bail",
        expected: same("released on bail"),
        status: "moved",
      },
      {
        id: "homes",
        quote: "23 homes had been broken into since the start of the year",
        expected: same("23 homes had been broken into since the start of the year"),
        status: "moved",
      },
      {
        id: "combined",
        quote: "more than in the previous five years combined",
        expected: same("more than in the previous five years combined"),
        status: "moved",
      },
    ],
  },
  {
    name: "sewage fine: white space and quote marks",
    before: [
      p(
        "The regional water company has been fined £3.2 million for pumping untreated sewage into the River Wend on at least 40 occasions between 2019 and 2021.",
      ),
      p(
        "Judge Helen Carter said the company’s conduct showed “a flagrant disregard for the environment” and that its record-keeping had been “chaotic”.",
      ),
      p(
        "A spokesperson for Wendwater said the company accepted the ruling and had invested £50 million in new storm overflows since 2022.",
      ),
      p(
        "Campaigners welcomed the fine but said it was “a drop in the ocean” for a company that made profits of £210 million last year.",
      ),
    ],
    after: [
      p(
        "The regional water company has been fined  £3.2\u00a0million for pumping untreated sewage into the River Wend on at least 40 occasions between 2019 and 2021.",
      ),
      p(
        'Judge Helen Carter said the company\'s conduct showed "a flagrant disregard for the environment" and that its record-keeping had been "chaotic".',
      ),
      p(
        "A spokesperson for Wendwater said the company accepted the ruling\nand had invested £50 million in new storm overflows since 2022.",
      ),
      p(
        'Campaigners welcomed the fine but said it was "a drop in the ocean" for a company that made profits of £210 million last year.',
      ),
    ],
    annotations: [
      {
        id: "fined",
        quote: "fined £3.2 million for pumping untreated sewage",
        expected: same("fined  £3.2\u00a0million for pumping untreated sewage"),
        status: "kept",
      },
      {
        id: "occasions",
        quote: "at least 40 occasions",
        expected: same("at least 40 occasions"),
        status: "moved",
      },
      {
        id: "flagrant-quoted",
        quote: "“a flagrant disregard for the environment”",
        expected: same('"a flagrant disregard for the environment"'),
        status: "moved",
      },
      {
        id: "flagrant",
        quote: "a flagrant disregard for the environment",
        expected: same("a flagrant disregard for the environment"),
        status: "moved",
      },
      {
        id: "conduct",
        quote: "the company’s conduct",
        expected: same("the company's conduct"),
        status: "moved",
      },
      { id: "chaotic", quote: "“chaotic”", expected: same('"chaotic"'), status: "moved" },
      {
        id: "invested",
        quote: "accepted the ruling and had invested £50 million",
        expected: same("accepted the ruling\nand had invested £50 million"),
        status: "moved",
      },
      { id: "drop", quote: "“a drop in the ocean”", expected: same('"a drop in the ocean"') },
      {
        id: "profits",
        quote: "profits of £210 million last year",
        expected: same("profits of £210 million last year"),
        status: "moved",
      },
    ],
  },
  {
    name: "school: a quote duplicated, sentences swapped",
    before: [
      p(
        "Greenfield Primary School will close in July after the county council voted to merge it with a larger school two miles away.",
      ),
      p(
        "Councillors voted by nine to four in favour of the plan on Wednesday evening. Parents had presented a petition signed by more than 1,800 people opposing the merger.",
      ),
      p(
        "“The decision has been made on cost grounds alone,” said parent Joanne Reilly, whose two children attend the school.",
      ),
      p(
        "The council says the school has 96 pupils but space for 210, and that falling birth rates mean numbers will keep dropping.",
      ),
    ],
    after: [
      p(
        "Greenfield Primary School will close in July after the county council voted to merge it with a larger school two miles away.",
      ),
      p(
        "Parents had presented a petition signed by more than 1,800 people opposing the merger. Councillors voted by nine to four in favour of the plan on Wednesday evening.",
      ),
      p(
        "Joanne Reilly, whose two children attend the school, was among those who spoke before the vote. “The decision has been made on cost grounds alone,” she told councillors.",
      ),
      p(
        "Outside the meeting, other parents echoed her words. “The decision has been made on cost grounds alone,” one father said.",
      ),
      p(
        "The council says the school has 96 pupils but space for 210, and that falling birth rates mean numbers will keep dropping.",
      ),
    ],
    annotations: [
      {
        id: "close",
        quote: "Greenfield Primary School will close in July",
        expected: same("Greenfield Primary School will close in July"),
        status: "kept",
      },
      {
        id: "vote",
        quote: "Councillors voted by nine to four in favour of the plan on Wednesday evening.",
        expected: same(
          "Councillors voted by nine to four in favour of the plan on Wednesday evening.",
        ),
        status: "moved",
      },
      {
        id: "petition",
        quote: "a petition signed by more than 1,800 people",
        expected: same("a petition signed by more than 1,800 people"),
        status: "moved",
      },
      // Twice in the new version, neither time where it was: the reviewer has to choose.
      { id: "cost", quote: "“The decision has been made on cost grounds alone,”", expected: null },
      { id: "parent", quote: "parent Joanne Reilly", expected: null },
      {
        id: "children",
        quote: "whose two children attend the school",
        expected: same("whose two children attend the school"),
      },
      {
        id: "pupils",
        quote: "96 pupils but space for 210",
        expected: same("96 pupils but space for 210"),
      },
      { id: "birth", quote: "falling birth rates", expected: same("falling birth rates") },
    ],
  },
  {
    name: "budget: short quotes that occur many times",
    before: [
      p(
        "The mayor said the city would not raise council tax this year. The mayor said the budget gap of £40 million would be closed through savings.",
      ),
      p(
        "Opposition leader Priya Shah said the mayor had “no credible plan” and said the savings would fall on libraries and youth services.",
      ),
      p(
        "The mayor’s office said 40 posts would go, but that there would be no compulsory redundancies. Unions said they had not been consulted.",
      ),
      p("A final vote is expected on 12 March, the mayor said."),
    ],
    after: [
      p(
        "The mayor confirmed on Monday that the city would not raise council tax this year. The mayor said the budget gap of £40 million would be closed through savings.",
      ),
      p(
        "Opposition leader Priya Shah said the mayor had “no credible plan” and said the savings would fall on libraries and youth services.",
      ),
      p(
        "The mayor’s office said 42 posts would go, but that there would be no compulsory redundancies. Unions said they had not been consulted.",
      ),
      p("A final vote is expected on 12 March, the mayor said."),
    ],
    annotations: [
      { id: "said-gone", quote: "said", expected: null },
      { id: "said-gap", quote: "said", occurrence: 1, expected: same("said", 0), status: "moved" },
      { id: "the-mayor", quote: "the mayor", expected: same("the mayor", 0) },
      { id: "shah-said", quote: "said", occurrence: 2, expected: same("said", 1) },
      { id: "second-said", quote: "said", occurrence: 3, expected: same("said", 2) },
      { id: "forty-million", quote: "£40 million", expected: same("£40 million") },
      { id: "forty", quote: "40", occurrence: 1, expected: same("42") },
      { id: "office-said", quote: "said", occurrence: 4, expected: same("said", 3) },
      { id: "unions", quote: "Unions said", expected: same("Unions said") },
      { id: "mayor-said", quote: "the mayor said", expected: same("the mayor said") },
      { id: "plan", quote: "“no credible plan”", expected: same("“no credible plan”") },
    ],
  },
  {
    name: "derailment: numbers changed, typos fixed",
    before: [
      p(
        "At least 40 people were injured when a passenger train derailed near Millbrook station on Saturday afternoon, the rail operator said.",
      ),
      p(
        "Emergency services said 12 of the injured were taken to hospital, three of them with serious injuries. The remaining passengers were treated at the scene.",
      ),
      p(
        "The Rail Accident Investigation Branch has sent inspectors to the site. A spokesperson said it was “too early to speculate” about the cause, but the goverment has promised a full inquiry.",
      ),
      p(
        "Services between Millbrook and Carston are expected to remain suspended until at least Wednesday, and replacment buses are running.",
      ),
    ],
    after: [
      p(
        "At least 42 people were injured when a passenger train derailed near Millbrook station on Saturday afternoon, the rail operator said.",
      ),
      p(
        "Emergency services said 14 of the injured were taken to hospital, three of them with serious injuries. The remaining passengers were treated at the scene.",
      ),
      p(
        "The Rail Accident Investigation Branch has sent inspectors to the site. A spokesperson said it was “too early to speculate” about the cause, but the government has promised a full inquiry.",
      ),
      p(
        "Services between Millbrook and Carston are expected to remain suspended until at least Wednesday, and replacement buses are running.",
      ),
    ],
    annotations: [
      {
        id: "injured",
        quote: "At least 40 people were injured",
        expected: same("At least 42 people were injured"),
        status: "changed",
      },
      {
        id: "forty-people",
        quote: "40 people",
        expected: same("42 people"),
        status: "changed",
      },
      {
        id: "operator",
        quote: "the rail operator said",
        expected: same("the rail operator said"),
        status: "kept",
      },
      {
        id: "hospital",
        quote: "12 of the injured were taken to hospital",
        expected: same("14 of the injured were taken to hospital"),
        status: "changed",
      },
      {
        id: "serious",
        quote: "three of them with serious injuries",
        expected: same("three of them with serious injuries"),
        status: "kept",
      },
      {
        id: "speculate",
        quote: "“too early to speculate”",
        expected: same("“too early to speculate”"),
        status: "kept",
      },
      {
        id: "inquiry",
        quote: "the goverment has promised a full inquiry",
        expected: same("the government has promised a full inquiry"),
        status: "changed",
      },
      {
        id: "buses",
        quote: "replacment buses are running",
        expected: same("replacement buses are running"),
        status: "changed",
      },
      {
        id: "suspended",
        quote: "expected to remain suspended until at least Wednesday",
        expected: same("expected to remain suspended until at least Wednesday"),
      },
    ],
  },
  {
    name: "wind farm: quotes deleted or rewritten",
    before: [
      p(
        "A proposed wind farm off the coast of Northshire would power 400,000 homes and create 900 jobs during construction, its developer said on Monday.",
      ),
      p(
        "Brightwater Energy wants to install 60 turbines about 15 miles offshore. The company said construction could begin in 2027 if planning permission is granted.",
      ),
      p(
        "Fishing groups have raised concerns. “The turbines would sit on some of the richest fishing grounds in the North Sea,” said Alan Moss of the Northshire Fishermen’s Association.",
      ),
      p(
        "Brightwater said it would fund a £5 million compensation scheme for affected fishing crews and would consult on the location of cable routes.",
      ),
      p(
        "The local MP, Rebecca Stone, said she supported the plan in principle but wanted guarantees that jobs would go to local people.",
      ),
    ],
    after: [
      p(
        "A proposed wind farm off the coast of Northshire could supply electricity to about 400,000 households, its developer said on Monday, with up to 900 construction jobs.",
      ),
      p(
        "Brightwater Energy wants to install 60 turbines about 15 miles offshore. The company said construction could begin in 2027 if planning permission is granted.",
      ),
      p("Fishing groups have raised concerns about the scheme's effect on catches."),
      p(
        "The local MP, Rebecca Stone, said she supported the plan in principle but wanted guarantees that jobs would go to local people.",
      ),
    ],
    annotations: [
      {
        id: "power",
        quote: "would power 400,000 homes and create 900 jobs during construction",
        expected: null,
      },
      {
        id: "developer",
        quote: "its developer said on Monday",
        expected: same("its developer said on Monday"),
      },
      {
        id: "turbines",
        quote: "60 turbines about 15 miles offshore",
        expected: same("60 turbines about 15 miles offshore"),
      },
      {
        id: "begin",
        quote: "construction could begin in 2027",
        expected: same("construction could begin in 2027"),
      },
      {
        id: "concerns",
        quote: "Fishing groups have raised concerns",
        expected: same("Fishing groups have raised concerns"),
      },
      {
        id: "grounds",
        quote: "“The turbines would sit on some of the richest fishing grounds in the North Sea,”",
        expected: null,
      },
      { id: "moss", quote: "Alan Moss of the Northshire Fishermen’s Association", expected: null },
      { id: "compensation", quote: "£5 million compensation scheme", expected: null },
      { id: "cables", quote: "consult on the location of cable routes", expected: null },
      {
        id: "principle",
        quote: "she supported the plan in principle",
        expected: same("she supported the plan in principle"),
      },
      {
        id: "local-jobs",
        quote: "jobs would go to local people",
        expected: same("jobs would go to local people"),
      },
    ],
  },
  {
    name: "night bus: a sentence repeated in a summary",
    before: [
      p(
        "The city’s only late-night bus route, the N4, will be withdrawn from September, the transport authority confirmed on Friday.",
      ),
      p(
        "The authority said passenger numbers had fallen by a third since 2019 and that each journey now needed a subsidy of £11.",
      ),
      p(
        "Night workers say they will be left stranded. “I finish at 2am and there is no other way home,” said hospital cleaner Grace Adeyemi.",
      ),
      p("A consultation on replacement services will open next month."),
    ],
    after: [
      p(
        "In brief: the N4 night bus will stop running in September. “I finish at 2am and there is no other way home,” one night worker told us. Officials noted that each journey now needed a subsidy of £11.",
      ),
      p(
        "The city’s only late-night bus route, the N4, will be withdrawn from September, the transport authority confirmed on Friday.",
      ),
      p(
        "Passenger numbers have fallen by a third since 2019, according to the authority, which added that each journey now needed a subsidy of £11.",
      ),
      p(
        "Night workers say they will be left stranded. “I finish at 2am and there is no other way home,” said hospital cleaner Grace Adeyemi.",
      ),
      p("A consultation on replacement services will open next month."),
    ],
    annotations: [
      {
        id: "withdrawn",
        quote: "the transport authority confirmed on Friday",
        expected: same("the transport authority confirmed on Friday"),
        status: "moved",
      },
      {
        id: "fallen",
        quote: "passenger numbers had fallen by a third since 2019",
        expected: same("Passenger numbers have fallen by a third since 2019"),
        status: "changed",
      },
      {
        id: "subsidy",
        quote: "each journey now needed a subsidy of £11",
        expected: same("each journey now needed a subsidy of £11", 1),
        status: "moved",
      },
      {
        id: "home",
        quote: "“I finish at 2am and there is no other way home,”",
        expected: same("“I finish at 2am and there is no other way home,”", 1),
        status: "moved",
      },
      {
        id: "cleaner",
        quote: "hospital cleaner Grace Adeyemi",
        expected: same("hospital cleaner Grace Adeyemi"),
      },
      {
        id: "consultation",
        quote: "A consultation on replacement services will open next month.",
        expected: same("A consultation on replacement services will open next month."),
        status: "moved",
      },
    ],
  },
];
