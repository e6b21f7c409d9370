// Names: what counts as one, its type (person or organisation) and its form without titles.
import type { SpeakerType } from "@/db/enums";
import { ORG_WORDS, TITLES } from "./lexicon";
import type { Tok } from "./tokens";

export const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "one",
  "two",
]);
// Before a name these mark a place ("in Sweden"); "to" does not ("according to Jane Roe").
export const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "near", "into", "across", "of"]);
export const CONNECTORS = new Set(["of", "for", "de", "&"]);
export const FUNCTION_WORDS =
  /^(?:Several|Many|Some|Most|All|Both|Each|Few|However|But|And|Also|Yet|Still|Meanwhile|Separately|Instead|Then|Now|Today|Yesterday)$/;
export const GENERIC_BODIES =
  /^(company|firm|airline|group|body|agency|carrier|bank|retailer|club|team|government|ministry|department|operator|insurer|lender|manufacturer|maker|broadcaster|publisher|developer|charity|utility|regulator|watchdog|startup|business|brand|studio|network|outlet|newspaper|union|chain|supplier|provider)$/;
export const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
export const isCap = (t: Tok) => /^[A-Z]/.test(t.text) && t.pos !== "PUNCT";
export const isAbbreviation = (s: string) => /^[A-Z]{2,6}s?$/.test(s.replace(/\./g, ""));

/** By the head word: "Ministry of Health", "Prosecutors in Sweden", "Swedish Prosecution Authority". */
export function typeOf(words: readonly string[]): SpeakerType {
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s$/, ""));
  const connector = lower.findIndex((w, k) => k > 0 && /^(of|in|for|at|from)$/.test(w));
  const head = connector > 0 ? lower[connector - 1]! : lower[lower.length - 1]!;
  if (ORG_WORDS.has(head)) return "organization";
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
  // A description with no name in it ("two people familiar with the matter") has no title to
  // drop: it is the speaker as the article describes them.
  if (!w.some((x) => /^[A-Z]/.test(x))) return w;
  // "Jane Roe of the Daily Post": a full name before "of" is the person (not after a title:
  // "Secretary of State Jane Roe").
  const of = w.findIndex((x, k) => k >= 2 && CONNECTORS.has(x.toLowerCase()));
  if (of > 0 && w.slice(0, of).every((x) => /^[A-Z]/.test(x) && !TITLES.has(x.toLowerCase()))) {
    w = w.slice(0, of);
  }
  let lastTitle = -1;
  w.forEach((x, k) => {
    // A lowercase word is part of a title ("schools Superintendent"), a connector or "and" is
    // not: "Residents of Southwick" and "Egypt and Jordan" stay whole.
    const lower = /^[a-z]/.test(x) && !CONNECTORS.has(x) && x !== "and";
    if (k < w.length - 1 && (TITLES.has(x.toLowerCase()) || lower)) lastTitle = k;
  });
  w = w.slice(lastTitle + 1);
  while (w.length > 1 && CONNECTORS.has(w[0]!.toLowerCase())) w = w.slice(1);
  // "Director of Public Prosecution Jane Roe": what follows the last title is at most a full name.
  // Four capitalised words or more with no organisation word are a title and a name
  // ("Harbour Master Jane Roe"): keep the name, with a middle initial if there is one.
  if (w.length > 3) w = w.slice(/^[A-Z]\.$/.test(w[w.length - 2]!) ? -3 : -2);
  return w;
}

/** Words of a text span, with hyphenated parts kept together ("Eva-Marie"). */
export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
