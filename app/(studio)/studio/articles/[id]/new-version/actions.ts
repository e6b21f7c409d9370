"use server";

import type { z } from "zod";
import { getDb } from "@/db/client";
import { runAction } from "@/lib/actions";
import {
  acceptNewVersion,
  acceptNewVersionSchema,
  previewNewVersion,
  previewNewVersionSchema,
} from "@/lib/articles/new-version";
import { PERMISSIONS } from "@/lib/auth/roles";

// Whoever may edit the draft may replace its text; each action checks it from the session.
const editors = { roles: PERMISSIONS.editDrafts };

/** How each annotation would land on the new text; nothing is saved. */
export async function previewNewVersionAction(input: z.input<typeof previewNewVersionSchema>) {
  return runAction({
    ...editors,
    schema: previewNewVersionSchema,
    input,
    run: (_user, data) => previewNewVersion(getDb(), data),
  });
}

/** Saves the reviewed new version with its annotations carried over. */
export async function acceptNewVersionAction(input: z.input<typeof acceptNewVersionSchema>) {
  return runAction({
    ...editors,
    schema: acceptNewVersionSchema,
    input,
    run: (user, data) => acceptNewVersion(getDb(), user, data),
    revalidate: ["/studio"],
  });
}
