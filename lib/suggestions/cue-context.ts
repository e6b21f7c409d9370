// What sits between a cue and the clause it reports: an addressee ("told reporters"), a medium
// ("said in a statement"), a time ("on Monday"), "that"; and a name after the cue ("said X").
import { phraseAfter, type Range } from "./phrases";
import type { Ctx } from "./make";
import type { Tokenized } from "./tokens";

const MEDIUM =
  /^\s*(?:in|on|via|through) (?:a|an|the|his|her|its|their) (?:[\w-]+ ){0,3}?(?:statement|email|e-mail|interview|letter|post|blog post|tweet|message|note|memo|filing|release|speech|briefing|conference(?: call)?|call|podcast|programme|program|show|hearing|broadcast|video|report|opinion|ruling|judgment|judgement|order|complaint|lawsuit|petition|affidavit|op-ed|column|article|essay|newsletter|editorial|presentation)\b/i;
const FOR_OUTLET = /^\s*for (?:the )?[A-Z][\w.&]*(?: [A-Z][\w.&]*)*(?=,)/;
const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
export const WHEN = new RegExp(
  String.raw`^\s*(?:(?:on|last|this|earlier|late|early) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|day|night|morning|afternoon|evening|Twitter|Facebook|X|Instagram)\b|on (?:\d{1,2} ${MONTH}|${MONTH} \d{1,2})(?:,? \d{4})?\b)`,
);

/** Skips what sits between a cue and its clause: an addressee, a medium, a time, "that". */
export function clauseStart(ctx: Ctx, k: number, last: number): number {
  const { doc } = ctx;
  const { toks } = doc;
  const cue = toks[k]!.lower;
  let p = k + 1;
  const skipMedium = () => {
    for (let guard = 0; guard < 3 && p <= last; guard++) {
      const rest = doc.text.slice(toks[p - 1]!.end, toks[last]!.end);
      const m = MEDIUM.exec(rest) ?? WHEN.exec(rest) ?? FOR_OUTLET.exec(rest);
      if (!m) break;
      const endOffset = toks[p - 1]!.end + m[0].length;
      while (p <= last && toks[p]!.end <= endOffset) p++;
    }
  };
  skipMedium();
  if (/^(told|tell|tells|telling)$/.test(cue) && p <= last) {
    // The addressee: "told reporters", "told the Associated Press", "told him".
    const that = toks.slice(p, Math.min(last, p + 8) + 1).findIndex((t) => t.lower === "that");
    if (that >= 0) p += that;
    else {
      const np = phraseAfter(doc, p, 6);
      if (np && !/^(to)$/.test(toks[np.b + 1]?.lower ?? "")) p = np.b + 1;
      skipMedium(); // "told analysts on a conference call"
    }
  }
  while (p <= last && /^[,:]$/.test(toks[p]!.text)) p++;
  // "assured the public on Weibo, a social media site, that …": past the detour to "that".
  const rest = toks.slice(p, Math.min(last, p + 25) + 1);
  const commaThat = rest.findIndex((t, n) => t.lower === "that" && rest[n - 1]?.text === ",");
  if (commaThat > 0 && rest.slice(0, commaThat).every((t) => t.pos !== "VERB")) p += commaThat;
  // "that" links the clause, except as its subject ("said that was wrong"); a gerund after it
  // ("warned that blocking roads was illegal") begins the clause.
  const afterThat = toks[p + 1];
  const finiteNext =
    (afterThat?.pos === "VERB" && !/ing$/.test(afterThat.lower)) || afterThat?.pos === "AUX";
  if (toks[p]?.lower === "that" && !finiteNext) p++;
  return p;
}

/** The cue's last token: the verb with its addressee or medium, not a date or "that". */
export function cueEnd(ctx: Ctx, k: number, from: number): number {
  const { doc } = ctx;
  const rest = doc.text.slice(doc.toks[k]!.end);
  if (WHEN.test(rest)) return k;
  let b = from - 1;
  while (b > k && /^(that|,|:)$/.test(doc.toks[b]!.lower)) b--;
  const within = doc.text.slice(doc.toks[k]!.end, doc.toks[b]!.end);
  const time = /,? (?:on|last|this|earlier) [\w ,]+$/.exec(within);
  if (time && WHEN.test(time[0].replace(/^,/, ""))) {
    while (b > k && doc.toks[b]!.start >= doc.toks[k]!.end + time.index) b--;
  }
  return b;
}

/** "…, said the company's chief executive Jane Roe in an email": the words up to a break. */
export function speakerAfter(doc: Tokenized, k: number, last: number): Range | null {
  let b = k;
  const stop = /^(?:[,.;:!?]|in|on|when|who|after|during|at)$/;
  while (b <= last && b < k + 14 && !stop.test(doc.toks[b]!.text)) b++;
  return b > k ? { a: k, b: b - 1 } : null;
}
