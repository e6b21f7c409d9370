/** The names people see for a source's relation and a speaker's type, everywhere. */
export const RELATION_LABELS = {
  supports: "Supports",
  contradicts: "Contradicts",
  context: "Context",
} as const;

export const SPEAKER_TYPE_LABELS = { person: "Person", organization: "Organization" } as const;

/** Where a deliberately unattributed claim or allegation shows instead of a speaker. */
export const NO_NAMED_SOURCE = "No named source";
