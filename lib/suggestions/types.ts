import type { SpeakerType } from "@/db/enums";

/** The kinds a suggestion may carry: verified facts are decided by a person, never suggested. */
export type SuggestedKind = "official_claim" | "allegation";

/** A span of the text the suggester was given: [start, end) in JavaScript string indices. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A speaker the newsroom already has, so a suggestion can name it instead of a new one. */
export interface KnownSpeaker {
  id: string;
  name: string;
  type: SpeakerType;
  aliases: readonly string[];
}

export interface SuggestedSpeaker {
  /** The name as the article first introduces it, titles dropped ("Eva-Marie Persson"). */
  name: string;
  type: SpeakerType;
  /** Where this attribution mentions the speaker (a pronoun, surname or description included). */
  mention: TextSpan | null;
  /** The existing speaker this resolves to, matched by name or alias; null for a new one. */
  speakerId: string | null;
}

export interface Suggestion {
  start: number;
  end: number;
  quote: string;
  kind: SuggestedKind;
  cue: TextSpan | null;
  /** Null for an allegation whose accuser is not named. */
  speaker: SuggestedSpeaker | null;
  /** 0–1: how sure the rule that produced it is. */
  confidence: number;
  /** The rule that produced it, e.g. "direct-quote-after-cue"; decisions are counted per rule. */
  rule: string;
}

export interface SuggestOptions {
  speakers?: readonly KnownSpeaker[];
}
