import type { ReactNode } from "react";
import type { AnnotationKind } from "@/db/enums";
import type { ReanchoredAnnotation } from "@/lib/articles/new-version";

/** The id of the element an annotation's "Show in the new text" link jumps to. */
export function previewTargetId(annotationId: string): string {
  return `new-${annotationId}`;
}

interface Placed {
  id: string;
  kind: AnnotationKind;
  start: number;
  end: number;
}

/**
 * One block of the new text with every placed annotation highlighted. Cut at every span edge;
 * each piece is tinted by the spans over it (the innermost one gives its kind), and the piece
 * where a span begins carries that span's jump target. Text, never HTML.
 */
function Block({ text, offset, spans }: { text: string; offset: number; spans: Placed[] }) {
  const end = offset + text.length;
  const inside = spans.filter((span) => span.start < end && span.end > offset);
  const cuts = [
    ...new Set([
      offset,
      end,
      ...inside.flatMap((span) => [span.start, span.end]).filter((at) => at > offset && at < end),
    ]),
  ].sort((a, b) => a - b);
  const pieces: ReactNode[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const piece = text.slice(from - offset, to - offset);
    const over = inside.filter((span) => span.start <= from && span.end >= to);
    let node: ReactNode = piece;
    if (over.length > 0) {
      const innermost = over.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
      node = (
        <mark className="text-inherit" data-kind={innermost.kind} data-innermost="">
          {piece}
        </mark>
      );
    }
    for (const span of over.filter((s) => s.start === from)) {
      node = (
        <span
          id={previewTargetId(span.id)}
          tabIndex={-1}
          className="scroll-mt-24 rounded-sm focus:outline-2 focus:outline-offset-2 focus:outline-accent"
        >
          {node}
        </span>
      );
    }
    pieces.push(<span key={from}>{node}</span>);
  }
  return <p>{pieces}</p>;
}

/** The new version as plain text, with each annotation where it would land. */
export function NewTextPreview({
  text,
  annotations,
}: {
  text: string;
  annotations: ReanchoredAnnotation[];
}) {
  const spans = annotations.flatMap(({ id, kind, start, end }) =>
    start === undefined || end === undefined ? [] : [{ id, kind, start, end }],
  );
  const blocks: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const block of text.split("\n\n")) {
    blocks.push({ text: block, offset });
    offset += block.length + 2;
  }
  return (
    <section aria-labelledby="new-text-heading" className="mt-10">
      <h2 id="new-text-heading" className="text-lg font-semibold">
        New text
      </h2>
      <div className="article-text reader-text mt-3 space-y-4 whitespace-pre-line rounded-lg border border-rule p-5">
        {blocks.map((block) => (
          <Block key={block.offset} text={block.text} offset={block.offset} spans={spans} />
        ))}
      </div>
    </section>
  );
}
