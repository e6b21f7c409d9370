import type { VerdictTone } from "@/lib/verdicts/scale";

/**
 * The shape that tells verdicts apart without colour (check, half circle, cross, question
 * mark), drawn by CSS (`.verdict-icon` in app/styles/annotations.css) as the reader's
 * verdictIconHtml draws it; hidden from screen readers, which read the label beside it.
 */
export function VerdictIcon({ tone }: { tone: VerdictTone }) {
  return <span className="verdict-icon" data-tone={tone} aria-hidden="true" />;
}
