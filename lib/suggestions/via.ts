// "X, via Y, said …" and "…," X said, via Y: X's words as relayed by Y. Y's (outer) relation
// spans X's whole construction, so a reviewer can attribute both.
import { make, type Ctx } from "./make";
import { phraseAfter, type Range } from "./phrases";
import type { Suggestion } from "./types";

/** The outer relation when `via Y` follows token `b` (", via Y"): from `start` to `end`. */
export function viaOuter(ctx: Ctx, b: number, start: number, end: number): Suggestion | null {
  const { toks } = ctx.doc;
  const comma = toks[b + 1];
  const via = toks[b + 2];
  if (comma?.text !== "," || via?.lower !== "via") return null;
  const source: Range | null = phraseAfter(ctx.doc, b + 3, 10);
  if (!source) return null;
  const cue = { start: via.start, end: via.end, text: via.text };
  return make(ctx, start, end, "official_claim", cue, source, 0.6, "via-outer");
}
