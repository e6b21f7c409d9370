/** Why a link to an annotation opened nothing; the editor itself is left as it was. */
export function DeepLinkNotice({
  notice,
  onDismiss,
}: {
  notice: string | null;
  onDismiss: () => void;
}) {
  if (!notice) return null;
  return (
    <div
      role="status"
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-600/60 px-4 py-3 text-sm"
    >
      <p>{notice}</p>
      <button
        type="button"
        onClick={onDismiss}
        className="rounded-md border border-rule px-3 py-1.5 font-medium hover:bg-rule/40"
      >
        Dismiss
      </button>
    </div>
  );
}
