import type { AnnotationKind } from "@/db/enums";

/**
 * The shape that tells the kinds apart without colour: speech mark, warning triangle, check.
 * Drawn by CSS (`.kind-icon` in app/styles/annotations.css), so string-rendered markup can use
 * it too.
 */
export function KindIcon({ kind }: { kind: AnnotationKind }) {
  return <span className="kind-icon" data-icon={kind} aria-hidden="true" />;
}
