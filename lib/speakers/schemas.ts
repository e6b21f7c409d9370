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
