// Odd and broken input never throws, and every offset points at the text it names.
import { expect, it } from "vitest";
import { suggestAttributions } from ".";

const PIECES = [
  '"',
  "“",
  "”",
  "‘",
  "’",
  ",",
  ".",
  ":",
  ";",
  "(",
  ")",
  "—",
  "\n\n",
  "said",
  "told",
  "according to",
  "per",
  "via",
  "accused of",
  "denied",
  "saying",
  "and that",
  "While",
  "wants",
  "called for",
  "investigating whether",
  "in a statement",
  "on 3 May",
  "Ann Lee",
  "he",
  "The",
  "his office",
  "(ALC)",
  "that",
  "Ms",
  "Lee",
  "’s",
  "🚢",
];

function* inputs(count: number): Generator<string> {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  yield* [
    "",
    " ",
    "\n\n",
    '"',
    "“",
    "said",
    ", said",
    "According to",
    '"One." "Two," said Ann Lee.',
  ];
  for (let i = 0; i < count; i++) {
    let text = "";
    for (let n = Math.floor(next() * 30); n > 0; n--) {
      text += PIECES[Math.floor(next() * PIECES.length)]! + (next() < 0.6 ? " " : "");
    }
    yield text;
  }
}

it("never throws and keeps every span, cue and mention true to the text", () => {
  for (const text of inputs(1500)) {
    for (const s of suggestAttributions(text)) {
      expect(s.end).toBeGreaterThan(s.start);
      expect(text.slice(s.start, s.end)).toBe(s.quote);
      if (s.cue) expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
      const m = s.speaker?.mention;
      if (m) expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(["official_claim", "allegation"]).toContain(s.kind);
    }
  }
});
