import { type Member, splitMentions } from "@/lib/discussion/mentions";

/** A comment's text with its mentions emphasised. Text only: nothing in it is read as HTML. */
export function CommentBody({ body, members }: { body: string; members: readonly Member[] }) {
  return (
    <p className="mt-1 whitespace-pre-wrap break-words text-sm">
      {splitMentions(body, members).map((part, index) =>
        part.mention ? (
          <strong key={index} className="font-semibold text-accent">
            {part.text}
          </strong>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
