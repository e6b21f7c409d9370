// Tokens with offsets, part-of-speech tags, sentences and paragraphs, from wink-nlp's English
// model (shipped inside the npm package: nothing is downloaded at run time). wink keeps the text
// losslessly (every token's preceding spaces are recorded), so summing them gives exact offsets.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface Tok {
  i: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  sent: number;
  para: number;
}

export interface Sentence {
  index: number;
  /** First and last token index (inclusive), never a whitespace token. */
  first: number;
  last: number;
  para: number;
}

export interface Tokenized {
  text: string;
  toks: Tok[];
  sentences: Sentence[];
}

// Loading the model takes ~150 ms, so it happens once, on first use.
let nlp: ReturnType<typeof winkNLP> | null = null;

export function tokenize(text: string): Tokenized {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as number[][];
  const sentOf = new Int32Array(values.length);
  spans.forEach(([a = 0, b = a], s) => sentOf.fill(s, a, b + 1));

  const toks: Tok[] = [];
  let offset = 0;
  let para = 0;
  let lastSent = -1;
  let sent = -1;
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    const space = spaces[k] ?? "";
    offset += space.length;
    // A line break starts a new paragraph (the editor joins blocks with a blank line).
    if (space.includes("\n") || (tags[k] === "SPACE" && value.includes("\n"))) {
      if (toks.length > 0 && toks[toks.length - 1]!.para === para) para++;
    }
    if (tags[k] !== "SPACE" && value.trim() !== "") {
      const last = toks[toks.length - 1];
      // A sentence never runs across a paragraph break, even without a full stop.
      if (sentOf[k] !== lastSent || (last !== undefined && last.para !== para)) {
        sent++;
        lastSent = sentOf[k]!;
      }
      toks.push({
        i: toks.length,
        text: value,
        lower: value.toLowerCase(),
        start: offset,
        end: offset + value.length,
        pos: tags[k] ?? "X",
        sent,
        para,
      });
    }
    offset += value.length;
  }

  const sentences: Sentence[] = [];
  for (const t of toks) {
    const s = sentences[t.sent];
    if (s) s.last = t.i;
    else sentences.push({ index: t.sent, first: t.i, last: t.i, para: t.para });
  }
  return { text, toks, sentences };
}
