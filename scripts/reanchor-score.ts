// `npx tsx scripts/reanchor-score.ts`: re-anchors the annotations of every version pair in
// lib/reanchor/fixtures.ts and prints, per pair and in total, how many landed right, were
// flagged for the reviewer (changed, or not found though the text was there) or went wrong.
// With --detail, one line per annotation.
import { VERSION_PAIRS } from "@/lib/reanchor/fixtures";
import { scorePair, tally, type Tally } from "@/lib/reanchor/score";

const detail = process.argv.includes("--detail");
const total: Tally = { right: 0, flagged: 0, wrong: 0 };
const row = (label: string, t: Tally) =>
  `${label.padEnd(52)} ${String(t.right).padStart(5)} ${String(t.flagged).padStart(7)} ${String(t.wrong).padStart(5)}`;

console.log(
  `${"pair".padEnd(52)} ${"right".padStart(5)} ${"flagged".padStart(7)} ${"wrong".padStart(5)}`,
);
for (const pair of VERSION_PAIRS) {
  const scored = scorePair(pair);
  const counts = tally(scored);
  for (const key of ["right", "flagged", "wrong"] as const) total[key] += counts[key];
  console.log(row(pair.name, counts));
  if (!detail) continue;
  for (const { annotation, outcome, verdict } of scored) {
    const placed =
      outcome.newQuote === undefined ? (outcome.reason ?? "") : JSON.stringify(outcome.newQuote);
    console.log(
      `    ${verdict.padEnd(8)} ${annotation.id.padEnd(16)} ${outcome.status.padEnd(10)} ${placed}`,
    );
  }
}
console.log(row("total", total));
if (total.wrong > 0) process.exitCode = 1;
