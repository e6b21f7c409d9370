"use server";

import { getDb } from "@/db/client";
import { runAction } from "@/lib/actions";
import { assignArticle, assignmentSchema } from "@/lib/articles/assignment";
import { PERMISSIONS } from "@/lib/auth/roles";

/** Everyone who edits drafts may reach it; the use case decides whom they may assign. */
export async function assignArticleAction(input: Record<string, unknown>) {
  return runAction({
    roles: PERMISSIONS.editDrafts,
    schema: assignmentSchema,
    input,
    run: (user, data) => assignArticle(getDb(), user, data),
    revalidate: ["/studio"],
  });
}
