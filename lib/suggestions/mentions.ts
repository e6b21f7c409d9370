// Entities (who a name stands for) and their mentions in the text, with the look-ups pronouns
// and descriptions use: the latest fitting mention, nearby or as a speaker in the sentence.
import type { SpeakerType } from "@/db/enums";
import type { Tokenized } from "./tokens";

export interface Entity {
  name: string;
  type: SpeakerType;
  tokens: Set<string>;
  /** Initials of its capitalised words ("Center for Disease Control" → "CDC"). */
  initials: string;
  abbreviation: string | null;
  /** Nouns the article used to introduce it ("the airline Nordwind"), for "the airline" later. */
  descriptors: Set<string>;
  /** From an honorific (Ms, Mr) or a pronoun right after the name: keeps "she" off a man. */
  sex: Sex | null;
}

export type Sex = "f" | "m";
export const SEX_OF: Record<string, Sex> = {
  ms: "f",
  "ms.": "f",
  mrs: "f",
  "mrs.": "f",
  miss: "f",
  dame: "f",
  lady: "f",
  queen: "f",
  princess: "f",
  she: "f",
  her: "f",
  hers: "f",
  mr: "m",
  "mr.": "m",
  sir: "m",
  lord: "m",
  king: "m",
  prince: "m",
  he: "m",
  him: "m",
  his: "m",
};

export interface Mention {
  entity: Entity;
  at: number;
  /** A speaker or a sentence subject: what a later pronoun most likely refers to. */
  salient: boolean;
  /** Resolved as the speaker of an attribution. */
  speaker?: boolean;
}

/** What "they" can refer to: a body, or people described as a group ("fishermen", "A and B"). */
export function isGroup(e: Entity): boolean {
  return e.type === "organization" || / and /.test(e.name) || /(^|\s)[a-z][^\s]*$/.test(e.name);
}

export class MentionList {
  readonly all: Mention[] = [];

  constructor(private readonly doc: Tokenized) {}

  push(mention: Mention) {
    this.all.push(mention);
  }

  sameSentenceSpeaker(before: number, type: SpeakerType | null, sex?: Sex): Entity | null {
    const { toks, sentences } = this.doc;
    let k = 0;
    while (k + 1 < toks.length && toks[k + 1]!.start < before) k++;
    const from = toks[sentences[toks[k]!.sent]!.first]!.start;
    let best: Mention | null = null;
    for (const m of this.all) {
      if (!m.speaker || m.at < from || m.at >= before || (best && m.at <= best.at)) continue;
      if (sex && m.entity.sex && m.entity.sex !== sex) continue;
      if (type === null || m.entity.type === type) best = m;
    }
    return best?.entity ?? null;
  }

  /** The latest fitting mention in this sentence or the one before, if any. */
  nearby(before: number, type: SpeakerType | "group" | null, sex?: Sex): Entity | null {
    const { toks, sentences } = this.doc;
    let k = 0;
    while (k + 1 < toks.length && toks[k + 1]!.start < before) k++;
    const sent = sentences[Math.max(0, toks[k]!.sent - 1)];
    const from = sent ? toks[sent.first]!.start : 0;
    const found = this.lastMention(before, type, undefined, false, sex);
    const at = found
      ? this.all.find((m) => m.entity === found && m.at >= from && m.at < before)
      : null;
    return at ? found : null;
  }

  /** The entity mentioned last before `before` (mentions are not recorded in text order). */
  lastMention(
    before: number,
    type: SpeakerType | "group" | null,
    head?: string,
    salient = false,
    sex?: Sex,
  ): Entity | null {
    let best: Mention | null = null;
    for (const m of this.all) {
      if (m.at >= before || (best && m.at <= best.at) || (salient && !m.salient)) continue;
      if (sex && m.entity.sex && m.entity.sex !== sex) continue;
      if (type === "group" ? !isGroup(m.entity) : type !== null && m.entity.type !== type) continue;
      if (head !== undefined && !m.entity.tokens.has(head) && !m.entity.descriptors.has(head)) {
        continue;
      }
      best = m;
    }
    return best?.entity ?? null;
  }
}
