"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { runAction } from "@/lib/actions";
import { createDraftArticle } from "@/lib/articles/save";
import { PERMISSIONS } from "@/lib/auth/roles";

export async function createArticleAction(_previous: unknown, _form: FormData) {
  const result = await runAction({
    roles: PERMISSIONS.editDrafts,
    schema: z.object({}),
    input: {},
    run: (user) => createDraftArticle(getDb(), user),
    revalidate: ["/studio"],
  });
  if (result.ok) redirect(`/studio/articles/${result.data.id}`);
  return result;
}
