import Link from "next/link";
import { KindIcon } from "@/app/_components/kind-icon";
import { isHttpUrl } from "@/lib/editor/extensions";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { formatDate } from "@/lib/format/dates";
import type { ReaderAnnotation } from "./reader-model";

const RELATION_LABELS = {
  supports: "Supports",
  contradicts: "Contradicts",
  context: "Context",
} as const;

/** Only http(s) addresses become links; anything else is shown as inert text. */
function SafeLink({ href, children }: { href: string; children: React.ReactNode }) {
  return isHttpUrl(href) ? (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank">
      {children}
    </a>
  ) : (
    <span>{children}</span>
  );
}

/** What one annotation says: the same content in the notes list and in the pop-up details. */
export function AnnotationDetails({ annotation }: { annotation: ReaderAnnotation }) {
  return (
    <div className="annotation-details" data-details-for={annotation.id}>
      <p
        className="flex items-center gap-1.5 font-sans text-sm font-semibold"
        data-kind={annotation.kind}
      >
        <KindIcon kind={annotation.kind} />
        {KIND_LABELS[annotation.kind].one}
      </p>
      <blockquote className="mt-1 font-serif">“{annotation.quote}”</blockquote>
      {annotation.speaker ? (
        <p className="mt-1 text-sm">
          Attributed to{" "}
          <Link href={`/speakers/${annotation.speaker.slug}`} className="underline">
            {annotation.speaker.name}
          </Link>
          {annotation.speaker.description ? (
            <span className="text-muted"> ({annotation.speaker.description})</span>
          ) : null}
          {annotation.cue ? <span className="text-muted"> · “{annotation.cue}”</span> : null}
        </p>
      ) : null}
      {annotation.note ? <p className="mt-1 text-sm">{annotation.note}</p> : null}
      {annotation.sources.length > 0 ? (
        <ul className="mt-2 space-y-1 text-sm" aria-label="Sources">
          {annotation.sources.map((source) => (
            <li key={source.id}>
              <span className="font-medium">{RELATION_LABELS[source.relation]}:</span>{" "}
              <SafeLink href={source.url}>{source.title}</SafeLink>
              {source.publisher ? <span className="text-muted"> · {source.publisher}</span> : null}
              {source.publishedAt ? (
                <span className="text-muted"> · {formatDate(source.publishedAt)}</span>
              ) : null}
              {source.archivedUrl ? (
                <>
                  {" "}
                  · <SafeLink href={source.archivedUrl}>archived copy</SafeLink>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Numbered notes: every annotation's details, reachable without JavaScript and in print. */
export function Notes({ annotations }: { annotations: ReaderAnnotation[] }) {
  if (annotations.length === 0) return null;
  return (
    <section aria-labelledby="notes-heading" className="mt-12 border-t border-rule pt-6">
      <h2 id="notes-heading" className="font-sans text-lg font-semibold">
        Notes
      </h2>
      <ol className="mt-4 space-y-5">
        {annotations.map((annotation) => (
          <li key={annotation.id} id={`note-${annotation.id}`} className="note scroll-mt-6">
            <span className="font-sans text-sm text-muted">{annotation.number}.</span>
            <AnnotationDetails annotation={annotation} />
            <a href={`#annotation-${annotation.id}`} className="text-sm underline print:hidden">
              Back to the text
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** "Who said what": annotations grouped by speaker, with links to their spans. */
export function WhoSaidWhat({ annotations }: { annotations: ReaderAnnotation[] }) {
  const groups = new Map<string, { name: string; slug: string; items: ReaderAnnotation[] }>();
  for (const annotation of annotations) {
    if (!annotation.speaker) continue;
    const group = groups.get(annotation.speaker.id) ?? {
      name: annotation.speaker.name,
      slug: annotation.speaker.slug,
      items: [],
    };
    group.items.push(annotation);
    groups.set(annotation.speaker.id, group);
  }
  if (groups.size === 0) return null;
  return (
    <section aria-labelledby="who-heading" className="mt-10">
      <h2 id="who-heading" className="font-sans text-lg font-semibold">
        Who said what
      </h2>
      <ul className="mt-3 space-y-3 text-sm">
        {[...groups.values()]
          .sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name))
          .map((group) => (
            <li key={group.slug}>
              <Link href={`/speakers/${group.slug}`} className="font-semibold underline">
                {group.name}
              </Link>{" "}
              <span className="text-muted">
                ({group.items.length} {group.items.length === 1 ? "annotation" : "annotations"})
              </span>
              <ul className="mt-1 space-y-0.5 pl-4">
                {group.items.map((item) => (
                  <li key={item.id}>
                    <a href={`#annotation-${item.id}`} className="underline decoration-dotted">
                      {KIND_LABELS[item.kind].one}: “
                      {item.quote.length > 80 ? `${item.quote.slice(0, 80)}…` : item.quote}”
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
      </ul>
    </section>
  );
}
