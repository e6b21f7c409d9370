import { z } from "zod";
import { INVALID_URL_MESSAGE, isAbsoluteHttpUrl } from "@/lib/sources/normalize";

export const MAX_NEWSROOM_NAME_LENGTH = 120;

/** An optional web address: empty means none; anything else must be http(s). */
const optionalHttpUrl = z
  .string({ error: INVALID_URL_MESSAGE })
  .trim()
  .max(2000, { error: "Use a web address of at most 2,000 characters." })
  .refine((value) => value === "" || isAbsoluteHttpUrl(value), { error: INVALID_URL_MESSAGE })
  .optional()
  .transform((value) => value || null);

export const newsroomSchema = z.object({
  name: z
    .string({ error: "Enter the newsroom's name." })
    .trim()
    .min(1, { error: "Enter the newsroom's name." })
    .max(MAX_NEWSROOM_NAME_LENGTH, {
      error: `Shorten the name to at most ${MAX_NEWSROOM_NAME_LENGTH} characters.`,
    }),
  url: optionalHttpUrl,
  logoUrl: optionalHttpUrl,
  /** The identity's last change when the form was opened, so nobody overwrites a newer one unseen. */
  version: z.iso.datetime({ error: "Reload the page before changing the newsroom." }),
});
export type NewsroomInput = z.output<typeof newsroomSchema>;
