/**
 * The address a request came from, for throttling. The right-most X-Forwarded-For entry is
 * the one added by the nearest hop (Next.js adds the socket address when there is no proxy),
 * so a client cannot choose it by sending its own header through a proxy.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}
