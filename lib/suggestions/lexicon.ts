// Word lists the rules use: attribution cues, titles, organisation words, pronouns. They describe
// English news style in general; nothing here is taken from a particular article.

function forms(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Speech and reporting verbs in every inflection news copy uses. */
export const SPEECH_VERBS = new Set(
  forms(`say says said saying tell tells told telling add adds added adding state states stated claim
  claims claimed claiming allege alleges alleged alleging deny denies denied denying accuse
  accuses accused accusing confirm confirms confirmed confirming announce announces announced
  announcing warn warns warned warning insist insists insisted insisting tweet tweets tweeted
  tweeting write writes wrote writing urge urges urged urging report reports reported
  reporting explain explains explained explaining argue argues argued arguing acknowledge
  acknowledges acknowledged acknowledging admit admits admitted admitting assure assures
  assured estimate estimates estimated indicate indicates indicated stress stresses stressed
  reiterate reiterates reiterated note notes noted declare declares declared ruled rules chant
  chanted chanting cite cites cited suggest suggests suggested predict predicts predicted
  testify testified conclude concludes concluded emphasise emphasised emphasize emphasized
  maintain maintains maintained contend contends contended concede conceded posted revealed
  reveals reveal disclosed asserted assert asserts complained complains complain replied
  replies responded recalled observed remarked promised promises pledged vowed vows threatened
  describes described welcomed welcomes welcome condemned condemns condemn criticised
  criticized criticises criticizes defended defends defending touted touts lobbied demanded
  demands questioned instructed instructs ordered disputed disputes
  praised praises`),
);

/** Cues that make what follows an allegation rather than a plain claim. */
export const ACCUSING_VERBS = new Set(
  forms(`accuse accuses accused accusing allege alleges alleged alleging`),
);

/** Directive and stance verbs: the quote is the verb's object, not a reported clause. */
export const STANCE_VERBS = new Set(
  forms(`urged urges urge welcomed welcomes welcome condemned condemns condemn criticised criticized
  criticises criticizes defended defends defending touted touts lobbied demanded demands
  questioned disputed disputes praised praises`),
);

/** Words between a subject and its cue verb that are not part of either. */
export const CUE_FILLERS = new Set(
  forms(`has have had also later previously repeatedly openly sharply always earlier then again once
  would will did does do been is was were are in an interview separately publicly recently
  quickly flatly strongly furthermore`),
);

export const TITLES = new Set(
  forms(`mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady gov gov. sen sen. rep rep.
  st president vice prime minister secretary deputy director general attorney governor senator
  representative chief executive officer ceo chairman chairwoman chair spokesman spokeswoman
  spokesperson judge justice mayor commissioner superintendent speaker coach former acting
  head leader founder co-founder cofounder ambassador king queen prince princess pope bishop
  rev rev. professor captain gen. col. lt. sgt. inspector detective chancellor treasurer
  councillor councilman councilwoman congressman congresswoman lawmaker state foreign interior
  defence defense health finance house senate manager analyst correspondent reporter editor
  columnist writer quarterback linebacker defensive lineman end tackle star player striker
  midfielder owner president-elect us u.s. uk`),
);

/** Words that make a name an organisation rather than a person. */
export const ORG_WORDS = new Set(
  forms(`ministry authority authorities police office commission court league union council
  department agency times news post press reuters association party government inc corp corp.
  company university committee bureau service services organization organisation institute
  center centre foundation group board federation bank fund network journal tribune herald
  gazette magazine army navy force forces senate parliament congress assembly legislature
  administration cabinet embassy prosecutors officials regulator regulators statement study
  report presentation ruling survey poll firm airline club team unions coalition alliance
  consortium commission's capitol state's court's newspaper channel broadcaster radio
  television tv school schools college hospital prosecution prosecutors' officials'
  authority's ministry's police's`),
);

export const PERSON_PRONOUNS = new Set(["he", "she", "him", "her", "his"]);
export const THING_PRONOUNS = new Set(["it", "its"]);
export const PLURAL_PRONOUNS = new Set(["they", "them", "their"]);

/** Nouns that describe a person by role: "the founder", "the coach". */
export const ROLE_NOUNS = new Set(
  forms(`founder co-founder president minister secretary director spokesman spokeswoman spokesperson
  chief executive ceo chairman chairwoman governor senator judge mayor coach commissioner
  official lawyer attorney leader head premier chancellor player quarterback manager owner
  star prosecutor doctor professor author`),
);

/** Hedging and accusing words that make a clause an allegation. */
export const ALLEGATION_WORDS =
  /\b(?:accused of|accused by (?:[\w'’-]+ ){1,5}?of|accusing|allegedly|alleged|suspected of|is suspected|are suspected|was suspected|were suspected|believed to have (?:killed|murdered|stolen|taken part|been involved|ordered|paid|bribed|hidden|fled|leaked|hacked|attacked|shot|abused|defrauded|embezzled|funded|planned|helped|carried out|committed|smuggled|sold|laundered)|charged with|faces? (?:[\w-]+ ){0,3}?charges?|facing (?:[\w-]+ ){0,3}?charges?|charges? of|accusations? (?:of|that)|allegations? (?:of|that)|investigations? for|investigated for)\b/i;

/** Words of blame: a source who says someone did these makes an allegation, not a plain claim. */
export const BLAME_WORDS =
  /\b(?:vilif(?:y|ies|ied)|lied|lying to|misled|mislead(?:ing)?|covered up|cover-up|betray(?:ed|s)?|cheated|stole|stolen|abused|bribed|defrauded|embezzled|corrupt(?:ion)?|fraud(?:ulent)?|smeared|incited|instigated|harass(?:ed|ment)|assaulted|rigged|looted)\b/i;
