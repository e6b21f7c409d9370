// Speaker resolution: every mention (a name, surname, title, abbreviation, pronoun or
// description) is resolved to the name the article first introduced, and then to an existing
// speaker of the newsroom when one has that name or alias.
import type { SpeakerType } from "@/db/enums";
import { nameTokens } from "./score";
import type { Tokenized } from "./tokens";
import { MentionList, SEX_OF, type Entity, type Sex } from "./mentions";
import type { KnownSpeaker, SuggestedSpeaker } from "./types";
import {
  ORG_WORDS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  ROLE_NOUNS,
  THING_PRONOUNS,
  TITLES,
} from "./lexicon";
import {
  CALENDAR,
  CONNECTORS,
  DETERMINERS,
  FUNCTION_WORDS,
  GENERIC_BODIES,
  PLACE_PREPOSITIONS,
  cleanName,
  isAbbreviation,
  isCap,
  typeOf,
  words,
} from "./names";

export class SpeakerBook {
  private entities: Entity[] = [];
  private mentions: MentionList;

  constructor(
    private readonly doc: Tokenized,
    private readonly known: readonly KnownSpeaker[],
  ) {
    this.mentions = new MentionList(doc);
    this.collectNames();
  }

  /** Registers every capitalised name in document order, so later short forms find it. */
  private collectNames() {
    const { toks, text } = this.doc;
    let k = 0;
    while (k < toks.length) {
      const t = toks[k]!;
      const prev = toks[k - 1];
      const sentenceStart = !prev || prev.sent !== t.sent || /^["“(:‘]$/.test(prev.text);
      if (!isCap(t) || (sentenceStart && t.pos !== "PROPN") || CALENDAR.test(t.text)) {
        k++;
        continue;
      }
      let j = k;
      for (;;) {
        const next = toks[j + 1];
        if (!next || next.sent !== t.sent) break;
        if (isCap(next) || (next.text === "-" && next.start === toks[j]!.end)) j++;
        else if (toks[j]!.text === "-" && next.start === toks[j]!.end) j++;
        else if (CONNECTORS.has(next.lower) && toks[j + 2] && isCap(toks[j + 2]!)) j += 2;
        // "Center for Disease Control and Prevention": "and" inside a name that has "for"/"of".
        else if (
          next.lower === "and" &&
          toks[j + 2] &&
          isCap(toks[j + 2]!) &&
          toks.slice(k, j + 1).some((x) => CONNECTORS.has(x.lower))
        ) {
          j += 2;
        } else break;
      }
      let first = k;
      while (first < j && DETERMINERS.has(toks[first]!.lower)) first++;
      // A name has a proper noun in it; "The" or "I" after a quotation mark does not.
      const proper = toks
        .slice(first, j + 1)
        .some((x) => x.pos === "PROPN" || isAbbreviation(x.text));
      // "Local fishermen": a sentence's first word before a common noun is an adjective.
      const adjective =
        sentenceStart &&
        first === j &&
        toks[j + 1]?.pos === "NOUN" &&
        /^[a-z]/.test(toks[j + 1]!.text);
      if (!proper || adjective || (first === j && FUNCTION_WORDS.test(toks[first]!.text))) {
        k = j + 1;
        continue;
      }
      const span = text.slice(toks[first]!.start, toks[j]!.end);
      const before = toks[k - 1];
      // "in Sweden", "the United States": places and bodies, not people.
      // "the airline Nordwind Air": the noun in front describes the body that follows.
      const described =
        before !== undefined &&
        /^[a-z]/.test(before.text) &&
        GENERIC_BODIES.test(before.lower) &&
        !toks.slice(first, j + 1).some((x) => TITLES.has(x.lower));
      const notPerson =
        (before !== undefined &&
          (PLACE_PREPOSITIONS.has(before.lower) || before.lower === "the")) ||
        first > k ||
        described;
      const after = toks[j + 1];
      const salient =
        after !== undefined &&
        after.sent === t.sent &&
        (after.pos === "VERB" || after.pos === "AUX" || after.text === ",");
      const entity = this.register(words(span), notPerson);
      if (described) entity.descriptors.add(before.lower);
      this.mentions.push({ entity, at: t.start, salient });
      if (entity.type === "person" && !entity.sex) entity.sex = this.sexAround(k, j);
      // "the Center for Disease Control (CDC)": the bracketed abbreviation names the same body.
      const a = toks[j + 1];
      const b = toks[j + 2];
      if (a?.text === "(" && b && isAbbreviation(b.text) && toks[j + 3]?.text === ")") {
        entity.abbreviation = b.text.replace(/\./g, "");
        j += 3;
      }
      k = j + 1;
    }
  }

  /** An honorific in the name, or the first he/she after it with no other name between. */
  private sexAround(k: number, j: number): Sex | null {
    const { toks } = this.doc;
    for (let x = k; x <= j; x++) {
      const sex = SEX_OF[toks[x]!.lower];
      if (sex && /^[A-Z]/.test(toks[x]!.text)) return sex;
    }
    for (let x = j + 1; x < toks.length && x <= j + 15 && toks[x]!.sent === toks[j]!.sent; x++) {
      if (toks[x]!.pos === "PROPN") return null;
      const sex = toks[x]!.pos === "PRON" ? SEX_OF[toks[x]!.lower] : undefined;
      if (sex) return sex;
    }
    return null;
  }

  private register(raw: string[], place: boolean): Entity {
    const clean = cleanName(raw);
    const found = this.lookup(clean);
    if (found) return found;
    const type: SpeakerType = place && typeOf(clean) === "person" ? "organization" : typeOf(clean);
    const entity: Entity = {
      name: clean.join(" "),
      type,
      tokens: nameTokens(clean.join(" ")),
      initials: raw
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w[0])
        .join(""),
      abbreviation: null,
      descriptors: new Set(),
      sex: null,
    };
    this.entities.push(entity);
    return entity;
  }

  /** An entity already introduced that these words name: same, shorter, or its abbreviation. */
  private lookup(clean: readonly string[]): Entity | null {
    const tokens = nameTokens(clean.join(" "));
    const abbr = clean
      .find((w) => isAbbreviation(w))
      ?.replace(/\./g, "")
      .replace(/s$/, "");
    const surname = clean.length <= 3 ? clean[clean.length - 1]!.toLowerCase() : null;
    // The first introduction wins: later short forms ("Roe", "Ms Roe") name the same speaker.
    for (const entity of this.entities) {
      if ([...tokens].every((t) => entity.tokens.has(t))) return entity;
      if (
        surname &&
        entity.type === "person" &&
        entity.name.toLowerCase().endsWith(` ${surname}`)
      ) {
        return entity;
      }
      if (
        abbr &&
        (entity.abbreviation === abbr ||
          entity.initials === abbr ||
          (abbr.length >= 3 && entity.initials.includes(abbr)))
      ) {
        return entity;
      }
    }
    return null;
  }

  /** "The CDC has said …, it has also acknowledged …": a speaker earlier in the sentence. */
  /**
   * Resolves the words of a speaker mention at `start` to a speaker. Pronouns and descriptions go
   * to the latest fitting mention before them; names to the name first introduced.
   */
  resolve(text: string, from: number, end: number): SuggestedSpeaker | null {
    // "…, which police denied": the relative pronoun joins the clause, it names no one.
    const relative = /^(?:which|who|whom|that)\s+(?=\S)/i.exec(text);
    const mention = relative ? text.slice(relative[0].length) : text;
    const start = from + (relative?.[0].length ?? 0);
    const w = words(mention.replace(/[,:]$/, ""));
    if (w.length === 0) return null;
    const lower = w.map((x) => x.toLowerCase());
    const head = lower[lower.length - 1]!;
    let entity: Entity | null = null;
    // A pronoun refers to the latest speaker or sentence subject that fits, else any mention.
    const pronoun = (p: string): Entity | null => {
      const type = PERSON_PRONOUNS.has(p)
        ? "person"
        : THING_PRONOUNS.has(p)
          ? "organization"
          : PLURAL_PRONOUNS.has(p)
            ? null
            : undefined;
      if (type === undefined) return null;
      // "they" is a group or a body, never one named person.
      if (type === null) {
        return (
          this.mentions.nearby(start, "group") ??
          this.mentions.lastMention(start, "group", undefined, true)
        );
      }
      const sex = SEX_OF[p];
      return (
        this.mentions.sameSentenceSpeaker(start, type, sex) ??
        this.mentions.nearby(start, type, sex) ??
        this.mentions.lastMention(start, type, undefined, true, sex) ??
        this.mentions.lastMention(start, type, undefined, false, sex)
      );
    };
    const isPronoun =
      w.length === 1 && /^(he|she|it|they|him|her|them|his|its|their|we|i|you)$/.test(head);
    if (w.length === 1) entity = pronoun(head);
    if (entity || isPronoun) {
      // resolved
    } else if (w.length > 1 && /^(his|her|its|their)$/.test(lower[0]!) && pronoun(lower[0]!)) {
      // "his office": the office of whoever "his" refers to.
      const owner = pronoun(lower[0]!)!;
      entity = this.register([`${owner.name}'s`, ...w.slice(1)], false);
    } else if (lower[0] === "the" && ROLE_NOUNS.has(head)) {
      // "the director": the person just named; with no one named yet, the description itself.
      entity =
        this.mentions.nearby(start, "person") ??
        this.mentions.lastMention(start, "person", undefined, true) ??
        this.register(w, false);
    } else if (w.some((x) => /^[A-Z]/.test(x) && !DETERMINERS.has(x.toLowerCase()))) {
      // "Wee of the Times": a known person before "of" is that person, not the outlet.
      const of = lower.findIndex((x, n) => n > 0 && (x === "of" || x === "at"));
      const person = of > 0 ? this.lookup(cleanName(w.slice(0, of))) : null;
      entity =
        (person?.type === "person" ? person : null) ??
        this.lookup(cleanName(w)) ??
        this.register(w, false);
    } else if (
      lower[0] === "the" &&
      w.length <= 3 &&
      !lower.some((x) => /['’]s$/.test(x)) &&
      (ORG_WORDS.has(head) || GENERIC_BODIES.test(head))
    ) {
      // "the ministry": the body introduced with that word; "the company": the one just named.
      entity =
        this.mentions.lastMention(start, "organization", head) ??
        // Only a bare "the company" is the body just named: "the transport ministry" says which.
        (w.length === 2 && GENERIC_BODIES.test(head)
          ? this.mentions.nearby(start, "organization")
          : null) ??
        this.register(w, false);
    } else if (
      w.length > 1 ||
      !/^(i|we|you|who|which|that|he|she|it|they|him|her|them)$/.test(head)
    ) {
      // A pronoun with nothing to refer to stays without a speaker rather than "she".
      entity = this.register(w, false);
    }
    if (!entity) return null;
    this.mentions.push({ entity, at: start, salient: true, speaker: true });
    const known = this.matchKnown(entity.name);
    return {
      name: known?.name ?? entity.name,
      type: known?.type ?? entity.type,
      mention: { start, end, text: this.doc.text.slice(start, end) },
      speakerId: known?.id ?? null,
    };
  }

  /**
   * The newsroom's speaker with this name or alias; failing that, the only one whose name
   * contains this proper name or is contained in it ("Persson" → "Eva-Marie Persson"), unless
   * both are full names that differ.
   */
  private matchKnown(name: string): KnownSpeaker | null {
    const tokens = nameTokens(name);
    const key = [...tokens].sort().join(" ");
    const same = (n: string) => [...nameTokens(n)].sort().join(" ") === key;
    const exact = this.known.find((s) => same(s.name) || s.aliases.some(same));
    if (exact || !/^[A-Z]/.test(name)) return exact ?? null;
    const overlaps = (n: string) => {
      const other = nameTokens(n);
      return [...tokens].every((t) => other.has(t)) || [...other].every((t) => tokens.has(t));
    };
    // Two full names that differ are two people: "Dana Okafor" is not "Hana Okafor", even
    // when "Okafor" is one of Hana's aliases.
    const contradicts = (n: string) => tokens.size > 1 && nameTokens(n).size > 1 && !overlaps(n);
    const close = this.known.filter(
      (s) => !contradicts(s.name) && (overlaps(s.name) || s.aliases.some(overlaps)),
    );
    return close.length === 1 ? close[0]! : null;
  }
}
