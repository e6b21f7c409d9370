import normalizeUrl from "normalize-url";
import { AppError } from "@/lib/errors";
import { isHttpUrl } from "@/lib/text/urls";

export const INVALID_URL_MESSAGE = "Enter a web address starting with http:// or https://.";

/**
 * Query parameters that only say how a reader arrived (campaigns, click ids), never what
 * the page is: two links to the same document must become one source.
 */
const TRACKING_PARAMETERS: ReadonlyArray<RegExp | string> = [
  /^utm_\w+/i,
  "fbclid",
  "gclid",
  "dclid",
  "msclkid",
  "mc_cid",
  "mc_eid",
  "igshid",
  "_ga",
  "ref_src",
  "ref_url",
  "yclid",
  "twclid",
  "ttclid",
  "wbraid",
  "gbraid",
  "li_fat_id",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "oly_anon_id",
  "oly_enc_id",
  "vero_id",
  "s_cid",
];

/**
 * True for an absolute http(s) address with a host. The scheme must be written out with its
 * `//`: the URL parser would otherwise accept `http:example.org` or resolve `//host` paths.
 */
export function isAbsoluteHttpUrl(input: string): boolean {
  const value = input.trim();
  // The parser refuses an http(s) address without a host, so no separate host check is needed.
  return /^https?:\/\//i.test(value) && isHttpUrl(value);
}

/**
 * The form a source's address is stored and deduplicated in, so that one page is one source:
 * https (an http link names the same page), no leading `www.`, host lower-cased (and IDN hosts
 * in punycode), fragment, credentials, tracking parameters, trailing slash and default port
 * dropped, the remaining query parameters sorted.
 */
export function normalizeSourceUrl(input: string): string {
  const value = input.trim();
  if (!isAbsoluteHttpUrl(value)) throw new AppError("invalid_input", INVALID_URL_MESSAGE);
  try {
    return normalizeUrl(value, {
      stripHash: true,
      stripWWW: true,
      forceHttps: true,
      removeQueryParameters: TRACKING_PARAMETERS,
      sortQueryParameters: true,
      // Only the scheme's default port goes (the URL parser drops it); :8080 is part of the address.
      removeExplicitPort: false,
    });
  } catch {
    throw new AppError("invalid_input", INVALID_URL_MESSAGE);
  }
}

/**
 * The addresses a normalized page may be stored under: sources saved before http and `www.`
 * were normalized away kept them as typed, and must still be found as the same page.
 */
export function storedFormsOf(normalizedUrl: string): string[] {
  const rest = normalizedUrl.replace(/^https:\/\//, "");
  return ["https://", "http://"].flatMap((scheme) => [`${scheme}${rest}`, `${scheme}www.${rest}`]);
}
