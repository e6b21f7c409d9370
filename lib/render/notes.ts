import type { AnnotationKind } from "@/db/enums";
import { isHttpUrl } from "@/lib/text/urls";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { formatDate } from "@/lib/format/dates";
import { NO_NAMED_SOURCE, RELATION_LABELS } from "@/lib/format/labels";
import { shortenText } from "@/lib/format/shorten";
import { html, type SafeHtml } from "./html";
import type { ReaderAnnotation } from "./reader-model";

const QUOTE_PREVIEW_LENGTH = 80;

/** The kind's shape, drawn by CSS (see KindIcon). */
function kindIconHtml(kind: AnnotationKind): SafeHtml {
  return html`<span class="kind-icon" data-icon="${kind}" aria-hidden="true"></span>`;
}

/** Only http(s) addresses become links; anything else is shown as inert text. */
function safeLink(href: string, text: string): SafeHtml {
  return isHttpUrl(href)
    ? html`<a href="${href}" rel="noopener noreferrer nofollow" target="_blank">${text}</a>`
    : html`<span>${text}</span>`;
}

/** " · text" in the muted colour, or nothing when there is no text. */
function aside(text: string | null | undefined): SafeHtml | "" {
  return text ? html`<span class="text-muted"> · ${text}</span>` : "";
}

function sourceHtml(source: ReaderAnnotation["sources"][number]): SafeHtml {
  const relation = html`<span class="note-relation">${RELATION_LABELS[source.relation]}:</span>`;
  const published = source.publishedAt ? formatDate(source.publishedAt) : null;
  const archived = source.archivedUrl
    ? html` · ${safeLink(source.archivedUrl, "archived copy")}`
    : "";
  return html`<li>${relation} ${safeLink(source.url, source.title)}${aside(source.publisher)}${aside(published)}${archived}</li>`;
}

function speakerHtml(a: ReaderAnnotation): SafeHtml | "" {
  const cue = a.cue ? aside(`“${a.cue}”`) : "";
  if (a.unattributed) return html`<p class="note-meta">${NO_NAMED_SOURCE}${cue}</p>`;
  if (!a.speaker) return "";
  const link = html`<a href="/speakers/${a.speaker.slug}">${a.speaker.name}</a>`;
  const description = a.speaker.description
    ? html`<span class="text-muted"> (${a.speaker.description})</span>`
    : "";
  return html`<p class="note-meta">Attributed to ${link}${description}${cue}</p>`;
}

/** What one annotation says: the same content in the notes list and in the pop-up details. */
function annotationDetailsHtml(a: ReaderAnnotation): SafeHtml {
  const kind = html`<p class="note-kind">${kindIconHtml(a.kind)}${KIND_LABELS[a.kind].one}</p>`;
  const note = a.note ? html`<p class="note-meta">${a.note}</p>` : "";
  const sources =
    a.sources.length > 0
      ? html`<ul class="note-sources" aria-label="Sources">${a.sources.map(sourceHtml)}</ul>`
      : "";
  return html`<div class="annotation-details" data-details-for="${a.id}">${kind}<blockquote class="note-quote">“${a.quote}”</blockquote>${speakerHtml(a)}${note}${sources}</div>`;
}

/** Numbered notes: every annotation's details, reachable without JavaScript and in print. */
export function notesHtml(annotations: ReaderAnnotation[]): SafeHtml {
  if (annotations.length === 0) return html``;
  const items = annotations.map(
    (a) =>
      html`<li id="note-${a.id}" class="note"><span class="note-number">${a.number}.</span>${annotationDetailsHtml(a)}<a href="#annotation-${a.id}" class="note-back">Back to the text</a></li>`,
  );
  return html`<section aria-labelledby="notes-heading" class="notes"><h2 id="notes-heading">Notes</h2><ol>${items}</ol></section>`;
}

interface SpeakerGroup {
  name: string;
  /** The speaker's page; null for the "No named source" group. */
  slug: string | null;
  items: ReaderAnnotation[];
}

function speakerGroupHtml(group: SpeakerGroup): SafeHtml {
  const count = group.items.length;
  const items = group.items.map((item) => {
    const quote = shortenText(item.quote, QUOTE_PREVIEW_LENGTH);
    return html`<li><a href="#annotation-${item.id}">${KIND_LABELS[item.kind].one}: “${quote}”</a></li>`;
  });
  const counted = `(${count} ${count === 1 ? "annotation" : "annotations"})`;
  const name =
    group.slug === null
      ? html`<span class="who-speaker">${group.name}</span>`
      : html`<a href="/speakers/${group.slug}" class="who-speaker">${group.name}</a>`;
  return html`<li>${name} <span class="text-muted">${counted}</span><ul>${items}</ul></li>`;
}

/**
 * "Who said what": annotations grouped by speaker, with links to their spans; deliberately
 * unattributed ones together under "No named source".
 */
export function whoSaidWhatHtml(annotations: ReaderAnnotation[]): SafeHtml {
  const groups = new Map<string | null, SpeakerGroup>();
  for (const a of annotations) {
    if (!a.speaker && !a.unattributed) continue;
    const key = a.speaker?.id ?? null;
    const group = groups.get(key) ?? {
      name: a.speaker?.name ?? NO_NAMED_SOURCE,
      slug: a.speaker?.slug ?? null,
      items: [],
    };
    group.items.push(a);
    groups.set(key, group);
  }
  if (groups.size === 0) return html``;
  const sorted = [...groups.values()].sort(
    (a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name),
  );
  return html`<section aria-labelledby="who-heading" class="who-said-what"><h2 id="who-heading">Who said what</h2><ul>${sorted.map(speakerGroupHtml)}</ul></section>`;
}
