// Pure: used in the browser (the publish checklist) and on the server (validation at the door).

/**
 * C0 control characters and DEL, tab and line breaks aside. NUL cannot be stored by PostgreSQL at
 * all; the others are invisible and never meant in a headline or a search.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Half of a surrogate pair with no other half: not valid UTF-8, so the database refuses it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

export function hasNul(text: string): boolean {
  return text.includes("\u0000");
}

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** Text the database can hold: without NUL, and with lone surrogates replaced by U+FFFD. */
export function storableText(text: string): string {
  return text.replaceAll("\u0000", "").replace(new RegExp(LONE_SURROGATE.source, "g"), "\ufffd");
}

/**
 * What a search box asked for, as something the database can search: the first value of the
 * parameter, without characters it cannot hold, trimmed and at most `max` characters.
 */
export function searchTerm(value: string | string[] | undefined, max = 200): string {
  const first = (Array.isArray(value) ? value[0] : value) ?? "";
  return storableText(first)
    .replace(new RegExp(CONTROL_CHARACTER.source, "g"), "")
    .trim()
    .slice(0, max);
}

/**
 * Whether a request path decodes to text a page can look up: percent-encoding that is not UTF-8
 * (`/a/%FF`, or a lone surrogate as `%ED%A0%80`) makes Next.js fail with a server error before
 * any page runs, and NUL or other control characters are never part of an address here.
 */
export function isReadablePath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  return !/[\u0000-\u001f\u007f]/.test(decoded);
}
