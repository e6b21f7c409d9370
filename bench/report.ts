// The one table `npm run bench` prints, and the JSON file with every figure.
import fs from "node:fs";
import path from "node:path";
import type { EditorFigures } from "./editor";
import type { FirstLoadJs } from "./reader";
import { type TargetFigures, targetRows } from "./report-server";
import type { SuggestFigures } from "./suggest";
import { ms } from "./stats";
import { pair, ratio, type Row, kb, verdict } from "./table";

export type { TargetFigures };

export interface Results {
  startedAt: string;
  durationSeconds?: number;
  machine: { cpus: number; node: string; chromium?: string };
  build: { built: boolean; seconds: number };
  fixtures: Record<string, number>;
  pglite: TargetFigures;
  postgres?: TargetFigures;
  firstLoadJs?: { big: FirstLoadJs; plain: FirstLoadJs };
  editor?: EditorFigures;
  suggest?: SuggestFigures;
  errors: string[];
}

function editorRows(results: Results): Row[] {
  const rows: Row[] = [];
  const js = results.firstLoadJs;
  if (js) {
    rows.push(
      [
        "First-load JS, reader page, gzipped (annotated)",
        `${kb(js.big.bodyBytes)} in ${js.big.scripts} scripts`,
        "≤ 15 kB",
        verdict(js.big.bodyBytes <= 15_000),
      ],
      ["First-load JS, reader page, gzipped (plain)", kb(js.plain.bodyBytes), "—", "info"],
    );
  }
  const editor = results.editor;
  if (!editor) return rows;
  const { big, plain, suggested, tag } = editor;
  const typingRatio = big.typing.frame.p95 / plain.typing.frame.p95;
  rows.push(
    [
      "Editor interactive, 1,000 annotations",
      ms(big.open.editable),
      "≤ 2,000 ms",
      verdict(big.open.editable <= 2000),
    ],
    ["Editor annotation list shown, 1,000 annotations", ms(big.open.listed), "—", "info"],
    ["Editor interactive, no annotations", ms(plain.open.editable), "—", "info"],
    [
      "Typing latency p50 / p95, 1,000 annotations",
      pair(big.typing.frame.median, big.typing.frame.p95),
      "p95 ≤ 16 ms",
      verdict(big.typing.frame.p95 <= 16),
    ],
    [
      "Typing latency p50 / p95, no annotations",
      pair(plain.typing.frame.median, plain.typing.frame.p95),
      "—",
      "info",
    ],
    [
      `Typing latency p50 / p95, ${suggested.suggestions} suggestions shown`,
      pair(suggested.typing.frame.median, suggested.typing.frame.p95),
      "p95 ≤ 16 ms",
      verdict(suggested.typing.frame.p95 <= 16),
    ],
    [
      "Typing latency p95, annotated ÷ plain",
      ratio(typingRatio),
      "≤ 1.30×",
      verdict(typingRatio <= 1.3),
    ],
    [
      "Keystrokes ≥ 16 ms by Event Timing, annotated / plain",
      `${big.typing.slowEvents} / ${plain.typing.slowEvents} of ${big.typing.keystrokes}`,
      "—",
      "info",
    ],
    ["Tag a span (Ctrl+Alt+1 → panel), median", ms(tag.median), "—", "info"],
  );
  return rows;
}

function suggestRows(results: Results): Row[] {
  const f = results.suggest;
  if (!f) return [];
  return [
    [
      `Attribution suggestions, ${f.words.toLocaleString("en")} words, median / p95`,
      pair(f.runs.median, f.runs.p95),
      "≤ 300 ms median",
      verdict(f.runs.median <= 300),
    ],
    [
      "Attribution suggestions, first call (loads the model) / count",
      `${ms(f.firstMs)} / ${f.suggestions}`,
      "—",
      "info",
    ],
  ];
}

export function tableRows(results: Results): Row[] {
  return [
    ...targetRows(results.pglite, "PGlite"),
    ...editorRows(results),
    ...suggestRows(results),
    ...(results.postgres ? targetRows(results.postgres, "PostgreSQL") : []),
  ];
}

export function printTable(results: Results): void {
  const header: Row = ["Figure", "Value", "Budget", "Result"];
  const rows = [header, ...tableRows(results)];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (row: Row) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}

export function writeResults(results: Results, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "results.json");
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
