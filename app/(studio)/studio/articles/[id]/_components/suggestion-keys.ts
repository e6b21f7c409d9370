export type SuggestionKeyAction = "next" | "previous" | "first" | "last" | "accept" | "reject";

/**
 * What a key does in the Suggestions list (the keys its hint names). Moving works from
 * anywhere in an item; deciding only on the item itself, so Enter on its Reject button still
 * rejects. Keys with Ctrl, Alt or Meta are left to the browser and the screen reader.
 */
export function suggestionKeyAction(
  event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean },
  onItem: boolean,
): SuggestionKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key === "ArrowDown" || key === "j") return "next";
  if (key === "ArrowUp" || key === "k") return "previous";
  if (key === "Home") return "first";
  if (key === "End") return "last";
  if (!onItem) return null;
  if (key === "Enter" || key === "a") return "accept";
  if (key === "Delete" || key === "r") return "reject";
  return null;
}
