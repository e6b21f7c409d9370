// `npm run suggest -- FILE`: prints the attribution suggestions for a UTF-8 text file as JSON.
// Offsets are JavaScript string indices of the text exactly as read (no newline normalisation).
import { readFileSync } from "node:fs";
import { suggestAttributions } from "@/lib/suggestions";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run suggest -- FILE");
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(JSON.stringify({ suggestions: suggestAttributions(text) }, null, 2));
