// Pure: shared by the studio, the reader page and the exports.
import type { RevisionVerdict, RevisionVerdictScale } from "@/db/revision-snapshot";

/** The ratings at the scale's two ends, from the verdicts that mark them. */
export function scaleEnds(
  verdicts: readonly { rating: number | null; scaleEnd: "best" | "worst" | null }[],
): Pick<RevisionVerdictScale, "bestRating" | "worstRating"> {
  const end = (which: "best" | "worst") =>
    verdicts.find((verdict) => verdict.scaleEnd === which)?.rating ?? null;
  return { bestRating: end("best"), worstRating: end("worst") };
}

/**
 * Where a verdict sits on the scale, for its icon and tint: the top quarter holds, the bottom
 * quarter fails, the rest is mixed; a verdict off the scale ("Unproven") is unrated.
 */
export type VerdictTone = "holds" | "mixed" | "fails" | "unrated";

export function verdictTone(
  verdict: Pick<RevisionVerdict, "rating">,
  scale: Pick<RevisionVerdictScale, "bestRating" | "worstRating">,
): VerdictTone {
  const { bestRating: best, worstRating: worst } = scale;
  if (verdict.rating === null || best === null || worst === null || best === worst) {
    return "unrated";
  }
  const position = (verdict.rating - worst) / (best - worst);
  if (position >= 0.75) return "holds";
  if (position <= 0.25) return "fails";
  return "mixed";
}
