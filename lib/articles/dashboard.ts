import type { Db } from "@/db/client";
import { type DashboardFilter, listDashboardArticles } from "@/db/queries/dashboard";
import type { ArticleStatus } from "@/db/enums";
import { runPublishCheck } from "./publish-check";

export interface DashboardRow {
  id: string;
  title: string;
  status: ArticleStatus;
  updatedAt: Date;
  /** Name, else e-mail, of whoever last changed the article (its creator until then). */
  lastEditor: string | null;
  /** Name, else e-mail, of who the article is assigned to; null when nobody is. */
  assignee: string | null;
  /** Annotations still in the text, per kind. */
  counts: { official_claim: number; allegation: number; verified_fact: number };
  /** How many problems the publish check finds now. */
  problems: number;
  /** Published, and changed since: readers still see the revision from before the change. */
  unpublishedChanges: boolean;
}

/**
 * The studio's article list (see listDashboardArticles for the filter and order), each row
 * with its annotation counts and the number of problems the publish check finds now.
 */
export async function listDashboard(db: Db, filter: DashboardFilter): Promise<DashboardRow[]> {
  const rows = await listDashboardArticles(db, filter);
  return rows.map(({ hasText, annotations, ...row }) => {
    const counts = { official_claim: 0, allegation: 0, verified_fact: 0 };
    for (const annotation of annotations) if (!annotation.detached) counts[annotation.kind]++;
    return {
      ...row,
      counts,
      problems: runPublishCheck({ title: row.title, hasText, annotations }).length,
    };
  });
}
