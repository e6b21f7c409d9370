// Word lists the fixture generator draws from. Fictional names and places only.

const list = (text: string): string[] => text.split("|");

export const FIRST_NAMES = list(
  "Amara|Bruno|Carla|Dmitri|Elena|Farid|Grace|Hugo|Ingrid|Jonas|Kemi|Lars|Maya|Nikolai|Olga|" +
    "Pedro|Quentin|Rosa|Samir|Tomas|Ursula|Viktor|Wen|Ximena|Yusuf|Zofia|Anton|Beatriz|Cyril|Dalia",
);

export const LAST_NAMES = list(
  "Okafor|Lindqvist|Moreau|Petrov|Castillo|Haddad|Novak|Brennan|Tanaka|Van Dijk|Rossi|Kowalski|" +
    "Mensah|Schneider|Duarte|Fischer|Aydin|Ng|Olsen|Marchetti|Kariuki|Dubois|Horvat|Sato|Ferreira",
);

export const ROLES = list(
  "Minister of Finance|Minister of Health|mayor of Riverside|city engineer|council spokesperson|" +
    "opposition leader|chief inspector|union representative|project director|auditor general|" +
    "deputy mayor|harbour master|school principal|hospital director|police commissioner|" +
    "residents' association chair",
);

export const ORG_PREFIXES = list(
  "Ministry of|Department of|Office of|Agency for|Council for|Institute of|Commission on|Board of",
);

export const ORG_TOPICS = list(
  "Health|Finance|Transport|Water Management|Public Works|Housing|Education|" +
    "Environmental Protection|Emergency Services|Fisheries|Energy|Statistics|Urban Planning|" +
    "Labour|Coastal Defence|Procurement|Audit|Justice",
);

export const PLACES = list(
  "Riverside|Northgate|Eastbrook|Millhaven|Stonebridge|Westmere|Ashford Bay|Kettering Flats|" +
    "Old Harbour|Greenhollow|Marlow Point|Southwick",
);

export const THINGS = list(
  "flood barrier|bridge|water treatment plant|hospital wing|bus depot|school renovation|" +
    "housing scheme|harbour wall|pumping station|ring road|tram extension|waste incinerator|" +
    "sea defence|emergency shelter",
);

export const GROUPS = list(
  "residents|workers|families|patients|contractors|engineers|pupils|commuters|shop owners|volunteers",
);

export const PAST_VERBS = list(
  "approved|delayed|inspected|closed|reopened|audited|rebuilt|evacuated|suspended|expanded|" +
    "repaired|cancelled",
);

export const ADJECTIVES = list(
  "unsafe|overdue|over budget|badly designed|essential|untested|poorly managed|long awaited|" +
    "fully funded|structurally sound|inadequate|on schedule",
);

export const MONTHS = list(
  "January|February|March|April|May|June|July|August|September|October|November|December",
);

/** Host names of the sources, all under the reserved .example top-level domain. */
export const PUBLISHERS = list(
  "riverside-gazette|northgate-times|coastal-herald|civic-record|public-works-review|open-budget|" +
    "harbour-news|the-ledger|audit-watch|county-bulletin|data-desk|court-reports",
);

export const SECTIONS = list("news|reports|documents|data|statements|archive");

export const HEADINGS = list(
  "The contract|Delays and rising costs|What residents say|The inspection reports|" +
    "Questions for the council|The money trail|What happens next|A second warning",
);

export const CLAIM_CUES = list("said|according to|told reporters|announced|stated");
export const ALLEGATION_CUES = list("alleged|accused|claimed|is accused of|charged");
export const NOTES = list(
  "Repeated at the council meeting the next day.|Checked against the published minutes.|" +
    "The figure differs from the budget papers.|Confirmed by two people present.||",
);

/** Sentence templates; {slot} placeholders are filled by the generator. */
export const TEMPLATES = [
  "{speaker} said on {date} that {number} {group} had been {verbed} from {place}.",
  "According to {speaker}, the {thing} will cost {money} over the next {small} years.",
  "{person}, the {role}, told reporters that the {thing} in {place} was {adjective}.",
  "The {thing} was {verbed} on {date}, records published by the {org} show.",
  "Residents of {place} say the {thing} has been {adjective} for at least {small} months.",
  "Critics allege that the {org} {verbed} the {thing} without a public tender.",
  "Documents seen by this newspaper show that {money} was paid to contractors before work began.",
  "{person} denied any wrongdoing and said the {thing} was {adjective} when it was handed over.",
  "At least {number} {group} were affected when the {thing} near {place} was {verbed}.",
  "The {org} said in a statement that it had {verbed} the {thing} after an inspection.",
  "An internal report dated {date} describes the {thing} as {adjective} and urges repairs.",
  "Opposition members claim the figures were changed twice before the vote on {date}.",
  "Asked about the delays, a spokesperson for the {org} declined to comment.",
  "In {place}, {number} {group} signed a petition asking for the {thing} to be {verbed}.",
];
