"use client";

import { useState } from "react";
import type { EditorAnnotation } from "@/db/queries/annotations";
import { sameDocument } from "@/lib/editor/schema";
import { formatLocalDateTime } from "@/lib/format/dates";
import { shortenText } from "@/lib/format/shorten";
import { type DetailValues, sameDetails } from "./details-saver";
import {
  type DetailsBackup,
  type LocalBackup,
  clearBackup,
  parseBackup,
  readBackupRaw,
  readDetailsBackups,
  writeDetailsBackup,
} from "./local-backup";
import type { TheirVersion } from "./use-document-save";

const box = "mb-6 rounded-md border px-4 py-3 text-sm";
const button = "rounded-md border border-rule px-3 py-1.5 font-medium hover:bg-rule/40";

/** Text of a document for a preview: every text node, blocks on their own lines. */
function previewText(doc: unknown): string {
  const blocks: string[] = [];
  const walk = (node: { type?: string; text?: string; content?: unknown[] }, into: string[]) => {
    if (node.text) into.push(node.text);
    for (const child of node.content ?? []) walk(child as typeof node, into);
  };
  for (const block of (doc as { content?: unknown[] })?.content ?? []) {
    const parts: string[] = [];
    walk(block as { content?: unknown[] }, parts);
    blocks.push(parts.join(""));
  }
  return blocks.join("\n\n");
}

export function ConflictNotice({
  theirs,
  onChoose,
}: {
  theirs: TheirVersion;
  onChoose: (choice: "theirs" | "mine", theirs: TheirVersion) => void;
}) {
  return (
    // Sticky: whoever is deep in a long article must still see that saving has stopped.
    <div
      role="alert"
      className={`${box} sticky top-2 z-20 border-amber-600/60 bg-amber-50 shadow-lg dark:bg-amber-950`}
    >
      <p className="font-medium">
        {theirs.savedBy ?? "Someone else"} saved this article at{" "}
        {formatLocalDateTime(theirs.savedAt)} while you were editing. Your text is still here and
        has not been saved.
      </p>
      <p className="mt-1">
        Keep your version (theirs is replaced), or load theirs (your unsaved changes are dropped).
        Their version is below if you want to copy from it first.
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer">Their version: “{theirs.title || "Untitled"}”</summary>
        <pre className="mt-2 max-h-64 overflow-auto font-serif text-sm whitespace-pre-wrap">
          {previewText(theirs.doc)}
        </pre>
      </details>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={button} onClick={() => onChoose("mine", theirs)}>
          Keep my version
        </button>
        <button type="button" className={button} onClick={() => onChoose("theirs", theirs)}>
          Load their version
        </button>
      </div>
    </div>
  );
}

/** Offers back text that was typed here but never reached the server (e.g. during an outage). */
export function RecoveryNotice({
  articleId,
  server,
  onRestore,
}: {
  articleId: string;
  server: { title: string; doc: unknown };
  onRestore: (backup: LocalBackup) => void;
}) {
  // Read once, when the editor opens (it renders only in the browser); never while editing.
  const [backup, setBackup] = useState<LocalBackup | null>(() => {
    const found = parseBackup(readBackupRaw(articleId));
    if (!found) return null;
    // The server already has it (its save finished as the page went away): nothing to offer.
    if (found.title === server.title && sameDocument(found.doc, server.doc)) {
      clearBackup(articleId);
      return null;
    }
    return found;
  });
  if (!backup) return null;
  return (
    <KeptWorkNotice
      message={`This browser kept changes to this article from ${formatLocalDateTime(backup.at)} that were never saved.`}
      restoreLabel="Restore unsaved changes"
      discardLabel="Discard them"
      onRestore={() => {
        onRestore(backup);
        setBackup(null);
      }}
      onDiscard={() => {
        clearBackup(articleId);
        setBackup(null);
      }}
    />
  );
}

/** Work this browser kept that never reached the server: restore it, or discard it. */
function KeptWorkNotice(props: {
  message: string;
  restoreLabel: string;
  discardLabel: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <div role="alert" className={`${box} border-amber-600/60 bg-amber-50 dark:bg-amber-950`}>
      <p className="font-medium">{props.message}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={button} onClick={props.onRestore}>
          {props.restoreLabel}
        </button>
        <button type="button" className={button} onClick={props.onDiscard}>
          {props.discardLabel}
        </button>
      </div>
    </div>
  );
}

type KeptDetails = Record<string, DetailsBackup<DetailValues>>;

/** Offers back annotation details changed here that never reached the server. */
export function DetailsRecoveryNotice({
  articleId,
  server,
  onRestore,
}: {
  articleId: string;
  server: EditorAnnotation[];
  onRestore: (kept: KeptDetails) => void;
}) {
  // Read once, when the editor opens; what the server already has is not offered.
  const [kept, setKept] = useState<KeptDetails | null>(() => {
    const left: KeptDetails = {};
    for (const [id, backup] of Object.entries(readDetailsBackups<DetailValues>(articleId))) {
      const has = server.find((annotation) => annotation.id === id);
      if (has && sameDetails(has, backup.value)) writeDetailsBackup(articleId, id, null);
      else left[id] = backup;
    }
    return Object.keys(left).length > 0 ? left : null;
  });
  if (!kept) return null;
  const ids = Object.keys(kept);
  const latest = ids
    .map((id) => kept[id]!.at)
    .sort()
    .at(-1)!;
  const quotes = ids.flatMap((id) => {
    const quote = server.find((annotation) => annotation.id === id)?.quote;
    return quote ? [`“${shortenText(quote, 40)}”`] : [];
  });
  const which = ids.length === 1 ? "an annotation" : `${ids.length} annotations`;
  const quoted = quotes.length > 0 ? ` (${quotes.join(", ")})` : "";
  return (
    <KeptWorkNotice
      message={`This browser kept changes to the details of ${which}${quoted} from ${formatLocalDateTime(latest)} that were never saved.`}
      restoreLabel="Restore unsaved details"
      discardLabel="Discard unsaved details"
      onRestore={() => {
        onRestore(kept);
        setKept(null);
      }}
      onDiscard={() => {
        for (const id of ids) writeDetailsBackup(articleId, id, null);
        setKept(null);
      }}
    />
  );
}
