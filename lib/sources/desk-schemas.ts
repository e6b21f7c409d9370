import { z } from "zod";
import { addSourceSchema } from "./schemas";

const sourceIdField = z.uuid({ error: "This source no longer exists. Reload the page." });

/** The fields the source desk edits; the address is the source's identity and stays. */
export const editSourceSchema = addSourceSchema
  .pick({ title: true, publisher: true, publishedAt: true, archivedUrl: true })
  .extend({
    id: sourceIdField,
    /** The source's updatedAt as the form saw it (lib/version-token.ts). */
    version: z.string({ error: "Reload the page and try again." }).min(1),
  });
export type EditSourceInput = z.output<typeof editSourceSchema>;

export const mergeSourcesSchema = z
  .object({
    fromId: sourceIdField,
    intoId: z.uuid({ error: "Choose the source to merge into." }),
  })
  .refine((input) => input.fromId !== input.intoId, {
    error: "Choose another source: a source cannot be merged into itself.",
    path: ["intoId"],
  });
export type MergeSourcesInput = z.output<typeof mergeSourcesSchema>;

export const sourceRefSchema = z.object({ id: sourceIdField });
