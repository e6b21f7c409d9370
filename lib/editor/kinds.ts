/** The three annotation kinds and the names people see for them, everywhere. */
export const ANNOTATION_KINDS = ["official_claim", "allegation", "verified_fact"] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const KIND_LABELS: Record<AnnotationKind, { one: string; many: string }> = {
  official_claim: { one: "Official claim", many: "Official claims" },
  allegation: { one: "Allegation", many: "Allegations" },
  verified_fact: { one: "Verified fact", many: "Verified facts" },
};

export function isAnnotationKind(value: unknown): value is AnnotationKind {
  return typeof value === "string" && (ANNOTATION_KINDS as readonly string[]).includes(value);
}
