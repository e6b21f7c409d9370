import type { ReanchorInput, ReanchorOutcome, ReanchorStatus } from "./reanchor";

/** How sure a placement is: a span left where it was beats one found by a fuzzy match. */
const CONFIDENCE: Record<ReanchorStatus, number> = { kept: 3, moved: 2, changed: 1, not_found: 0 };

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Two annotations that did not overlap before cannot both be right when they overlap now: at
 * least one was placed on someone else's text. The less sure one is withdrawn (both when they
 * are as sure), with a reason, so no two marks collide on the reviewer's page unnoticed.
 */
export function withdrawNewOverlaps(
  inputs: readonly ReanchorInput[],
  outcomes: ReanchorOutcome[],
): ReanchorOutcome[] {
  const placed = outcomes
    .map((outcome, index) => ({ outcome, index }))
    .filter(({ outcome }) => outcome.start !== undefined && outcome.end !== undefined)
    .sort((a, b) => a.outcome.start! - b.outcome.start!);
  const withdrawn = new Map<number, string>();
  let open: typeof placed = [];
  for (const current of placed) {
    const span = { start: current.outcome.start!, end: current.outcome.end! };
    open = open.filter(({ outcome }) => outcome.end! > span.start);
    for (const other of open) {
      if (overlap(inputs[current.index]!, inputs[other.index]!)) continue;
      const mine = CONFIDENCE[current.outcome.status];
      const theirs = CONFIDENCE[other.outcome.status];
      if (mine <= theirs) withdrawn.set(current.index, other.outcome.id);
      if (theirs <= mine) withdrawn.set(other.index, current.outcome.id);
    }
    open.push(current);
  }
  return outcomes.map((outcome, index) => {
    const rival = withdrawn.get(index);
    if (rival === undefined) return outcome;
    return {
      id: outcome.id,
      status: "not_found",
      reason: `It would overlap annotation ${rival}, which it did not overlap before, so one of them is in the wrong place.`,
    };
  });
}
