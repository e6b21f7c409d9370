import { z } from "zod";
import { blankAsNull, httpUrlField } from "@/lib/sources/schemas";

export const MAX_NEWSROOM_NAME_LENGTH = 120;

export const newsroomSchema = z.object({
  name: z
    .string({ error: "Enter the newsroom's name." })
    .trim()
    .min(1, { error: "Enter the newsroom's name." })
    .max(MAX_NEWSROOM_NAME_LENGTH, {
      error: `Shorten the name to at most ${MAX_NEWSROOM_NAME_LENGTH} characters.`,
    }),
  url: blankAsNull(httpUrlField),
  logoUrl: blankAsNull(httpUrlField),
  /** The identity's last change when the form was opened, so nobody overwrites a newer one unseen. */
  version: z.iso.datetime({ error: "Reload the page before changing the newsroom." }),
});
export type NewsroomInput = z.output<typeof newsroomSchema>;
