import { z } from "zod";
import { hasControlCharacter, hasLoneSurrogate } from "@/lib/text/characters";

const MAX_TITLE_CHARS = 300;

/**
 * A headline the server will store. Pure, so the publish checklist in the browser applies the
 * very rule the save does and the two never disagree. Kept exactly as typed otherwise (autosave
 * must not eat the space the person is typing).
 */
export const articleTitleSchema = z
  .string({ error: "Enter a title." })
  .max(MAX_TITLE_CHARS, { error: "Shorten the title to at most 300 characters." })
  .refine((title) => !hasControlCharacter(title), {
    error: "Remove the invisible control character from the title.",
  })
  .refine((title) => !hasLoneSurrogate(title), {
    error: "Retype the last emoji or symbol in the title: half of it is missing.",
  });

/** What to fix in the title, or null when the server will store it. */
export function titleProblem(title: string): string | null {
  const result = articleTitleSchema.safeParse(title);
  return result.success ? null : (result.error.issues[0]?.message ?? "Check the title.");
}
