const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** "3 May 2026": dates are shown in UTC so every server renders the same text. */
export function formatDate(date: Date | string): string {
  return longDate.format(typeof date === "string" ? new Date(date) : date);
}
