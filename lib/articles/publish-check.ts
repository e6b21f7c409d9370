// Pure: no database, no Node APIs. The editor runs it in the browser to show the checklist
// live; the server runs the same function before it publishes, so the two never disagree.
import type { AnnotationKind } from "@/db/enums";
import type { AnnotationCheckRow } from "@/db/queries/articles";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { shortenText } from "@/lib/format/shorten";
import { isHttpUrl } from "@/lib/text/urls";
import { titleProblem } from "./title";

/** What the check needs of one annotation: the row the server loads, built alike in the browser. */
export type CheckAnnotation = AnnotationCheckRow;
export type CheckSource = AnnotationCheckRow["sources"][number];

export interface CheckInput {
  title: string;
  /** Whether the article holds any non-blank text (lib/editor/anchors documentHasText). */
  hasText: boolean;
  annotations: CheckAnnotation[];
}

export type CheckRule =
  | "title"
  | "text"
  | "speaker"
  | "supporting_source"
  | "verdict"
  | "detached"
  | "empty_quote"
  | "source_url"
  | "source_title";

export interface CheckProblem {
  rule: CheckRule;
  /** The annotation to fix; null for a problem with the article itself. */
  annotationId: string | null;
  message: string;
}

/** The checklist lines, in display order: a line passes when no problem has its rule. */
export const CHECK_RULES: { rule: CheckRule; label: string }[] = [
  { rule: "title", label: "The article has a title" },
  { rule: "text", label: "The article has text" },
  {
    rule: "speaker",
    label: "Every official claim and allegation has a speaker or “No named source”",
  },
  { rule: "supporting_source", label: "Every verified fact has a supporting source" },
  { rule: "verdict", label: "Every verdict has a conclusion and a linked source" },
  { rule: "detached", label: "No annotation is detached" },
  { rule: "empty_quote", label: "No annotation is empty" },
  { rule: "source_url", label: "Every source has an http(s) link" },
  { rule: "source_title", label: "Every source has a title" },
];

/** Characters of a quote or address shown in a message. */
const SHOWN_CHARS = 60;

/** Text as a message shows it: on one line, cut after a whole word. */
function shorten(text: string): string {
  return shortenText(text, SHOWN_CHARS);
}

function isBlank(text: string): boolean {
  return text.trim() === "";
}

function annotationProblems(annotation: CheckAnnotation): CheckProblem[] {
  const problem = (rule: CheckRule, message: string): CheckProblem => ({
    rule,
    annotationId: annotation.id,
    message,
  });
  const kind = KIND_LABELS[annotation.kind].one.toLowerCase();
  const quote = `“${shorten(annotation.quote)}”`;

  // Whoever fixes these restores or removes the annotation first; its details can wait
  // until it is back in the text (and an empty one is deleted, not attributed).
  if (annotation.detached) {
    return [problem("detached", `Restore or delete this detached annotation: ${quote}.`)];
  }
  if (isBlank(annotation.quote)) {
    return [
      problem(
        "empty_quote",
        `Remove this empty ${kind}: it marks only blank space. Tag the words you meant instead.`,
      ),
    ];
  }

  const problems: CheckProblem[] = [];
  if (annotation.kind !== "verified_fact" && !annotation.speakerId && !annotation.unattributed) {
    problems.push(
      problem(
        "speaker",
        `Attribute this ${kind}: ${quote} has no speaker. Choose one, or tick “No named source”.`,
      ),
    );
  }
  if (
    annotation.kind === "verified_fact" &&
    !annotation.sources.some((source) => source.relation === "supports")
  ) {
    problems.push(
      problem("supporting_source", `Add a supporting source to this verified fact: ${quote}.`),
    );
  }
  // Verified facts are not rated: a verdict left from an earlier kind is not published.
  if (annotation.kind !== "verified_fact" && annotation.verdictId) {
    if (isBlank(annotation.conclusion)) {
      problems.push(problem("verdict", `Add a conclusion to the verdict on ${quote}.`));
    }
    if (annotation.sources.length === 0) {
      problems.push(problem("verdict", `Link at least one source to the verdict on ${quote}.`));
    }
  }
  for (const source of annotation.sources) {
    if (!isHttpUrl(source.url)) {
      problems.push(
        problem(
          "source_url",
          isBlank(source.url)
            ? `A source on ${quote} has no link. Add one that starts with http:// or https://.`
            : `A source on ${quote} links to “${shorten(source.url)}”. Use an address that starts with http:// or https://.`,
        ),
      );
    }
    if (isBlank(source.title)) {
      const which = isBlank(source.url) ? "a source" : `the source “${shorten(source.url)}”`;
      problems.push(problem("source_title", `Give ${which} on ${quote} a title.`));
    }
  }
  return problems;
}

/**
 * Everything that must be fixed before the article can be published: the article's own
 * problems first, then each annotation's, in the order of `input.annotations`. Empty when
 * the article may be published.
 */
export function runPublishCheck(input: CheckInput): CheckProblem[] {
  const problems: CheckProblem[] = [];
  // The rule the save applies: a title it would refuse fails here too.
  const refusedTitle = isBlank(input.title)
    ? "Give the article a title."
    : titleProblem(input.title);
  if (refusedTitle) problems.push({ rule: "title", annotationId: null, message: refusedTitle });
  if (!input.hasText) {
    problems.push({ rule: "text", annotationId: null, message: "The article has no text." });
  }
  for (const annotation of input.annotations) problems.push(...annotationProblems(annotation));
  return problems;
}

/**
 * The check's view of one annotation as the editor holds it: where it is (its mark, or
 * detached) and its details (listEditorAnnotations' EditorAnnotation carries both), so the
 * browser and the server build the same input. One object per annotation: the browser rebuilds
 * the input as the text changes, on articles with a thousand annotations.
 */
export function toCheckAnnotation(
  annotation: { id: string; kind: AnnotationKind; quote: string },
  detached: boolean,
  details:
    | {
        speaker: { id: string } | null;
        unattributed: boolean;
        verdictId: string | null;
        conclusion: string;
        sources: readonly CheckSource[];
      }
    | undefined,
): CheckAnnotation {
  return {
    id: annotation.id,
    kind: annotation.kind,
    quote: annotation.quote,
    detached,
    speakerId: details?.speaker?.id ?? null,
    unattributed: details?.unattributed ?? false,
    verdictId: details?.verdictId ?? null,
    conclusion: details?.conclusion ?? "",
    sources: (details?.sources ?? []).map(({ url, title, relation }) => ({ url, title, relation })),
  };
}

/** Something worth a look before publishing that does not stop it. */
export interface CheckWarning {
  annotationId: string;
  message: string;
}

/**
 * The annotations whose discussion is still open, in document order. Only a warning: comments
 * are the desk's, never published, so the server's check before publishing does not run this.
 */
export function openDiscussionWarnings(
  spans: readonly { id: string; quote: string }[],
  threads: Readonly<Record<string, { open: boolean } | undefined>>,
): CheckWarning[] {
  return spans
    .filter((span) => threads[span.id]?.open)
    .map((span) => ({
      annotationId: span.id,
      message: `Open discussion on “${shorten(span.quote)}”`,
    }));
}
