/**
 * Whether a client takes gzip: named in Accept-Encoding (or "*") and not refused with q=0.
 */
export function acceptsGzip(acceptEncoding: string | null): boolean {
  return (acceptEncoding ?? "").split(",").some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.find((p) => p.trim().startsWith("q="));
    return (name === "gzip" || name === "*") && (!q || Number(q.trim().slice(2)) > 0);
  });
}

/** The reader pages' addresses: /, /a/<slug>, /speakers and /speakers/<slug>. */
export const READER_PAGE_PATH = /^\/(?:a\/[^/]+|speakers(?:\/[^/]+)?)?$/;
