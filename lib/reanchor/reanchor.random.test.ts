import { describe, expect, it } from "vitest";
import { Rng } from "@/bench/rng";
import { reanchorAnnotations, type ReanchorInput } from "./reanchor";

/** Deterministic numbers in [0, 1), so a failing seed can be replayed. */
function random(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

// A small vocabulary on purpose: short quotes recur everywhere, the hard case for placing.
const VOCABULARY = (
  "the council said mayor police report people city water bridge school hospital budget plan " +
  "would could year week month minister workers union vote money million local officials " +
  "confirmed denied warned residents told reporters on in at for with from after before about"
).split(" ");

/** A word of a version, with the old word it is (paragraph, index) and which copy of it. */
interface Word {
  text: string;
  origin: string | null;
  separator: string;
}

function textOf(paragraphs: Word[][]): { text: string; at: Map<string, [number, number]> } {
  const at = new Map<string, [number, number]>();
  let text = "";
  paragraphs.forEach((words, p) => {
    if (p > 0) text += "\n\n";
    words.forEach((word, i) => {
      if (i > 0) text += word.separator;
      if (word.origin) at.set(word.origin, [text.length, text.length + word.text.length]);
      text += word.text;
    });
  });
  return { text, at };
}

/**
 * One round: an article, 60 annotations, then 25 random edits (a word replaced, deleted or
 * inserted, white space changed, a paragraph moved, copied or deleted). A placement is right
 * on the annotated words in any copy of them; near when it overlaps what is left of them and
 * says "changed"; anything else is wrong.
 */
function round(seed: number): { right: number; near: number; wrong: string[]; missed: number } {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const old: Word[][] = Array.from({ length: 30 }, (_, p) =>
    Array.from({ length: 30 + Math.floor(next() * 60) }, (_, w) => ({
      text: pick(VOCABULARY),
      origin: `${p}:${w}:0`,
      separator: " ",
    })),
  );
  const before = textOf(old);
  const spans = Array.from({ length: 60 }, () => {
    const p = Math.floor(next() * old.length);
    const length = 1 + Math.floor(next() * 10);
    const first = Math.floor(next() * (old[p]!.length - length));
    return { p, first, last: first + length };
  });
  const inputs: ReanchorInput[] = spans.map((span, i) => {
    const start = before.at.get(`${span.p}:${span.first}:0`)![0];
    const end = before.at.get(`${span.p}:${span.last - 1}:0`)![1];
    const text = before.text;
    return {
      id: `a${i}`,
      quote: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
      start,
      end,
    };
  });

  const edited = old.map((words) => words.map((word) => ({ ...word })));
  const touched = new Set<string>();
  for (let copy = 1; copy <= 25; copy++) {
    const p = Math.floor(next() * edited.length);
    const words = edited[p]!;
    const i = Math.floor(next() * words.length);
    const origin = words[i]!.origin;
    switch (Math.floor(next() * 7)) {
      case 0:
        if (origin) touched.add(origin);
        words[i] = { ...words[i]!, text: pick(VOCABULARY), origin: null };
        break;
      case 1:
        if (origin) touched.add(origin);
        if (words.length > 5) words.splice(i, 1);
        break;
      case 2:
        if (origin) touched.add(`before ${origin}`);
        words.splice(i, 0, { text: pick(VOCABULARY), origin: null, separator: " " });
        break;
      case 3:
        words[i]!.separator = pick(["  ", "\n", "\u00a0"]);
        break;
      case 4:
        edited.splice(Math.floor(next() * edited.length), 0, ...edited.splice(p, 1));
        break;
      case 5: {
        const copied = words.map((w) => ({
          ...w,
          origin: w.origin?.replace(/\d+$/, `${copy}`) ?? null,
        }));
        edited.splice(Math.floor(next() * edited.length), 0, copied);
        break;
      }
      default:
        if (edited.length > 10) {
          for (const w of words) if (w.origin) touched.add(w.origin);
          edited.splice(p, 1);
        }
    }
  }
  const after = textOf(edited);
  const outcomes = reanchorAnnotations(inputs, before.text, after.text);

  const result = { right: 0, near: 0, wrong: [] as string[], missed: 0 };
  outcomes.forEach((outcome, k) => {
    if (outcome.start === undefined || outcome.end === undefined) {
      result.missed++;
      return;
    }
    const span = spans[k]!;
    let verdict: "right" | "near" | "wrong" = "wrong";
    for (let copy = 0; copy <= 25 && verdict !== "right"; copy++) {
      const keys = Array.from(
        { length: span.last - span.first },
        (_, j) => `${span.p}:${span.first + j}:${copy}`,
      );
      const places = keys.map((key) => after.at.get(key));
      const intact =
        places.every((place) => place !== undefined) &&
        keys.every(
          (key, j) =>
            (j === 0 || !touched.has(`before ${key}`)) && !touched.has(key.replace(/\d+$/, "0")),
        );
      const survivors = places.filter((place) => place !== undefined);
      if (intact && outcome.start === places[0]![0] && outcome.end === places.at(-1)![1])
        verdict = "right";
      else if (
        survivors.some(([start, end]) => start < outcome.end! && outcome.start! < end) &&
        (outcome.status === "changed" || !intact)
      ) {
        verdict = "near";
      }
    }
    if (verdict === "wrong") {
      result.wrong.push(
        `seed ${seed} ${outcome.id} ${outcome.status}: ${inputs[k]!.quote} -> ${outcome.newQuote}`,
      );
    } else result[verdict]++;
  });
  return result;
}

describe("re-anchoring after random edits", () => {
  it("never places an annotation on words it was not made on", () => {
    const totals = { right: 0, near: 0, wrong: [] as string[], missed: 0 };
    for (let seed = 1; seed <= 40; seed++) {
      const result = round(seed);
      totals.right += result.right;
      totals.near += result.near;
      totals.missed += result.missed;
      totals.wrong.push(...result.wrong);
    }
    expect(totals.wrong).toEqual([]);
    // Most survive: the edits touch a few words, a few paragraphs are deleted or copied.
    expect(totals.right).toBeGreaterThan(1800);
    console.log(
      `random edits: ${totals.right} right, ${totals.near} near, ${totals.missed} not placed, 0 wrong of 2400`,
    );
  });
});
