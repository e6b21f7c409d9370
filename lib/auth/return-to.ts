/** Only a path on this site may be returned to after sign-in: never another origin. */
export function safeReturnPath(value: unknown, fallback = "/studio"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//"))
    return fallback;
  if (value.includes("\\") || /[\u0000-\u001f]/.test(value)) return fallback;
  if (value.startsWith("/sign-in")) return fallback;
  return value;
}
