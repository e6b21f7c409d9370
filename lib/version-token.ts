// A row's last change as the version its edit form carries, for rows without a version column
// (the verdicts, the newsroom): a change made from a form opened before another one is refused.

/** The token a form carries: the row's updatedAt as an ISO timestamp. */
export function versionToken(updatedAt: Date): string {
  return updatedAt.toISOString();
}

/**
 * The updatedAt a change writes: later than the previous one even within the same millisecond,
 * so a form opened before the change never matches after it.
 */
export function nextVersion(previous: Date): Date {
  return new Date(Math.max(Date.now(), previous.getTime() + 1));
}
