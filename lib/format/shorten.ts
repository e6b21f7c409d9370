let words: Intl.Segmenter | undefined;
let graphemes: Intl.Segmenter | undefined;

function characters(text: string): string[] {
  graphemes ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  return Array.from(graphemes.segment(text), ({ segment }) => segment);
}

/**
 * `text` on one line and at most `max` characters (as a reader counts them: an accented
 * letter or an emoji is one), cut after the last whole word that fits, with "…" when anything
 * was cut. A single word longer than `max` is cut between characters.
 */
export function shortenText(text: string, max: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  // Every character is at least one UTF-16 unit: a short string needs no segmenting.
  if (line.length <= max) return line;
  words ??= new Intl.Segmenter("en", { granularity: "word" });
  const room = max - 1; // for the "…"
  let kept = "";
  let length = 0;
  for (const { segment } of words.segment(line)) {
    const chars = characters(segment);
    if (length + chars.length > room) {
      if (kept.trim() === "") kept = chars.slice(0, room).join("");
      return `${kept.replace(/[\s,;:–—-]+$/u, "")}…`;
    }
    kept += segment;
    length += chars.length;
  }
  return line;
}
