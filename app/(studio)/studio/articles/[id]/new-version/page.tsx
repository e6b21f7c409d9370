import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { listEditorAnnotations } from "@/db/queries/annotations";
import { findArticleForEditor } from "@/lib/articles/editor-article";
import { PERMISSIONS } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import { ArticleBreadcrumb } from "../_components/article-breadcrumb";
import { NewVersionForm } from "./new-version-form";

interface Props {
  params: Promise<{ id: string }>;
}

export const metadata: Metadata = { title: "Replace text with a new version" };

export default async function NewVersionPage({ params }: Props) {
  const { id } = await params;
  await requirePageRole(`/studio/articles/${id}/new-version`, PERMISSIONS.editDrafts);
  if (!isUuid(id)) notFound();
  const db = getDb();
  const article = await findArticleForEditor(db, id);
  if (!article) notFound();
  const annotations = await listEditorAnnotations(db, id);
  const attached = annotations.filter((annotation) => !annotation.detached);
  return (
    <div className="mx-auto max-w-3xl">
      <ArticleBreadcrumb id={id} title={article.title} here="New version" />
      <h1 className="text-2xl font-semibold">Replace text with a new version</h1>
      <p className="mt-2 max-w-prose text-muted">
        Paste the revised story or fetch it from its address. Before anything is saved you see where
        each of the article&apos;s {attached.length}{" "}
        {attached.length === 1 ? "annotation" : "annotations"} lands: kept, moved, changed or not
        found. The title stays; the text it replaces stays in the article&apos;s history.
      </p>
      <NewVersionForm
        articleId={id}
        pageUrl={article.checked.url ?? ""}
        speakers={Object.fromEntries(
          attached.map((annotation) => [
            annotation.id,
            annotation.speaker?.name ?? (annotation.unattributed ? "No named source" : null),
          ]),
        )}
      />
    </div>
  );
}
