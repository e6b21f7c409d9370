import { STATUS_LABELS } from "@/lib/articles/status";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { isUuid } from "@/lib/ids";
import { NO_NAMED_SOURCE, RELATION_LABELS, SPEAKER_TYPE_LABELS } from "./labels";
import { formatDate, formatDateTimeUtc } from "./dates";
import { shortenText } from "./shorten";

/** Words for audit events, for people reading a history rather than a log. */
const ENTITY_NAMES: Record<string, string> = {
  article: "Article",
  annotation: "Annotation",
  annotation_source: "Source link",
  speaker: "Speaker",
  source: "Source",
  user: "User",
  verdict: "Verdict",
  newsroom: "Newsroom",
  comment: "Comment",
  thread: "Discussion",
};

const ACTION_NAMES: Record<string, string> = {
  create: "created",
  edit: "edited",
  edit_details: "details edited",
  edit_checked_article: "“Checked article” edited",
  assign: "assignment changed",
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
  resolve: "resolved",
  reopen: "reopened",
  import: "imported from the web",
  replace_text: "text replaced with a new version",
};

export function describeEvent(entity: string, action: string): string {
  return `${ENTITY_NAMES[entity] ?? entity} ${ACTION_NAMES[action] ?? action.replaceAll("_", " ")}`;
}

/**
 * What the ids in audit records stand for, looked up when the history is read, so a renamed
 * speaker shows under their current name. An id missing here was deleted since.
 */
export interface AuditNames {
  speakers: Map<string, string>;
  sources: Map<string, string>;
  /** Revision id → its number. */
  revisions: Map<string, number>;
  /** Verdict id → its label (retired ones too). */
  verdicts: Map<string, string>;
}

type Reference = keyof AuditNames;

/** Fields holding ids, what they refer to, and how none and a deleted one read. */
const REFERENCES: Record<string, { to: Reference; none: string; removed: string }> = {
  speakerId: { to: "speakers", none: "no one", removed: "a removed speaker" },
  sourceId: { to: "sources", none: "none", removed: "a removed source" },
  publishedRevisionId: { to: "revisions", none: "nothing", removed: "a removed revision" },
  verdictId: { to: "verdicts", none: "no verdict", removed: "a removed verdict" },
};

const DRAFT_ADDRESS = /^draft-[0-9a-f]+$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const MAX_TEXT = 120;

const labelIn =
  (labels: Record<string, string>) =>
  (value: unknown): string | null =>
    typeof value === "string" && Object.hasOwn(labels, value) ? labels[value]! : null;

/** A day stored as YYYY-MM-DD, as people write it ("3 May 2026"). */
const calendarDate = (value: unknown): string | null =>
  typeof value === "string" && CALENDAR_DATE.test(value) ? formatDate(value) : null;

const KIND_NAMES = Object.fromEntries(
  Object.entries(KIND_LABELS).map(([kind, label]) => [kind, label.one]),
);

/**
 * How each known field is named and, where its stored value is a code, how it reads; in the
 * order they are listed (the database keeps no key order in JSON).
 */
const FIELDS: Record<string, { label: string; value?: (value: unknown) => string | null }> = {
  title: { label: "Title" },
  version: { label: "Version" },
  status: { label: "Status", value: labelIn(STATUS_LABELS) },
  // Shown as the page's path (see showValue); a draft's placeholder address is not public.
  slug: { label: "Public address" },
  publishedRevisionId: { label: "Readers see" },
  kind: { label: "Kind", value: labelIn(KIND_NAMES) },
  quote: { label: "Text" },
  speakerId: { label: "Attributed to" },
  unattributed: { label: NO_NAMED_SOURCE },
  cue: { label: "Cue" },
  note: { label: "Note" },
  verdictId: { label: "Verdict" },
  conclusion: { label: "Conclusion" },
  assignee: { label: "Assigned to" },
  checkedOutlet: { label: "Original outlet" },
  checkedAuthor: { label: "Author" },
  checkedUrl: { label: "Original URL" },
  checkedDate: { label: "Original publication date", value: calendarDate },
  from: { label: "Taken from" },
  kept: { label: "Annotations kept" },
  moved: { label: "Annotations moved" },
  changed: { label: "Annotations changed" },
  notFound: { label: "Annotations not found (detached)" },
  sourceId: { label: "Source" },
  url: { label: "Link" },
  relation: { label: "Relation", value: labelIn(RELATION_LABELS) },
  excerpt: { label: "Excerpt" },
  publisher: { label: "Publisher" },
  publishedAt: { label: "Published on" },
  archivedUrl: { label: "Archived copy" },
  name: { label: "Name" },
  type: { label: "Type", value: labelIn(SPEAKER_TYPE_LABELS) },
  description: { label: "Description" },
  aliases: { label: "Also known as" },
  email: { label: "E-mail" },
  role: { label: "Role", value: labelIn(ROLE_LABELS) },
  disabledAt: { label: "Disabled", value: (value) => (value ? null : "no") },
  seeded: { label: "Demo content" },
  body: { label: "Comment" },
  resolvedAt: { label: "Resolved" },
};

/**
 * Fields that repeat what another field of the same record already says (an assignee's id
 * beside their name), or where the history is shown (a source link's annotation: its history
 * is that annotation's).
 */
const REDUNDANT = new Set(["revision", "annotationId", "assigneeId"]);
/** Fields shown on their own rather than as a change: a replaced document is shown as text. */
const SHOWN_APART = new Set(["doc"]);

const FIELD_ORDER = new Map(Object.keys(FIELDS).map((key, index) => [key, index]));
const byFieldOrder = (a: string, b: string) =>
  (FIELD_ORDER.get(a) ?? FIELD_ORDER.size) - (FIELD_ORDER.get(b) ?? FIELD_ORDER.size) ||
  a.localeCompare(b);

/** "publishedAt" → "Published at", for fields this file does not know yet. */
function fieldLabel(key: string): string {
  const known = FIELDS[key];
  if (known) return known.label;
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

const isBlank = (value: unknown) => value === null || value === undefined || value === "";

/** Any stored value as plain words: never JSON, never a raw id. */
function plain(value: unknown): string {
  if (isBlank(value)) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (isUuid(value)) return "another record";
    if (TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value))) {
      return `${formatDateTimeUtc(value)} UTC`;
    }
    return shortenText(value, MAX_TEXT);
  }
  if (Array.isArray(value)) return value.length ? value.map(plain).join(", ") : "—";
  if (typeof value === "object") {
    const parts = Object.entries(value).map(([key, inner]) => {
      const label = fieldLabel(key).toLowerCase();
      return inner && typeof inner === "object" && !Array.isArray(inner)
        ? `${label} (${plain(inner)})`
        : `${label}: ${plain(inner)}`;
    });
    return parts.length ? parts.join("; ") : "—";
  }
  return "—";
}

/** Where an entity's public page lives, by its slug. */
const PUBLIC_PATHS: Record<string, string> = { article: "/a/", speaker: "/speakers/" };

function showValue(entity: string, key: string, value: unknown, names: AuditNames): string {
  if (key === "slug" && typeof value === "string") {
    const path = PUBLIC_PATHS[entity];
    return path && value && !DRAFT_ADDRESS.test(value) ? `${path}${value}` : "—";
  }
  const reference = REFERENCES[key];
  if (reference) {
    if (isBlank(value)) return reference.none;
    const found = names[reference.to].get(String(value).toLowerCase());
    if (found === undefined) return reference.removed;
    return typeof found === "number" ? `revision ${found}` : found;
  }
  return FIELDS[key]?.value?.(value) ?? plain(value);
}

/** The ids an audit record refers to, by what they refer to, for resolving in one go. */
export function referencedIds(records: { before: unknown; after: unknown }[]): {
  [K in Reference]: string[];
} {
  const ids: { [K in Reference]: Set<string> } = {
    speakers: new Set(),
    sources: new Set(),
    revisions: new Set(),
    verdicts: new Set(),
  };
  for (const record of records) {
    for (const side of [record.before, record.after]) {
      if (!side || typeof side !== "object") continue;
      for (const [key, value] of Object.entries(side)) {
        const reference = REFERENCES[key];
        if (reference && typeof value === "string" && isUuid(value)) {
          ids[reference.to].add(value.toLowerCase());
        }
      }
    }
  }
  return {
    speakers: [...ids.speakers],
    sources: [...ids.sources],
    revisions: [...ids.revisions],
    verdicts: [...ids.verdicts],
  };
}

function fields(record: unknown): Record<string, unknown> {
  return record && typeof record === "object" && !Array.isArray(record)
    ? (record as Record<string, unknown>)
    : {};
}

/**
 * Each field an event changed, as "Field: before → after", or "Field: value" when the event
 * created or removed something. Unchanged fields and empty values of a created or removed
 * record are left out; ids read as the names they stand for.
 */
export function describeChanges(
  event: { entity: string; before: unknown; after: unknown },
  names: AuditNames,
): string[] {
  const b = fields(event.before);
  const a = fields(event.after);
  const show = (key: string, value: unknown) => showValue(event.entity, key, value, names);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((key) => !REDUNDANT.has(key) && !SHOWN_APART.has(key))
    .sort(byFieldOrder);
  return keys.flatMap((key) => {
    if (key in b && key in a) {
      const [was, is] = [show(key, b[key]), show(key, a[key])];
      return was === is ? [] : [`${fieldLabel(key)}: ${was} → ${is}`];
    }
    const value = key in a ? a[key] : b[key];
    const shown = show(key, value);
    return isBlank(value) || shown === "—" ? [] : [`${fieldLabel(key)}: ${shown}`];
  });
}
