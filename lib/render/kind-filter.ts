import { ANNOTATION_KINDS, type AnnotationKind } from "@/db/enums";

/**
 * Which kinds' highlights a reader shows, kept in the URL so a view can be shared:
 * `?filter=1&show=official_claim&show=verified_fact`. Without `filter`, every kind shows.
 * (The same shape a plain GET form of checkboxes produces, so it works without JavaScript.)
 */
export function shownKinds(params: {
  filter?: string | string[];
  show?: string | string[];
}): AnnotationKind[] {
  if (params.filter === undefined) return [...ANNOTATION_KINDS];
  const show = new Set([params.show ?? []].flat());
  return ANNOTATION_KINDS.filter((kind) => show.has(kind));
}

export function kindFilterQuery(shown: readonly AnnotationKind[]): string {
  if (shown.length === ANNOTATION_KINDS.length) return "";
  const params = new URLSearchParams([["filter", "1"], ...shown.map((kind) => ["show", kind])]);
  return `?${params.toString()}`;
}
