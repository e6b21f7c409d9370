/** Words for audit events, for people reading a history rather than a log. */
const ENTITY_NAMES: Record<string, string> = {
  article: "Article",
  annotation: "Annotation",
  annotation_source: "Source link",
  speaker: "Speaker",
  source: "Source",
  user: "User",
};

const ACTION_NAMES: Record<string, string> = {
  create: "created",
  edit: "edited",
  edit_details: "details edited",
  change_kind: "kind changed",
  detach: "detached (its text was removed)",
  reattach: "restored to the text",
  delete: "deleted for good",
  link: "linked",
  unlink: "unlinked",
  submit: "submitted for review",
  publish: "published",
  unpublish: "unpublished",
  archive: "archived",
  restore: "restored to draft",
  change_role: "role changed",
  disable: "disabled",
  enable: "enabled",
};

export function describeEvent(entity: string, action: string): string {
  return `${ENTITY_NAMES[entity] ?? entity} ${ACTION_NAMES[action] ?? action.replaceAll("_", " ")}`;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value.length > 120 ? `${value.slice(0, 120)}…` : value;
  return JSON.stringify(value);
}

/** Fields shown on their own rather than as a change: a replaced document is shown as text. */
const SHOWN_APART = new Set(["doc"]);

/** Each field that an event touched, as "field: before → after" (or just the value when created). */
export function describeChanges(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (key) => !SHOWN_APART.has(key),
  );
  return keys.map((key) =>
    key in b && key in a
      ? `${key}: ${show(b[key])} → ${show(a[key])}`
      : `${key}: ${show(key in a ? a[key] : b[key])}`,
  );
}
