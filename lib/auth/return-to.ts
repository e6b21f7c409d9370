import { hasLoneSurrogate } from "@/lib/text/characters";

const BASE = "http://return-to.invalid";

/**
 * Only a path on this site may be returned to after sign-in: never another origin. Returned
 * percent-encoded as a URL serializes it, so a redirect header never carries raw non-ASCII
 * characters (which Node refuses, failing the request).
 */
export function safeReturnPath(value: unknown, fallback = "/studio"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//"))
    return fallback;
  if (value.includes("\\") || /[\u0000-\u001f\u007f]/.test(value) || hasLoneSurrogate(value))
    return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname.startsWith("/sign-in")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
