"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { onUnreadChange } from "./inbox-events";

/** The studio's "Inbox" link; its name says how many comments are unread ("Inbox, 3 unread"). */
export function InboxLink({ unread: initial }: { unread: number }) {
  const [unread, setUnread] = useState(initial);
  // A fresh count from the server (the layout rendered again) replaces what the events said.
  const [fromServer, setFromServer] = useState(initial);
  if (fromServer !== initial) {
    setFromServer(initial);
    setUnread(initial);
  }
  useEffect(() => onUnreadChange(setUnread), []);
  return (
    <Link
      href="/studio/inbox"
      className="hover:underline"
      aria-label={unread > 0 ? `Inbox, ${unread} unread` : "Inbox"}
    >
      Inbox
      {unread > 0 ? (
        <span className="ml-1.5 rounded-full bg-accent px-1.5 py-0.5 text-xs font-semibold text-white dark:text-black">
          {unread} unread
        </span>
      ) : null}
    </Link>
  );
}
