// `npm run suggest:score [DIR]`: scores the suggester on a folder of <name>.txt + <name>.gold.json
// (default ../shared/suggest-dev next to the project) as that folder's README defines it. The
// last column, how many matched suggestions have the gold kind, is extra information.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { suggestAttributions } from "@/lib/suggestions";
import {
  addCounts,
  figures,
  locateGold,
  scoreArticle,
  type Counts,
  type GoldAnnotation,
} from "@/lib/suggestions/score";

const root = path.resolve(import.meta.dirname, "..");
const dir = path.resolve(process.argv[2] ?? path.join(root, "..", "shared", "suggest-dev"));
let files: string[] = [];
try {
  files = readdirSync(dir);
} catch (error) {
  console.error(`Cannot read ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const names = files
  .filter((f) => f.endsWith(".gold.json"))
  .map((f) => f.slice(0, -".gold.json".length))
  .sort();
if (names.length === 0) {
  console.error(`No *.gold.json files in ${dir}`);
  process.exit(1);
}

const pct = (x: number) => x.toFixed(3);
function line(label: string, c: Counts): string {
  const f = figures(c);
  return [
    label.padEnd(36),
    `gold ${String(c.gold).padStart(3)}  sugg ${String(c.suggested).padStart(3)}`,
    `overlap P ${pct(f.precision)} R ${pct(f.recall)} F1 ${pct(f.f1)}`,
    `strict P ${pct(f.strictPrecision)} R ${pct(f.strictRecall)} F1 ${pct(f.strictF1)}`,
    `speaker ${pct(f.speakerAccuracy)} (${c.speakerCorrect}/${c.speakerTotal})`,
    `kind ${pct(f.kindAgreement)}`,
  ].join("  ");
}

let total: Counts = {
  gold: 0,
  suggested: 0,
  matched: 0,
  strictMatched: 0,
  speakerTotal: 0,
  speakerCorrect: 0,
  kindCorrect: 0,
};
let macro = { f1: 0, strictF1: 0, speaker: 0 };
for (const name of names) {
  const text = readFileSync(path.join(dir, `${name}.txt`), "utf8");
  const gold = JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), "utf8")) as {
    annotations: GoldAnnotation[];
  };
  const suggestions = suggestAttributions(text).map((s) => ({
    start: s.start,
    end: s.end,
    speakerName: s.speaker?.name ?? null,
    kind: s.kind,
  }));
  const counts = scoreArticle(locateGold(text, gold.annotations), suggestions);
  const f = figures(counts);
  macro = {
    f1: macro.f1 + f.f1,
    strictF1: macro.strictF1 + f.strictF1,
    speaker: macro.speaker + f.speakerAccuracy,
  };
  total = addCounts(total, counts);
  console.log(line(name, counts));
}
console.log(line("overall (micro)", total));
const n = names.length;
console.log(
  `${"overall (macro)".padEnd(36)}  overlap F1 ${pct(macro.f1 / n)}  strict F1 ${pct(macro.strictF1 / n)}  speaker ${pct(macro.speaker / n)}`,
);
