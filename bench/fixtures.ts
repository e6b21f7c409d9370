// Deterministic benchmark fixtures: a 10,000-word news article with 1,000 annotations, its
// speakers and sources. Seeded PRNG only, so every run measures exactly the same document.
import type { AnnotationKind, SourceKind, SourceRelation, SpeakerType } from "@/db/enums";
import { slugBase } from "@/lib/slugs";
import { Rng } from "./rng";
import * as V from "./vocabulary";

export const BENCH_SEED = 0x5eed_2024;

export interface FixtureSpeaker {
  name: string;
  slug: string;
  type: SpeakerType;
  description: string;
}

export interface FixtureSource {
  url: string;
  title: string;
  publisher: string;
  kind: SourceKind;
  publishedAt: string;
}

export interface FixtureBlock {
  type: "paragraph" | "heading";
  text: string;
}

export interface FixtureAnnotation {
  id: string;
  block: number;
  /** Character offsets inside the block's text. */
  start: number;
  end: number;
  kind: AnnotationKind;
  /** Index into `speakers` (claims and allegations always have one). */
  speaker: number | null;
  cue: string;
  note: string;
  sources: { source: number; relation: SourceRelation }[];
  /** How it sits against the others: alone, inside another, or across another's edge. */
  shape: "single" | "nested" | "overlapping";
}

export interface BenchFixtures {
  title: string;
  plainTitle: string;
  blocks: FixtureBlock[];
  words: number;
  /** A paragraph without annotations (where the editor benchmark tags a new span). */
  quietBlock: number;
  annotations: FixtureAnnotation[];
  speakers: FixtureSpeaker[];
  sources: FixtureSource[];
}

function makeSpeakers(rng: Rng, count: number): FixtureSpeaker[] {
  const result: FixtureSpeaker[] = [];
  const names = new Set<string>();
  while (result.length < count) {
    const person = result.length % 5 < 3;
    let name = person
      ? `${rng.pick(V.FIRST_NAMES)} ${rng.pick(V.LAST_NAMES)}`
      : `${rng.pick(V.ORG_PREFIXES)} ${rng.pick(V.ORG_TOPICS)}`;
    if (names.has(name))
      name = person ? `${name} ${rng.int(2, 9)}` : `${rng.pick(V.PLACES)} ${name}`;
    if (names.has(name)) continue;
    names.add(name);
    result.push({
      name,
      slug: slugBase(name, "speaker"),
      type: person ? "person" : "organization",
      description: person ? rng.pick(V.ROLES) : `Public body in ${rng.pick(V.PLACES)}`,
    });
  }
  return result;
}

function makeSources(rng: Rng, count: number): FixtureSource[] {
  const kinds: SourceKind[] = ["official_document", "official_statement", "news_report", "dataset"];
  return Array.from({ length: count }, (_, i) => {
    const host = rng.pick(V.PUBLISHERS);
    const thing = rng.pick(V.THINGS);
    const year = rng.int(2019, 2024);
    const title = `${rng.pick(V.PLACES)} ${thing}: ${rng.pick(V.PAST_VERBS)} (${year})`;
    return {
      url: `https://www.${host}.example/${rng.pick(V.SECTIONS)}/${year}/${slugBase(thing, "x")}-${i + 1}`,
      title,
      publisher: host.replace(/-/g, " ").replace(/\b\w/g, (c) => c.toUpperCase()),
      kind: kinds[i % kinds.length]!,
      publishedAt: `${year}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
    };
  });
}

function sentence(rng: Rng, speakers: FixtureSpeaker[]): string {
  const people = speakers.filter((s) => s.type === "person");
  const orgs = speakers.filter((s) => s.type === "organization");
  const slots: Record<string, () => string> = {
    speaker: () => rng.pick(speakers).name,
    person: () => rng.pick(people).name,
    org: () => rng.pick(orgs).name.replace(/^\w+ (?=(Ministry|Department|Office))/, ""),
    role: () => rng.pick(V.ROLES),
    date: () => `${rng.int(1, 28)} ${rng.pick(V.MONTHS)}`,
    number: () => String(rng.int(3, 480)),
    small: () => String(rng.int(2, 11)),
    money: () => `€${rng.int(1, 90)}.${rng.int(1, 9)} million`,
    group: () => rng.pick(V.GROUPS),
    verbed: () => rng.pick(V.PAST_VERBS),
    place: () => rng.pick(V.PLACES),
    thing: () => rng.pick(V.THINGS),
    adjective: () => rng.pick(V.ADJECTIVES),
  };
  return rng.pick(V.TEMPLATES).replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot]!());
}

const countWords = (text: string) => text.split(" ").length;

function makeBlocks(rng: Rng, speakers: FixtureSpeaker[], totalWords: number) {
  const blocks: FixtureBlock[] = [];
  let words = 0;
  let sinceHeading = 0;
  while (words < totalWords) {
    if (sinceHeading >= 16 && blocks.length > 0) {
      blocks.push({ type: "heading", text: V.HEADINGS[(blocks.length * 7) % V.HEADINGS.length]! });
      sinceHeading = 0;
    }
    // Sentences are 9–20 words, so a paragraph ends between 40 and about 115 words.
    const target = Math.min(rng.int(40, 95), totalWords - words);
    let text = "";
    while (countWords(text) < target)
      text = text ? `${text} ${sentence(rng, speakers)}` : sentence(rng, speakers);
    const remaining = totalWords - words;
    if (countWords(text) > remaining) {
      text = `${text
        .split(" ")
        .slice(0, remaining)
        .join(" ")
        .replace(/[,.;:]$/, "")}.`;
    }
    blocks.push({ type: "paragraph", text });
    words += countWords(text);
    sinceHeading++;
  }
  return { blocks, words };
}

interface WordSpan {
  block: number;
  a: number; // first word
  b: number; // one past the last word
}

/** Non-overlapping spans, spread over the paragraphs in proportion to their length. */
function singleSpans(rng: Rng, blocks: FixtureBlock[], quiet: number, count: number): WordSpan[] {
  const paragraphs = blocks.flatMap((b, i) => (b.type === "paragraph" && i !== quiet ? [i] : []));
  const total = paragraphs.reduce((sum, i) => sum + countWords(blocks[i]!.text), 0);
  let carried = 0;
  const spans: WordSpan[] = [];
  paragraphs.forEach((block, p) => {
    const n = countWords(blocks[block]!.text);
    const exact = (count * n) / total + carried;
    const k = p === paragraphs.length - 1 ? count - spans.length : Math.round(exact);
    carried = exact - k;
    const slot = Math.floor(n / k);
    for (let s = 0; s < k; s++) {
      const len = rng.int(1, Math.max(1, Math.min(10, slot - 1)));
      const offset = rng.int(0, Math.max(0, slot - len - 1));
      spans.push({ block, a: s * slot + offset, b: s * slot + offset + len });
    }
  });
  return spans;
}

/** Spans inside another span, or from inside one across its end. */
function layeredSpans(rng: Rng, blocks: FixtureBlock[], base: WordSpan[], count: number) {
  const taken = new Set(base.map((s) => `${s.block}:${s.a}:${s.b}`));
  const spans: { span: WordSpan; shape: "nested" | "overlapping" }[] = [];
  while (spans.length < count) {
    const host = rng.pick(base);
    const n = countWords(blocks[host.block]!.text);
    const nested = spans.length % 2 === 0;
    if (host.b - host.a < (nested ? 3 : 2) || (!nested && host.b >= n)) continue;
    const a = rng.int(host.a + (nested ? 0 : 1), host.b - (nested ? 2 : 1));
    const b = nested
      ? rng.int(a + 1, host.b - (a === host.a ? 1 : 0))
      : rng.int(host.b + 1, Math.min(n, host.b + 4));
    const key = `${host.block}:${a}:${b}`;
    if (taken.has(key)) continue;
    taken.add(key);
    spans.push({ span: { block: host.block, a, b }, shape: nested ? "nested" : "overlapping" });
  }
  return spans;
}

function charRange(text: string, a: number, b: number): { start: number; end: number } {
  const words = text.split(" ");
  const start = words.slice(0, a).reduce((sum, w) => sum + w.length + 1, 0);
  let end = start + words.slice(a, b).join(" ").length;
  if (b - a > 1 && /[,.;:]$/.test(words[b - 1]!)) end--;
  return { start, end };
}

export function generateFixtures(
  seed = BENCH_SEED,
  size = { words: 10_000, annotations: 1_000, speakers: 200, sources: 300 },
): BenchFixtures {
  const rng = new Rng(seed);
  const speakers = makeSpeakers(rng, size.speakers);
  const sources = makeSources(rng, size.sources);
  const { blocks, words } = makeBlocks(rng, speakers, size.words);
  const paragraphs = blocks.flatMap((b, i) => (b.type === "paragraph" ? [i] : []));
  const quietBlock = paragraphs[Math.floor(paragraphs.length * 0.45)]!;

  const layered = Math.round(size.annotations / 5);
  const base = singleSpans(rng, blocks, quietBlock, size.annotations - layered);
  const spans = [
    ...base.map((span) => ({ span, shape: "single" as const })),
    ...layeredSpans(rng, blocks, base, layered),
  ].sort((x, y) => x.span.block - y.span.block || x.span.a - y.span.a || y.span.b - x.span.b);

  let claims = 0;
  let facts = 0;
  const annotations = spans.map(({ span, shape }): FixtureAnnotation => {
    const roll = rng.next();
    const kind: AnnotationKind =
      roll < 0.45 ? "official_claim" : roll < 0.7 ? "allegation" : "verified_fact";
    const links: FixtureAnnotation["sources"] = [];
    let speaker: number | null = null;
    if (kind === "verified_fact") {
      links.push({ source: facts++ % sources.length, relation: "supports" });
      if (rng.chance(0.3))
        links.push({ source: rng.int(0, sources.length - 1), relation: "context" });
    } else {
      speaker = claims < speakers.length ? claims : rng.int(0, speakers.length - 1);
      claims++;
      if (rng.chance(0.1))
        links.push({ source: rng.int(0, sources.length - 1), relation: "contradicts" });
    }
    const unique = links.filter((l, i) => links.findIndex((m) => m.source === l.source) === i);
    const cue =
      kind === "official_claim"
        ? rng.pick(V.CLAIM_CUES)
        : kind === "allegation"
          ? rng.pick(V.ALLEGATION_CUES)
          : "";
    const { start, end } = charRange(blocks[span.block]!.text, span.a, span.b);
    return {
      id: rng.uuid(),
      block: span.block,
      start,
      end,
      kind,
      speaker,
      cue,
      note: rng.pick(V.NOTES),
      sources: unique,
      shape,
    };
  });

  const title = "Riverside flood barrier: how a €48 million contract went off course";
  return {
    title,
    plainTitle: `${title} (text only)`,
    blocks,
    words,
    quietBlock,
    annotations,
    speakers,
    sources,
  };
}
