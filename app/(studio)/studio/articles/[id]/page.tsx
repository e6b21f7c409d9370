import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentForm } from "./_components/assignment-form";
import { EditorLoader } from "./_components/editor-loader";
import { LiveTitle, LiveTitleProvider } from "./_components/live-title";
import { getDb } from "@/db/client";
import { listEditorAnnotations } from "@/db/queries/annotations";
import { listAssignableUsers } from "@/db/queries/users";
import { listThreadSummaries } from "@/db/queries/discussion";
import { listVerdicts } from "@/db/queries/verdicts";
import { readAssignment } from "@/lib/articles/assignment";
import { findArticleForEditor } from "@/lib/articles/editor-article";
import { can, PERMISSIONS } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { readStoredDocument } from "@/lib/editor/schema";
import { isUuid } from "@/lib/ids";

interface Props {
  params: Promise<{ id: string }>;
}

export const metadata: Metadata = { title: "Edit article" };

export default async function EditArticlePage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageRole(`/studio/articles/${id}`, PERMISSIONS.editDrafts);
  if (!isUuid(id)) notFound();
  const db = getDb();
  const article = await findArticleForEditor(db, id);
  if (!article) notFound();
  const [annotations, scale, assignment, people, threads] = await Promise.all([
    listEditorAnnotations(db, id),
    // Retired verdicts too: one still set on an annotation stays shown, marked retired.
    listVerdicts(db, { includeRetired: true }),
    readAssignment(db, id),
    listAssignableUsers(db),
    listThreadSummaries(db, id),
  ]);
  return (
    // The breadcrumb follows the Title field as it is typed.
    <LiveTitleProvider initial={article.title}>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
        <nav aria-label="Breadcrumb" className="text-sm text-muted">
          <Link href="/studio" className="hover:underline">
            Articles
          </Link>{" "}
          / <LiveTitle />
        </nav>
        <AssignmentForm
          articleId={article.id}
          initial={assignment ?? { assigneeId: null, assigneeLabel: null }}
          people={people}
          me={user.id}
          mayAssignOthers={can(user.role, "assignOthers")}
        />
      </div>
      {/* The headline is the Title field; the page still needs a top heading to be found by. */}
      <h1 className="sr-only">Edit article</h1>
      <EditorLoader
        article={{
          id: article.id,
          title: article.title,
          // Opened as far as it is valid, so a document stored before a rule existed still opens
          // (cloned: ProseMirror's attrs have no prototype, which React cannot pass on).
          doc: structuredClone(readStoredDocument(article.doc).toJSON()),
          version: article.version,
          status: article.status,
          unpublishedChanges: article.unpublishedChanges,
          checked: article.checked,
        }}
        annotations={annotations}
        verdicts={scale.map(({ id, label, definition, retiredAt }) => ({
          id,
          label,
          definition,
          retired: retiredAt !== null,
        }))}
        role={user.role}
        threads={threads}
      />
    </LiveTitleProvider>
  );
}
