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
