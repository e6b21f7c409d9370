// `npm run bench:suggest`: the suggestion timing alone, without building or serving the app.
import { generateFixtures } from "./fixtures";
import { suggestFigures } from "./suggest";

const f = suggestFigures(generateFixtures());
console.log(
  `${f.words} words (${f.chars} chars): ${f.suggestions} suggestions; ` +
    `median ${f.runs.median} ms, p95 ${f.runs.p95} ms over ${f.runs.n} runs ` +
    `(first call with model load ${f.firstMs} ms); budget ≤ 300 ms median`,
);
