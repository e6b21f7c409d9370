import type { ReaderAnnotation } from "./reader-model";
import { isHttpUrl } from "@/lib/text/urls";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { formatDate } from "@/lib/format/dates";
import { NO_NAMED_SOURCE, RELATION_LABELS } from "@/lib/format/labels";
import { shortenText } from "@/lib/format/shorten";
import { html, type SafeHtml } from "./html";
import { noteHeadingId } from "./reader-model";
import { ratedHtml } from "./verdicts";

const QUOTE_PREVIEW_LENGTH = 80;

/**
 * Only http(s) addresses become links; anything else is shown as inert text. Sources open in
 * the same tab, as links do by default (and as readers expect from the back button); the site's
 * Referrer-Policy already keeps the article's path from them.
 */
function safeLink(href: string, text: string): SafeHtml {
  return isHttpUrl(href) ? html`<a href="${href}" rel="nofollow">${text}</a>` : html`${text}`;
}

// The notes are the bulk of a long article's page (a thousand of them), so their markup is
// plain elements styled by position in app/styles/reader.css, without classes.

function sourceHtml(source: ReaderAnnotation["sources"][number]): SafeHtml {
  const relation = html`<b>${RELATION_LABELS[source.relation]}:</b>`;
  const about = [source.publisher, source.publishedAt ? formatDate(source.publishedAt) : ""]
    .filter(Boolean)
    .map((part) => ` · ${part}`)
    .join("");
  const archived = source.archivedUrl
    ? html` · ${safeLink(source.archivedUrl, "archived copy")}`
    : "";
  return html`<li>${relation} ${safeLink(source.url, source.title)}${about ? html`<small>${about}</small>` : ""}${archived}</li>`;
}

/** ", rated ✗ False": the verdict, as the note's first line and "Who said what" end with it. */
function verdictSuffixHtml(a: ReaderAnnotation): SafeHtml | "" {
  return a.verdict ? html`, ${ratedHtml(a.verdict)}` : "";
}

/**
 * The note's first line, which is also the first part of its span's accessible name:
 * "Official claim 3, attributed to Kasimir Dunmore, rated Misleading". Printed, the span shows
 * the same number.
 */
function headingHtml(a: ReaderAnnotation): SafeHtml {
  const who = a.speaker
    ? html`, attributed to <a href="/speakers/${a.speaker.slug}">${a.speaker.name}</a>`
    : a.unattributed
      ? html`, ${NO_NAMED_SOURCE.toLowerCase()}`
      : "";
  return html`<p id="${noteHeadingId(a.number)}">${KIND_LABELS[a.kind].one} ${a.number}${who}${verdictSuffixHtml(a)}</p>`;
}

/**
 * What the verdict means on the newsroom's scale and what the evidence shows: right under the
 * first line, before the cue and note, since it is what a reader of a fact-check looks for.
 */
function verdictHtml(a: ReaderAnnotation): SafeHtml | "" {
  if (!a.verdict) return "";
  const definition = a.verdict.definition
    ? html`<p><dfn>${a.verdict.label}</dfn>: ${a.verdict.definition}</p>`
    : "";
  const conclusion = a.conclusion ? html`<p><strong>Conclusion:</strong> ${a.conclusion}</p>` : "";
  if (!definition && !conclusion) return "";
  return html`<div class="verdict-details" data-tone="${a.verdict.tone}">${definition}${conclusion}</div>`;
}

/**
 * What one annotation says, written once in the page: the numbered note (reachable without
 * JavaScript, and printed), which the reader script also shows next to the span on demand. The
 * quote itself is not repeated: it is the span in the text, which the note links back to.
 */
function noteHtml(a: ReaderAnnotation): SafeHtml {
  const cue = a.cue ? html`<i>“${a.cue}”</i>` : "";
  const meta = a.cue || a.note ? html`<p>${cue}${a.cue && a.note ? " · " : ""}${a.note}</p>` : "";
  const sources =
    a.sources.length > 0 ? html`<ul aria-label="Sources">${a.sources.map(sourceHtml)}</ul>` : "";
  return html`<li id="annotation-${a.id}" data-kind="${a.kind}">${headingHtml(a)}${verdictHtml(a)}${meta}${sources}<a href="#${a.number}">Back to the text</a></li>`;
}

/** Numbered notes: every annotation's details, reachable without JavaScript and in print. */
export function notesHtml(annotations: ReaderAnnotation[]): SafeHtml {
  if (annotations.length === 0) return html``;
  return html`<section aria-labelledby="notes-heading" class="notes"><h2 id="notes-heading">Notes</h2><ol>${annotations.map(noteHtml)}</ol></section>`;
}

interface SpeakerGroup {
  name: string;
  description: string;
  /** The speaker's page; null for the "No named source" group. */
  slug: string | null;
  items: ReaderAnnotation[];
}

function speakerGroupHtml(group: SpeakerGroup): SafeHtml {
  const count = group.items.length;
  const items = group.items.map((item) => {
    const quote = shortenText(item.quote, QUOTE_PREVIEW_LENGTH);
    return html`<li><a href="#${item.number}">${KIND_LABELS[item.kind].one}: “${quote}”</a>${verdictSuffixHtml(item)}</li>`;
  });
  const counted = `(${count} ${count === 1 ? "annotation" : "annotations"})`;
  const name =
    group.slug === null
      ? html`<span class="who-speaker">${group.name}</span>`
      : html`<a href="/speakers/${group.slug}" class="who-speaker">${group.name}</a>`;
  // The reader script shows it in the pop-up details too.
  const description = group.description
    ? html`<span class="who-description">, ${group.description}</span>`
    : "";
  return html`<li>${name}${description} <span class="text-muted">${counted}</span><ul>${items}</ul></li>`;
}

/**
 * "Who said what": annotations grouped by speaker, with links to their spans; deliberately
 * unattributed ones together under "No named source". Each speaker's description is written
 * here, once, rather than in every note.
 */
export function whoSaidWhatHtml(annotations: ReaderAnnotation[]): SafeHtml {
  const groups = new Map<string | null, SpeakerGroup>();
  for (const a of annotations) {
    if (!a.speaker && !a.unattributed) continue;
    const key = a.speaker?.id ?? null;
    const group = groups.get(key) ?? {
      name: a.speaker?.name ?? NO_NAMED_SOURCE,
      description: a.speaker?.description ?? "",
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
