// Every date and time the app shows, in one place. Server-rendered text is in UTC so every server
// renders the same text; text made in the browser (notices, the save status) is in the person's
// own time zone, which is what they compare it with.

type DateInput = Date | string | number;

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
const dateTimeUtc = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const dateTimeWithSecondsUtc = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});
const localDateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const localTime = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** "3 May 2026", in UTC. */
export function formatDate(date: DateInput): string {
  return longDate.format(toDate(date));
}

/** "3 May 2026, 14:05", in UTC: the dashboard and the audit wording. */
export function formatDateTimeUtc(date: DateInput): string {
  return dateTimeUtc.format(toDate(date));
}

/** "3 May 2026, 14:05:09", in UTC: the article history, where events can be seconds apart. */
export function formatDateTimeWithSecondsUtc(date: DateInput): string {
  return dateTimeWithSecondsUtc.format(toDate(date));
}

/** "3 May 2026, 16:05", in the browser's time zone. */
export function formatLocalDateTime(date: DateInput): string {
  return localDateTime.format(toDate(date));
}

/** "16:05", in the browser's time zone. */
export function formatLocalTime(date: DateInput): string {
  return localTime.format(toDate(date));
}
