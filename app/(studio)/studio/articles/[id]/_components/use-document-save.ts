"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useState } from "react";
import { saveDocumentAction } from "../actions";
import type { AnnotationAnchor } from "@/db/revision-snapshot";
import { DocumentSaver } from "./document-saver";
import { useLeaveWarning } from "./use-leave-warning";

export type { SaveState, TheirVersion } from "./document-saver";

const NO_PROBLEMS: Record<string, string> = {};

/** Autosave wired to the editor: on blur, before unload, and a second after typing stops. */
export function useDocumentSave(options: {
  articleId: string;
  initialVersion: number;
  editor: Editor | null;
  getTitle: () => string;
  onSaved: (anchors: AnnotationAnchor[]) => void;
}) {
  const { editor, getTitle, onSaved } = options;
  // What the server refused at each field stays shown while the person fixes it, through the
  // "Unsaved changes" and "Saving…" that follow, until a save succeeds. The save state itself
  // is not React state here: SaveStatus and the conflict notice subscribe to the saver.
  const [fieldProblems, setFieldProblems] = useState<Record<string, string>>(NO_PROBLEMS);
  const [saver] = useState(
    () =>
      new DocumentSaver(options.initialVersion, {
        articleId: options.articleId,
        send: (input) => saveDocumentAction(input),
      }),
  );
  useEffect(
    () =>
      saver.subscribe(() => {
        const next = saver.getState();
        if (next.kind === "saved") setFieldProblems(NO_PROBLEMS);
        if (next.kind === "rejected") setFieldProblems(next.fields);
      }),
    [saver],
  );

  useEffect(() => {
    saver.connect(
      editor
        ? {
            // ProseMirror's attrs objects have no prototype, which server actions refuse to
            // serialize: a structured clone turns them into plain objects.
            snapshot: () => ({ title: getTitle(), doc: structuredClone(editor.getJSON()) }),
            onSaved: (saved) => onSaved(saved.annotations),
          }
        : null,
    );
  }, [saver, editor, getTitle, onSaved]);

  useLeaveWarning(saver);
  useEffect(() => () => saver.dispose(), [saver]);

  useEffect(() => {
    if (!editor) return;
    const onBlur = () => void saver.save();
    editor.on("blur", onBlur);
    return () => {
      editor.off("blur", onBlur);
    };
  }, [editor, saver]);

  return { saver, fieldProblems };
}
