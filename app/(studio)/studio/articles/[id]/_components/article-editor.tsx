"use client";

import { AddMarkStep, RemoveMarkStep } from "@tiptap/pm/transform";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { Role } from "@/db/enums";
import type { EditorAnnotation } from "@/db/queries/annotations";
import type { ThreadSummary } from "@/db/queries/discussion";
import { openDiscussionWarnings, runPublishCheck } from "@/lib/articles/publish-check";
import { documentHasText, extractAnchors } from "@/lib/editor/anchors";
import { annotationIdsAt } from "@/lib/editor/annotation-mark";
import { createBrowserExtensions } from "@/lib/editor/browser-extensions";
import { PendingSuggestions } from "@/lib/editor/pending-suggestions";
import { AnnotateMenu } from "./annotate-menu";
import { AnnotationList } from "./annotation-list";
import { AnnotationPanel } from "./annotation-panel";
import { AnnotationSheet } from "./annotation-sheet";
import { CheckedArticleForm } from "./checked-article-form";
import { DeepLinkNotice } from "./deep-link-notice";
import { conflictOf } from "./document-saver";
import { FormattingToolbar } from "./formatting-toolbar";
import { ConflictNotice, DetailsRecoveryNotice, RecoveryNotice } from "./notices";
import { OverlapChooser } from "./overlap-chooser";
import { ReviewPanel } from "./review-panel";
import { SaveStatus } from "./save-status";
import { SuggestBar, SuggestionsPanel } from "./suggestions-panel";
import { TextSourceBar } from "./text-source-bar";
import { TitleField } from "./title-field";
import {
  type AnnotationDetails,
  checkInput,
  detailsById,
  EMPTY_DETAILS,
  type EditorArticleProps,
  type VerdictOption,
} from "./types";
import { useAnnotationDeepLink } from "./use-annotation-deep-link";
import { useChooseAnnotation } from "./use-choose-annotation";
import { useDetailsSave } from "./use-details-save";
import { useDocumentSave } from "./use-document-save";
import { useSpans } from "./use-spans";
import { useThreads } from "./use-threads";
import { PendingStore, useSuggestions } from "./use-suggestions";

const LIST_REFRESH_MS = 250;
/** Text scrolled into view must clear the formatting toolbar that sticks to the top. */
const TOOLBAR_CLEARANCE = { top: 72, bottom: 24, left: 0, right: 0 };

export function ArticleEditor({
  article,
  annotations,
  verdicts,
  role,
  threads: initialThreads,
}: {
  article: EditorArticleProps;
  annotations: EditorAnnotation[];
  verdicts: VerdictOption[];
  role: Role;
  /** Each discussed annotation's thread as the page loaded it. */
  threads: ThreadSummary[];
}) {
  const [titleForCheck, setTitleForCheck] = useState(article.title);
  const titleRef = useRef<HTMLTextAreaElement>(null);
  const [details, setDetails] = useState(() => detailsById(annotations));
  const [checked, setChecked] = useState(article.checked);
  const { spans, setSpans, detached } = useSpans(annotations, details);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [choices, setChoices] = useState<string[]>([]);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const markDirtyRef = useRef<() => void>(() => {});
  const [pendingStore] = useState(() => new PendingStore());
  const [threads, updateThread] = useThreads(initialThreads);

  // Created once: panel and list changes never rebuild the editor.
  const extensions = useMemo(
    () =>
      createBrowserExtensions({
        onCreate: (id) => {
          setDetails((current) => ({ ...current, [id]: { ...EMPTY_DETAILS } }));
          setSelectedId(id);
        },
        extra: [PendingSuggestions.configure({ onChange: pendingStore.set })],
      }),
    [pendingStore],
  );

  const editor = useEditor({
    extensions,
    content: article.doc as object,
    immediatelyRender: false,
    // Keystrokes must not re-render React: state is read through callbacks and selectors.
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        "aria-label": "Article text",
        role: "textbox",
        "aria-multiline": "true",
        class: "article-text editor-surface",
      },
      scrollMargin: TOOLBAR_CLEARANCE,
      scrollThreshold: TOOLBAR_CLEARANCE,
    },
    onCreate: ({ editor: created }) => {
      setSpans(extractAnchors(created.state.doc));
    },
    onUpdate: ({ editor: updated, transaction }) => {
      markDirtyRef.current();
      clearTimeout(refreshTimer.current);
      const refresh = () => setSpans(extractAnchors(updated.state.doc));
      // Tagging or removing a highlight shows in the list and checklist at once; typing
      // refreshes them once it pauses.
      if (transaction.steps.some((s) => s instanceof AddMarkStep || s instanceof RemoveMarkStep)) {
        refresh();
      } else {
        refreshTimer.current = setTimeout(refresh, LIST_REFRESH_MS);
      }
    },
    onSelectionUpdate: ({ editor: current }) => {
      const ids = annotationIdsAt(current.state.selection);
      setChoices((previous) => (previous.join() === ids.join() ? previous : ids));
      if (ids.length === 1) setSelectedId(ids[0]!);
    },
  });

  // Re-renders only when the article goes from empty to having text or back, not per keystroke.
  const hasText =
    useEditorState({
      editor,
      selector: ({ editor: current }) => (current ? documentHasText(current.state.doc) : true),
    }) ?? true;

  const getTitle = useCallback(() => titleRef.current?.value ?? article.title, [article.title]);
  const { saver, fieldProblems } = useDocumentSave({
    articleId: article.id,
    initialVersion: article.version,
    editor,
    getTitle,
    onSaved: setSpans,
  });
  useEffect(() => {
    markDirtyRef.current = () => saver.markDirty();
  }, [saver]);
  const { detailSavers, restoreDetails } = useDetailsSave({
    articleId: article.id,
    flushDocument: () => saver.flush(),
    setDetails,
  });
  const suggestions = useSuggestions({
    articleId: article.id,
    editor,
    store: pendingStore,
    savers: detailSavers,
    setDetails,
  });
  const conflictSnapshot = useCallback(() => conflictOf(saver.getState()), [saver]);
  const conflict = useSyncExternalStore(saver.subscribe, conflictSnapshot, conflictSnapshot);

  const selectAnnotation = useChooseAnnotation(
    editor,
    useCallback((id: string) => {
      setSelectedId(id);
      setChoices([]);
    }, []),
  );

  const deepLink = useAnnotationDeepLink(editor, detached, selectAnnotation);

  const replaceDocument = useCallback(
    (title: string, doc: unknown) => {
      if (titleRef.current) titleRef.current.value = title;
      editor?.commands.setContent(doc as object, { emitUpdate: false });
      if (editor) setSpans(extractAnchors(editor.state.doc));
    },
    [editor, setSpans],
  );

  const updateDetails = useCallback((id: string, next: AnnotationDetails) => {
    setDetails((current) => ({ ...current, [id]: next }));
  }, []);

  const selectedSpan = spans.find((span) => span.id === selectedId) ?? null;
  const problems = useMemo(
    () => runPublishCheck(checkInput({ title: titleForCheck, hasText, spans, detached, details })),
    [titleForCheck, hasText, spans, detached, details],
  );
  const warnings = useMemo(() => openDiscussionWarnings(spans, threads), [spans, threads]);
  const forgetAnnotation = useCallback(
    (id: string) =>
      setDetails((current) =>
        Object.fromEntries(Object.entries(current).filter(([key]) => key !== id)),
      ),
    [],
  );

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0">
        <DeepLinkNotice notice={deepLink.notice} onDismiss={deepLink.dismiss} />
        <RecoveryNotice
          articleId={article.id}
          server={{ title: article.title, doc: article.doc }}
          onRestore={(backup) => {
            replaceDocument(backup.title, backup.doc);
            saver.adoptBase(backup.baseVersion);
            saver.markDirty();
          }}
        />
        <DetailsRecoveryNotice
          articleId={article.id}
          server={annotations}
          onRestore={(kept) => setSelectedId(restoreDetails(kept))}
        />
        {conflict ? (
          <ConflictNotice
            theirs={conflict.theirs}
            onChoose={(choice, theirs) => {
              if (choice === "theirs") replaceDocument(theirs.title, theirs.doc);
              saver.resolveConflict(choice, theirs);
            }}
          />
        ) : null}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <label htmlFor="article-title" className="text-sm font-medium text-muted">
            Title
          </label>
          <SaveStatus saver={saver} />
        </div>
        <TitleField
          ref={titleRef}
          defaultValue={article.title}
          problem={fieldProblems.title}
          onInput={(value) => {
            saver.markDirty();
            setTitleForCheck(value);
          }}
          onBlur={() => void saver.flush()}
          onEnter={() => editor?.commands.focus("start")}
        />
        <CheckedArticleForm articleId={article.id} saved={checked} onSaved={setChecked} />
        <p className="mt-3 text-xs text-muted">
          Select text and choose a kind, or press Ctrl+Alt+1 (Official claim), 2 (Allegation), 3
          (Verified fact). Alt+F10 moves to the formatting toolbar.
        </p>
        <TextSourceBar articleId={article.id} hasText={hasText} flush={() => saver.flush()} />
        <SuggestBar suggestions={suggestions} />
        <div className="mt-3">
          <FormattingToolbar editor={editor}>
            <EditorContent editor={editor} className="mt-2" />
            {editor ? <AnnotateMenu editor={editor} /> : null}
          </FormattingToolbar>
        </div>
      </div>
      <aside className="space-y-8 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:self-start lg:overflow-y-auto">
        {choices.length > 1 || (editor && selectedSpan) ? (
          <AnnotationSheet
            onClose={() => {
              setSelectedId(null);
              setChoices([]);
            }}
          >
            <OverlapChooser
              ids={choices}
              spans={spans}
              selectedId={selectedId}
              onChoose={setSelectedId}
            />
            {editor && selectedSpan ? (
              <AnnotationPanel
                key={selectedSpan.id}
                editor={editor}
                span={selectedSpan}
                details={details[selectedSpan.id] ?? EMPTY_DETAILS}
                verdicts={verdicts}
                onDetailsChange={(next) => updateDetails(selectedSpan.id, next)}
                savers={detailSavers}
                flush={() => saver.flush()}
                onRemoved={() => setSelectedId(null)}
                onThreadChange={updateThread}
              />
            ) : null}
          </AnnotationSheet>
        ) : null}
        <SuggestionsPanel suggestions={suggestions} />
        <ReviewPanel
          articleId={article.id}
          initialStatus={article.status}
          initialUnpublishedChanges={article.unpublishedChanges}
          role={role}
          problems={problems}
          warnings={warnings}
          onSelect={selectAnnotation}
          prepare={async () => {
            await saver.flush();
            await detailSavers.flush();
            return saver.savedVersion;
          }}
          saver={saver}
          details={details}
          checked={checked}
        />
        <AnnotationList
          spans={spans}
          details={details}
          verdicts={verdicts}
          detached={detached}
          threads={threads}
          selectedId={selectedId}
          onSelect={selectAnnotation}
          onDeleted={forgetAnnotation}
        />
      </aside>
    </div>
  );
}
