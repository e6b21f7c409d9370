import { z } from "zod";

export const MAX_COMMENT_LENGTH = 4000;

const body = z
  .string({ error: "Write a comment first." })
  .trim()
  .min(1, { error: "Write a comment first." })
  .max(MAX_COMMENT_LENGTH, {
    error: `Shorten the comment to at most ${MAX_COMMENT_LENGTH} characters.`,
  });

/** A comment on the thread, or (with parentId) a reply to one of its comments. */
export const postCommentSchema = z.object({
  annotationId: z.uuid({ error: "Choose an annotation to discuss." }),
  parentId: z.uuid().nullish(),
  body,
});
export type PostComment = z.output<typeof postCommentSchema>;

export const editCommentSchema = z.object({ commentId: z.uuid(), body });
export type EditComment = z.output<typeof editCommentSchema>;

export const commentRefSchema = z.object({ commentId: z.uuid() });
export type CommentRef = z.output<typeof commentRefSchema>;

export const threadRefSchema = z.object({ annotationId: z.uuid() });
export type ThreadRef = z.output<typeof threadRefSchema>;
