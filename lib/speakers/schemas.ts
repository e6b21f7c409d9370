import { z } from "zod";
import { SPEAKER_TYPES } from "@/db/enums";

export const newSpeakerSchema = z.object({
  name: z
    .string({ error: "Enter the speaker's name." })
    .trim()
    .min(1, { error: "Enter the speaker's name." })
    .max(200, { error: "Shorten the name to at most 200 characters." }),
  type: z.enum(SPEAKER_TYPES, { error: "Choose Person or Organization." }),
  description: z
    .string()
    .trim()
    .max(300, { error: "Shorten the description to at most 300 characters." })
    .default(""),
});
export type NewSpeaker = z.output<typeof newSpeakerSchema>;

const MAX_ALIASES = 50;

/**
 * Aliases typed one per line: trimmed, blank lines dropped, and the same alias typed twice
 * (ignoring case) kept once, in the order typed.
 */
export function aliasLines(text: string): string[] {
  return dedupeIgnoringCase(text.split(/\r?\n/).map((line) => line.trim()));
}

/** The first of each name that differs only in case; blanks dropped. */
export function dedupeIgnoringCase(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.trim().toLocaleLowerCase();
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const speakerIdField = z.uuid({ error: "This speaker no longer exists. Reload the page." });

export const editSpeakerSchema = newSpeakerSchema.extend({
  id: speakerIdField,
  /** The speaker's updatedAt as the form saw it (lib/version-token.ts). */
  version: z.string({ error: "Reload the page and try again." }).min(1),
  aliases: z
    .string()
    .default("")
    .transform(aliasLines)
    .refine((aliases) => aliases.length <= MAX_ALIASES, {
      error: `Keep at most ${MAX_ALIASES} aliases.`,
    })
    .refine((aliases) => aliases.every((alias) => alias.length <= 200), {
      error: "Shorten each alias to at most 200 characters.",
    }),
});
export type EditSpeakerInput = z.output<typeof editSpeakerSchema>;

export const mergeSpeakersSchema = z
  .object({
    fromId: speakerIdField,
    intoId: z.uuid({ error: "Choose the speaker to merge into." }),
  })
  .refine((input) => input.fromId !== input.intoId, {
    error: "Choose another speaker: a speaker cannot be merged into itself.",
    path: ["intoId"],
  });
export type MergeSpeakersInput = z.output<typeof mergeSpeakersSchema>;

export const speakerRefSchema = z.object({ id: speakerIdField });
