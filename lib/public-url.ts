const DEFAULT_BASE_URL = "http://localhost:3000";

/**
 * Where the public site lives, for canonical, Open Graph and export URLs: PUBLIC_BASE_URL.
 * Never taken from a request's Host header, which the client controls.
 */
export function publicBaseUrl(): URL {
  const configured = process.env.PUBLIC_BASE_URL?.trim();
  if (configured) {
    try {
      return new URL(configured);
    } catch {
      console.error(`PUBLIC_BASE_URL is not a URL (${configured}); using ${DEFAULT_BASE_URL}.`);
    }
  }
  return new URL(DEFAULT_BASE_URL);
}

/** A published article's reader page. */
export function articleUrl(base: URL, slug: string): string {
  return new URL(`/a/${slug}`, base).href;
}

/**
 * The stable link to one annotated span: the reader page opens its passage for this fragment.
 * Annotation ids never change, so exports and the API may hand it out for good.
 */
export function annotationPermalink(base: URL, slug: string, annotationId: string): string {
  return `${articleUrl(base, slug)}#annotation-${annotationId}`;
}
