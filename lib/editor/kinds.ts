import type { AnnotationKind } from "@/db/enums";

/** The names people see for the annotation kinds, everywhere. */
export const KIND_LABELS: Record<AnnotationKind, { one: string; many: string }> = {
  official_claim: { one: "Official claim", many: "Official claims" },
  allegation: { one: "Allegation", many: "Allegations" },
  verified_fact: { one: "Verified fact", many: "Verified facts" },
};
