// Attribution suggestions on the benchmark's 10,000-word article: the time suggestAttributions
// takes on its plain text (blocks joined by a blank line, as the editor sends it).
import { suggestAttributions } from "@/lib/suggestions";
import type { BenchFixtures } from "./fixtures";
import { round, summarize, type Summary } from "./stats";

export interface SuggestFigures {
  words: number;
  chars: number;
  suggestions: number;
  /** The first call, which also loads the language model. */
  firstMs: number;
  runs: Summary;
}

export function suggestFigures(fx: BenchFixtures, runs = 7): SuggestFigures {
  const text = fx.blocks.map((b) => b.text).join("\n\n");
  let started = performance.now();
  let count = suggestAttributions(text).length;
  const firstMs = round(performance.now() - started);
  suggestAttributions(text); // warm-up: the timed runs measure steady state
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    count = suggestAttributions(text).length;
    samples.push(round(performance.now() - started));
  }
  return {
    words: fx.words,
    chars: text.length,
    suggestions: count,
    firstMs,
    runs: summarize(samples),
  };
}
