import { z } from "zod";
import { VERDICT_SCALE_ENDS, type VerdictScaleEnd } from "@/db/enums";

// Form fields arrive as strings; an empty rating or the "Neither" end arrive as "" and "none".

export const MAX_LABEL_LENGTH = 60;
export const MAX_DEFINITION_LENGTH = 200;
export const MAX_RATING = 100;

/** The words people see for a verdict's place at an end of the scale. */
export const SCALE_END_LABELS = {
  best: "Best end",
  worst: "Worst end",
} as const satisfies Record<VerdictScaleEnd, string>;

/** The "end" choice for a verdict in the middle of the scale or off it. */
export const NO_END = "none";

const labelField = z
  .string({ error: "Enter the verdict's label." })
  .trim()
  .min(1, { error: "Enter the verdict's label." })
  .max(MAX_LABEL_LENGTH, {
    error: `Shorten the label to at most ${MAX_LABEL_LENGTH} characters.`,
  });

const definitionField = z
  .string()
  .trim()
  .max(MAX_DEFINITION_LENGTH, {
    error: `Shorten the definition to at most ${MAX_DEFINITION_LENGTH} characters.`,
  })
  // Readers see it as one line next to the label; a line break would split it.
  .refine((value) => !/[\n\v\f\r\u0085\u2028\u2029]/.test(value), {
    error: "Write the definition on one line.",
  })
  .default("");

const RATING_MESSAGE = `Enter a whole number from 0 to ${MAX_RATING}, or leave it empty.`;

const ratingField = z
  .union([z.string(), z.number(), z.null()], { error: RATING_MESSAGE })
  .optional()
  .transform((value, context) => {
    const text = value === null || value === undefined ? "" : String(value).trim();
    if (text === "") return null;
    const rating = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    if (!(rating >= 0 && rating <= MAX_RATING)) {
      context.addIssue({ code: "custom", message: RATING_MESSAGE });
      return z.NEVER;
    }
    return rating;
  });

const scaleEndField = z
  .enum([NO_END, ...VERDICT_SCALE_ENDS], {
    error: "Choose Best end, Worst end or Neither.",
  })
  .default(NO_END)
  .transform((value) => (value === NO_END ? null : (value as VerdictScaleEnd)));

const verdictIdField = z.uuid({ error: "This verdict no longer exists. Reload the page." });

/** The version a form was opened at: the verdict's last change, as an ISO timestamp. */
const versionField = z.iso.datetime({
  error: "Reload the page before changing this verdict.",
});

const verdictFields = z.object({
  label: labelField,
  definition: definitionField,
  rating: ratingField,
  scaleEnd: scaleEndField,
});

/** An end of the scale is where ClaimReview's bestRating and worstRating come from. */
function endNeedsRating<T extends { rating: number | null; scaleEnd: VerdictScaleEnd | null }>(
  schema: z.ZodType<T>,
) {
  return schema.superRefine((value, context) => {
    if (value.scaleEnd && value.rating === null) {
      context.addIssue({
        code: "custom",
        path: ["rating"],
        message: `The ${value.scaleEnd} end of the scale needs a rating: enter one, or choose Neither.`,
      });
    }
  });
}

export const newVerdictSchema = endNeedsRating(verdictFields);
export type NewVerdict = z.output<typeof newVerdictSchema>;

export const editVerdictSchema = endNeedsRating(
  verdictFields.extend({ id: verdictIdField, version: versionField }),
);
export type EditVerdict = z.output<typeof editVerdictSchema>;

export const moveVerdictSchema = z.object({
  id: verdictIdField,
  direction: z.enum(["up", "down"], { error: "Choose up or down." }),
});
export type MoveVerdict = z.output<typeof moveVerdictSchema>;

/** Retire, restore: only which verdict. */
export const verdictRefSchema = z.object({ id: verdictIdField });
export type VerdictRef = z.output<typeof verdictRefSchema>;

/** Deleting carries the version too: a verdict someone just edited is not deleted unseen. */
export const deleteVerdictSchema = z.object({ id: verdictIdField, version: versionField });
export type DeleteVerdict = z.output<typeof deleteVerdictSchema>;
