// Speaker resolution: every mention (a name, surname, title, abbreviation, pronoun or
// description) is resolved to the name the article first introduced, and then to an existing
// speaker of the newsroom when one has that name or alias.
import type { SpeakerType } from "@/db/enums";
import { nameTokens } from "./score";
import type { Tok, Tokenized } from "./tokens";
import type { KnownSpeaker, SuggestedSpeaker } from "./types";
import {
  ORG_WORDS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  ROLE_NOUNS,
  THING_PRONOUNS,
  TITLES,
} from "./lexicon";

interface Entity {
  name: string;
  type: SpeakerType;
  tokens: Set<string>;
  /** Initials of its capitalised words ("Center for Disease Control" → "CDC"). */
  initials: string;
  abbreviation: string | null;
}

interface Mention {
  entity: Entity;
  at: number;
}

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "one", "two"]);
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "to", "near", "into", "across", "of"]);
const CONNECTORS = new Set(["of", "for", "and", "de", "&"]);
const isCap = (t: Tok) => /^[A-Z]/.test(t.text) && t.pos !== "PUNCT";
const isAbbreviation = (s: string) => /^[A-Z]{2,6}s?$/.test(s.replace(/\./g, ""));

/** By the head word: "Ministry of Health", "Prosecutors in Sweden", "Swedish Prosecution Authority". */
export function typeOf(words: readonly string[]): SpeakerType {
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s$/, ""));
  const connector = lower.findIndex((w, k) => k > 0 && /^(of|in|for|at|from)$/.test(w));
  const head = connector > 0 ? lower[connector - 1]! : lower[lower.length - 1]!;
  if (ORG_WORDS.has(head) || ORG_WORDS.has(lower[lower.length - 1]!)) return "organization";
  // One capitalised word with no title: a body, outlet or country ("Reuters", "Wikileaks")
  // more often than a person, whose first mention carries a full name.
  if (words.length === 1 && /^[A-Z]/.test(words[0]!)) return "organization";
  return "person";
}

/** Drops determiners and, for a person, the titles in front of the name. */
export function cleanName(words: readonly string[]): string[] {
  let w = [...words];
  while (w.length > 1 && DETERMINERS.has(w[0]!.toLowerCase())) w = w.slice(1);
  if (typeOf(w) === "organization") return w;
  let lastTitle = -1;
  w.forEach((x, k) => {
    if (k < w.length - 1 && (TITLES.has(x.toLowerCase()) || /^[a-z]/.test(x))) lastTitle = k;
  });
  w = w.slice(lastTitle + 1);
  while (w.length > 1 && CONNECTORS.has(w[0]!.toLowerCase())) w = w.slice(1);
  // "Director of Public Prosecution Jane Roe": what follows the last title is at most a full name.
  if (lastTitle >= 0 && w.length > 3) w = w.slice(-2);
  return w;
}

/** Words of a text span, with hyphenated parts kept together ("Eva-Marie"). */
export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

export class SpeakerBook {
  private entities: Entity[] = [];
  private mentions: Mention[] = [];

  constructor(
    private readonly doc: Tokenized,
    private readonly known: readonly KnownSpeaker[],
  ) {
    this.collectNames();
  }

  /** Registers every capitalised name in document order, so later short forms find it. */
  private collectNames() {
    const { toks, text } = this.doc;
    let k = 0;
    while (k < toks.length) {
      const t = toks[k]!;
      const sentenceStart = k === 0 || toks[k - 1]!.sent !== t.sent;
      if (!isCap(t) || (sentenceStart && t.pos !== "PROPN")) {
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
        else break;
      }
      const span = text.slice(t.start, toks[j]!.end);
      const before = toks[k - 1];
      const place = before !== undefined && PLACE_PREPOSITIONS.has(before.lower);
      const entity = this.register(words(span), place);
      this.mentions.push({ entity, at: t.start });
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
        (entity.abbreviation === abbr || (abbr.length >= 3 && entity.initials.includes(abbr)))
      ) {
        return entity;
      }
    }
    return null;
  }

  /** The entity mentioned last before `before` (mentions are not recorded in text order). */
  private lastMention(before: number, type: SpeakerType | null, head?: string): Entity | null {
    let best: Mention | null = null;
    for (const m of this.mentions) {
      if (m.at >= before || (best && m.at <= best.at)) continue;
      if (type !== null && m.entity.type !== type) continue;
      if (head !== undefined && !m.entity.tokens.has(head)) continue;
      best = m;
    }
    return best?.entity ?? null;
  }

  /**
   * Resolves the words of a speaker mention at `start` to a speaker. Pronouns and descriptions go
   * to the latest fitting mention before them; names to the name first introduced.
   */
  resolve(mention: string, start: number, end: number): SuggestedSpeaker | null {
    const w = words(mention.replace(/[,:]$/, ""));
    if (w.length === 0) return null;
    const lower = w.map((x) => x.toLowerCase());
    const head = lower[lower.length - 1]!;
    let entity: Entity | null = null;
    if (w.length === 1 && PERSON_PRONOUNS.has(head)) entity = this.lastMention(start, "person");
    else if (w.length === 1 && THING_PRONOUNS.has(head))
      entity = this.lastMention(start, "organization");
    else if (w.length === 1 && (PLURAL_PRONOUNS.has(head) || head === "we"))
      entity = this.lastMention(start, null);
    else if (lower[0] === "the" && ROLE_NOUNS.has(head)) {
      entity = this.lastMention(start, "person");
    } else if (w.some((x) => /^[A-Z]/.test(x) && !DETERMINERS.has(x.toLowerCase()))) {
      entity = this.lookup(cleanName(w)) ?? this.register(w, false);
    } else if (
      lower[0] === "the" &&
      (ORG_WORDS.has(head) ||
        /^(company|firm|airline|group|body|agency|carrier|bank|retailer|club|team|government)$/.test(
          head,
        ))
    ) {
      entity = this.lastOrgWith(head, start) ?? null;
      entity ??= this.register(w, false);
    } else entity = this.register(w, false);
    if (!entity) return null;
    this.mentions.push({ entity, at: start });
    const known = this.matchKnown(entity.name);
    return {
      name: known?.name ?? entity.name,
      type: known?.type ?? entity.type,
      mention: { start, end, text: this.doc.text.slice(start, end) },
      speakerId: known?.id ?? null,
    };
  }

  private lastOrgWith(head: string, before: number): Entity | null {
    return (
      this.lastMention(before, "organization", head) ?? this.lastMention(before, "organization")
    );
  }

  private matchKnown(name: string): KnownSpeaker | null {
    const key = [...nameTokens(name)].sort().join(" ");
    const same = (n: string) => [...nameTokens(n)].sort().join(" ") === key;
    return this.known.find((s) => same(s.name) || s.aliases.some(same)) ?? null;
  }
}
