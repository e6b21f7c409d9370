import { describe, expect, it } from "vitest";
import { Rng } from "@/bench/rng";
import { reanchorAnnotations, type ReanchorInput } from "./reanchor";

/** Deterministic numbers in [0, 1), so a failing seed can be replayed. */
function random(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

const WORDS = (
  "the council said mayor police report people city water bridge school hospital budget plan " +
  "would could should year week month minister government workers union vote money million " +
  "local national officials spokesperson confirmed announced denied claimed warned residents " +
  "said told reporters on in at for with from after before during about between against " +
  "new old public private first last more less than most many few its their her his our " +
  "fire flood storm road rail bus station village town county court judge fine case trial"
).split(" ");

interface Paragraph {
  words: string[];
}

function paragraphText(p: Paragraph): string {
  return p.words.join(" ");
}

const SYLLABLES = "ka ro mi ten sul par dho vin est lu gra mon tie bel or fas quen dri al pe".split(
  " ",
);
/** 2,000 made-up words: with the common ones above, text about as varied as news prose. */
const RARE_WORDS = (() => {
  const next = random(99);
  return Array.from({ length: 2000 }, () =>
    Array.from(
      { length: 1 + Math.floor(next() * 3) },
      () => SYLLABLES[Math.floor(next() * SYLLABLES.length)],
    ).join(""),
  );
})();

/**
 * An article of about `wordCount` words in paragraphs of 40 to 120 words, half of them common
 * words (short quotes of those recur everywhere), half rarer ones.
 */
function article(next: () => number, wordCount: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const word = () =>
    next() < 0.5
      ? WORDS[Math.floor(next() * WORDS.length)]!
      : RARE_WORDS[Math.floor(next() * RARE_WORDS.length)]!;
  for (let total = 0; total < wordCount;) {
    const length = 40 + Math.floor(next() * 80);
    const words = Array.from({ length }, word);
    paragraphs.push({ words });
    total += length;
  }
  return paragraphs;
}

describe("re-anchoring at scale", () => {
  it("carries 1,000 annotations over a 10,000-word article quickly, and none to a wrong place", () => {
    const next = random(7);
    const old = article(next, 10_000);
    const oldText = old.map(paragraphText).join("\n\n");
    const starts: number[] = [];
    old.reduce((offset, p) => (starts.push(offset), offset + paragraphText(p).length + 2), 0);

    // 1,000 spans of 1 to 12 words, each remembered by paragraph and word range.
    const spans = Array.from({ length: 1000 }, (_, i) => {
      const paragraph = Math.floor(next() * old.length);
      const words = old[paragraph]!.words;
      const length = 1 + Math.floor(next() * 12);
      const first = Math.floor(next() * (words.length - length));
      return { id: `a${i}`, paragraph, first, last: first + length };
    });
    const wordOffset = (p: Paragraph, index: number) =>
      p.words.slice(0, index).join(" ").length + (index > 0 ? 1 : 0);
    const inputs: ReanchorInput[] = spans.map((span) => {
      const p = old[span.paragraph]!;
      const start = starts[span.paragraph]! + wordOffset(p, span.first);
      const end = start + p.words.slice(span.first, span.last).join(" ").length;
      return {
        id: span.id,
        quote: oldText.slice(start, end),
        prefix: oldText.slice(Math.max(0, start - 32), start),
        suffix: oldText.slice(end, end + 32),
        start,
        end,
      };
    });

    // The new version: a paragraph on top, one word replaced in every tenth paragraph, and the
    // second paragraph moved to the end.
    const edited = old.map((p, index) => {
      if (index % 10 !== 3) return { words: [...p.words], replaced: -1 };
      const replaced = Math.floor(next() * p.words.length);
      const words = [...p.words];
      words[replaced] = "extraordinarily";
      return { words, replaced };
    });
    const order = [0, ...edited.keys()]
      .slice(1)
      .filter((i) => i !== 1)
      .concat([1]);
    const top = { words: "Editor's note: this article was updated".split(" ") };
    const newParagraphs = [top, ...order.map((i) => edited[i]!)];
    const newText = newParagraphs.map(paragraphText).join("\n\n");
    const newStarts = new Map<number, number>();
    let offset = paragraphText(top).length + 2;
    for (const i of order) {
      newStarts.set(i, offset);
      offset += paragraphText(edited[i]!).length + 2;
    }

    const began = performance.now();
    const outcomes = reanchorAnnotations(inputs, oldText, newText);
    const elapsed = performance.now() - began;
    console.log(
      `re-anchoring: ${inputs.length} annotations, ${oldText.length} characters: ${elapsed.toFixed(0)} ms`,
    );
    expect(elapsed).toBeLessThan(3000);

    const wrong: string[] = [];
    let placed = 0;
    outcomes.forEach((outcome, index) => {
      if (outcome.start === undefined) return;
      placed++;
      const span = spans[index]!;
      const p = edited[span.paragraph]!;
      const start = newStarts.get(span.paragraph)! + wordOffset(p, span.first);
      const end = start + p.words.slice(span.first, span.last).join(" ").length;
      if (outcome.start !== start || outcome.end !== end) {
        wrong.push(
          `${outcome.id} ${outcome.status}: ${outcome.newQuote} != ${newText.slice(start, end)}`,
        );
      }
    });
    expect(wrong).toEqual([]);
    console.log(`re-anchoring: ${placed} of ${inputs.length} placed`);
    expect(placed).toBeGreaterThan(800);
  });

  it("places nothing on an unrelated article, and gives up on 1,000 quotes within the budget", () => {
    const next = random(11);
    const oldText = article(next, 10_000).map(paragraphText).join("\n\n");
    const newText = article(next, 10_000).map(paragraphText).join("\n\n");
    const inputs: ReanchorInput[] = Array.from({ length: 1000 }, (_, i) => {
      // Spans from word start to word end, 2 to 40 words: short ones recur by chance.
      let start = Math.floor(next() * (oldText.length - 400));
      while (start > 0 && oldText[start - 1] !== " ") start--;
      let end = start + 10 + Math.floor(next() * 240);
      while (end < oldText.length && oldText[end] !== " " && oldText[end] !== "\n") end++;
      return {
        id: `u${i}`,
        quote: oldText.slice(start, end),
        prefix: oldText.slice(Math.max(0, start - 32), start),
        suffix: oldText.slice(end, end + 32),
        start,
        end,
      };
    });
    const began = performance.now();
    const outcomes = reanchorAnnotations(inputs, oldText, newText);
    const elapsed = performance.now() - began;
    console.log(`re-anchoring onto unrelated text: ${elapsed.toFixed(0)} ms`);
    // The worst case, every quote searched approximately through the whole text: a looser
    // bound than the usual case's, for a loaded 2-core machine.
    expect(elapsed).toBeLessThan(6000);
    expect(outcomes.filter((o) => o.status !== "not_found")).toEqual([]);
  });
});
