/** Says a published article was changed since: readers still see the version from before. */
export function UnpublishedChangesBadge() {
  return (
    <span className="rounded-full border border-amber-700/50 bg-amber-50 px-2.5 py-0.5 text-xs font-medium whitespace-nowrap text-amber-900 dark:bg-amber-950 dark:text-amber-100">
      Unpublished changes
    </span>
  );
}
