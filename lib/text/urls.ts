const HTTP_PROTOCOLS = new Set(["http:", "https:"]);

/**
 * True when the URL parser reads the value as an http(s) address: the one check for links in
 * the text, on the reader page and in the publish check, so a link is judged the same everywhere.
 */
export function isHttpUrl(value: string): boolean {
  try {
    return HTTP_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}
