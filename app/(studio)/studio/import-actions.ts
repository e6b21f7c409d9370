"use server";

import { getDb } from "@/db/client";
import { runAction } from "@/lib/actions";
import { importArticleFromUrl, importFromUrlSchema } from "@/lib/articles/import";
import { PERMISSIONS } from "@/lib/auth/roles";

/**
 * "Import from URL": a new draft from a web page, or the page into an empty article. The
 * client navigates to the article itself, reloading the editor that asked for it.
 */
export async function importFromUrlAction(_previous: unknown, form: FormData) {
  return runAction({
    roles: PERMISSIONS.editDrafts,
    schema: importFromUrlSchema,
    input: form,
    run: (user, data) => importArticleFromUrl(getDb(), user, data),
    revalidate: ["/studio"],
  });
}
