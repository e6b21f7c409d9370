import type { Node as PMNode } from "@tiptap/pm/model";
import { extractAnchors, plainText } from "@/lib/editor/anchors";
import { buildAnnotatedDoc, type BlockSpan, type TextBlock } from "@/lib/editor/build-doc";
import {
  reanchorAnnotations,
  type ReanchorOptions,
  type ReanchorOutcome,
  type ReanchorStatus,
} from "./reanchor";

/** Some text of a version, and which of its occurrences in the plain text (0 = the first). */
export interface TextAt {
  quote: string;
  occurrence?: number;
}

export interface FixtureAnnotation extends TextAt {
  id: string;
  /** What it should cover in the new version, or null when nothing there is it any more. */
  expected: TextAt | null;
  /** The status it must get, when the case is about one. */
  status?: ReanchorStatus;
}

/** Two versions of an article and the annotations made on the first. */
export interface VersionPair {
  name: string;
  before: TextBlock[];
  after: TextBlock[];
  annotations: FixtureAnnotation[];
}

/**
 * right: on the expected text, or not_found when nothing is expected; flagged: "changed" on the
 * expected text, or not_found where the text was there (the reviewer has to look, but nothing is
 * wrong); wrong: on any other text.
 */
export type Verdict = "right" | "flagged" | "wrong";

export interface ScoredAnnotation {
  annotation: FixtureAnnotation;
  outcome: ReanchorOutcome;
  verdict: Verdict;
}

export type Tally = Record<Verdict, number>;

/** The plain-text range of the text, or throws: a fixture that names text it lacks is a typo. */
export function locate(text: string, at: TextAt): { start: number; end: number } {
  let start = -1;
  for (let n = 0; n <= (at.occurrence ?? 0); n++) {
    start = text.indexOf(at.quote, start + 1);
    if (start < 0)
      throw new Error(`"${at.quote}" (occurrence ${at.occurrence ?? 0}) is not in the text`);
  }
  return { start, end: start + at.quote.length };
}

/** The first version with its annotations as marks, the way a reviewer would have left it. */
export function annotatedBefore(pair: VersionPair): PMNode {
  const text = plainText(buildAnnotatedDoc(pair.before, []));
  const blockStarts: number[] = [];
  let offset = 0;
  for (const block of pair.before) {
    blockStarts.push(offset);
    offset += block.text.length + 2;
  }
  const spans: BlockSpan[] = pair.annotations.map((annotation) => {
    const { start, end } = locate(text, annotation);
    let block = blockStarts.length - 1;
    while (blockStarts[block]! > start) block--;
    const blockStart = blockStarts[block]!;
    if (end > blockStart + pair.before[block]!.text.length) {
      throw new Error(`Fixture annotation ${annotation.id} crosses a block`);
    }
    return {
      block,
      start: start - blockStart,
      end: end - blockStart,
      id: annotation.id,
      kind: "official_claim",
    };
  });
  return buildAnnotatedDoc(pair.before, spans);
}

export function judge(
  annotation: FixtureAnnotation,
  outcome: ReanchorOutcome,
  newText: string,
): Verdict {
  if (outcome.start === undefined || outcome.end === undefined) {
    return annotation.expected ? "flagged" : "right";
  }
  if (!annotation.expected) return "wrong";
  const expected = locate(newText, annotation.expected);
  if (outcome.start !== expected.start || outcome.end !== expected.end) return "wrong";
  return outcome.status === "changed" ? "flagged" : "right";
}

/** Re-anchors the pair's annotations the way the app would and judges each outcome. */
export function scorePair(pair: VersionPair, options?: ReanchorOptions): ScoredAnnotation[] {
  const before = annotatedBefore(pair);
  const oldText = plainText(before);
  const newText = plainText(buildAnnotatedDoc(pair.after, []));
  const anchors = extractAnchors(before);
  const outcomes = reanchorAnnotations(anchors, oldText, newText, options);
  const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
  return pair.annotations.map((annotation) => {
    const outcome = byId.get(annotation.id)!;
    return { annotation, outcome, verdict: judge(annotation, outcome, newText) };
  });
}

export function tally(scored: readonly ScoredAnnotation[]): Tally {
  const counts: Tally = { right: 0, flagged: 0, wrong: 0 };
  for (const { verdict } of scored) counts[verdict]++;
  return counts;
}
