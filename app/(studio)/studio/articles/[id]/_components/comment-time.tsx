"use client";

import { formatLocalDateTime } from "@/lib/format/dates";

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "5 minutes ago", or "just now" within the minute. */
export function relativeTime(date: Date, now = Date.now()): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

/** When something was written: how long ago, and the exact local time beside it. */
export function CommentTime({ at }: { at: Date }) {
  const date = new Date(at);
  return (
    <time dateTime={date.toISOString()} className="text-xs text-muted">
      {relativeTime(date)} ({formatLocalDateTime(date)})
    </time>
  );
}
