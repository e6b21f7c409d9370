import type { AnnotationKind } from "@/db/enums";
import { html, type SafeHtml } from "./html";

/**
 * The shape that tells the kinds apart without colour, drawn by CSS (`.kind-icon` in
 * app/styles/annotations.css); hidden from screen readers, which read the kind's name beside it.
 */
export function kindIconHtml(kind: AnnotationKind): SafeHtml {
  return html`<span class="kind-icon" data-icon="${kind}" aria-hidden="true"></span>`;
}
