// Pure: the browser uses it to emphasise mentions, the server to store who was mentioned.

export interface Member {
  id: string;
  name: string;
}

export interface MentionRange {
  /** Index of the "@". */
  start: number;
  /** Index just past the name. */
  end: number;
  userId: string;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * The `@name` mentions in a comment. The rule: an "@" at the start or after a character that is
 * not a letter or digit (so e-mail addresses are not mentions), followed by a member's display
 * name, compared case-insensitively, and ending where a word ends. When several names fit
 * ("@Rosa" and "@Rosa Lind"), the longest wins. Anything else after an "@" stays plain text.
 */
export function findMentions(body: string, members: readonly Member[]): MentionRange[] {
  const candidates = members
    .filter((member) => member.name.trim() !== "")
    .map((member) => ({ id: member.id, name: member.name.trim().toLocaleLowerCase() }))
    .sort((a, b) => b.name.length - a.name.length);
  const lower = body.toLocaleLowerCase();
  const found: MentionRange[] = [];
  for (let at = lower.indexOf("@"); at !== -1; at = lower.indexOf("@", at + 1)) {
    if (at > 0 && WORD_CHAR.test(body[at - 1]!)) continue;
    const match = candidates.find((member) => {
      if (!lower.startsWith(member.name, at + 1)) return false;
      const next = body[at + 1 + member.name.length];
      return next === undefined || !WORD_CHAR.test(next);
    });
    if (!match) continue;
    const end = at + 1 + match.name.length;
    found.push({ start: at, end, userId: match.id });
    at = end - 1;
  }
  return found;
}

/** The comment cut into plain text and mentions, for showing the mentions emphasised. */
export function splitMentions(
  body: string,
  members: readonly Member[],
): { text: string; mention: boolean }[] {
  const parts: { text: string; mention: boolean }[] = [];
  let from = 0;
  for (const range of findMentions(body, members)) {
    if (range.start > from) parts.push({ text: body.slice(from, range.start), mention: false });
    parts.push({ text: body.slice(range.start, range.end), mention: true });
    from = range.end;
  }
  if (from < body.length) parts.push({ text: body.slice(from), mention: false });
  return parts;
}

/** The "@…" being typed just before the caret: where its "@" is and what follows it. */
export function mentionBeingTyped(
  text: string,
  caret: number,
): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at === -1 || (at > 0 && WORD_CHAR.test(before[at - 1]!))) return null;
  const query = before.slice(at + 1);
  // A name is on one line and not a paragraph long.
  if (query.length > 40 || /[\n\r]/.test(query)) return null;
  return { start: at, query };
}

/** Members whose name starts with what was typed after the "@", at most `limit`. */
export function membersMatching(members: readonly Member[], query: string, limit = 6): Member[] {
  const typed = query.toLocaleLowerCase();
  return members
    .filter((member) => {
      const name = member.name.toLocaleLowerCase();
      // Once the whole name is typed there is nothing left to offer.
      return name.startsWith(typed) && name !== typed;
    })
    .slice(0, limit);
}
