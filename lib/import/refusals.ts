import { ImportRefusedError } from "./import-refused";

const TIMEOUT_WHAT = {
  connect: "to answer the connection",
  read: "to send more of the page",
  total: "to deliver the whole page",
} as const;

function seconds(ms: number): string {
  const value = ms / 1000;
  return value >= 1 ? `${Math.round(value * 10) / 10} s` : `${ms} ms`;
}

/** A time limit ran out; the message says which one and how long it was. */
export function timeoutRefusal(limit: keyof typeof TIMEOUT_WHAT, ms: number): ImportRefusedError {
  return new ImportRefusedError(
    "timeout",
    `The site took longer than ${seconds(ms)} ${TIMEOUT_WHAT[limit]} (${limit} time limit). Try again later.`,
  );
}

/** A failure below HTTP (refused connection, reset, bad certificate) told plainly. */
export function networkRefusal(error: unknown, hostname: string): ImportRefusedError {
  if (error instanceof ImportRefusedError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  if (code === "ECONNREFUSED") {
    return new ImportRefusedError(
      "network",
      `${hostname} refused the connection. Check the address, or try again later.`,
    );
  }
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
    return new ImportRefusedError(
      "network",
      `${hostname} has no valid security certificate (${code}), so Claimmark cannot trust the page it sends.`,
    );
  }
  return new ImportRefusedError(
    "network",
    `Claimmark could not read the page from ${hostname}${code ? ` (${code})` : ""}: the connection failed or broke off. Try again later.`,
  );
}

/** Says that the refused address is where the page redirected, not the one the person typed. */
export function afterRedirect(refusal: ImportRefusedError, to: string): ImportRefusedError {
  return new ImportRefusedError(refusal.reason, `The page redirects to ${to}. ${refusal.message}`);
}

function parsedPageUrl(address: string | undefined, base: URL | undefined): URL {
  const text = (address ?? "").trim();
  if (!text) {
    throw new ImportRefusedError(
      "invalid_url",
      base
        ? "The site answered with a redirect but did not say where to."
        : "Enter the page's address, e.g. https://example.com/news/story.",
    );
  }
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new ImportRefusedError(
      "invalid_url",
      `"${text.slice(0, 100)}" is not a web address. Copy the address from the browser's address bar, starting with https://.`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ImportRefusedError(
      "scheme",
      `Claimmark imports web pages (addresses starting with http:// or https://), not "${url.protocol}" addresses.`,
    );
  }
  if (url.username || url.password) {
    throw new ImportRefusedError(
      "credentials",
      "That address contains a user name or password (before the @). Claimmark does not send credentials to sites; use the page's public address.",
    );
  }
  if (!url.hostname) {
    throw new ImportRefusedError("invalid_url", "That address names no site. Check the address.");
  }
  return url;
}

/**
 * The address as a URL Claimmark may request: http(s), no credentials. With `base`, it is a
 * redirect's Location, resolved against the address that sent it.
 */
export function checkedPageUrl(address: string | undefined, base?: URL): URL {
  try {
    return parsedPageUrl(address, base);
  } catch (error) {
    if (!base || !address?.trim() || !(error instanceof ImportRefusedError)) throw error;
    throw afterRedirect(error, address ?? "nowhere");
  }
}
