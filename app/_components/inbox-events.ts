// The studio's "Inbox" link shows the unread count from when the page loaded; reading or posting
// in a thread changes it, and the link (in the layout, outside the editor) hears it this way.

const EVENT = "claimmark:unread";

export function announceUnread(count: number): void {
  window.dispatchEvent(new CustomEvent<number>(EVENT, { detail: count }));
}

export function onUnreadChange(listener: (count: number) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<number>).detail);
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
