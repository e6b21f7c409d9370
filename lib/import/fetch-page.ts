import dns from "node:dns";
import http, { STATUS_CODES, type IncomingMessage } from "node:http";
import https from "node:https";
import net, { type LookupFunction } from "node:net";
import { type AddressAllowList, addressRefusal, parseAllowList } from "./address-guard";
import { ImportRefusedError } from "./import-refused";
import { decodeBody, parseContentType, readLimitedBody, requireHtml, tooLarge } from "./page-body";
import { afterRedirect, checkedPageUrl, networkRefusal, timeoutRefusal } from "./refusals";

export { ImportRefusedError, type ImportRefusal } from "./import-refused";

export interface FetchedPage {
  /** The address the page was finally read from, after redirects. */
  url: string;
  html: string;
  /** The media type the site sent, e.g. "text/html". */
  contentType: string;
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface FetchPageOptions {
  /**
   * TEST-ONLY: IP addresses or CIDR ranges (e.g. "127.0.0.1") fetched even though their class
   * is refused, so tests can serve pages from 127.0.0.1. Default []. Never set it in production:
   * it is a hole in the protection against requests into the server's own network.
   */
  allowAddresses?: readonly string[];
  connectTimeoutMs?: number;
  readTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** TEST-ONLY: answers DNS instead of the system resolver. */
  resolveHost?: (hostname: string) => Promise<readonly ResolvedAddress[]>;
}

const DEFAULTS = {
  connectTimeoutMs: 5_000,
  readTimeoutMs: 10_000,
  totalTimeoutMs: 20_000,
  maxBytes: 5_000_000,
  maxRedirects: 5,
};

type Limits = typeof DEFAULTS;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const REQUEST_HEADERS = {
  "User-Agent": "Claimmark/1.0 (+article import)",
  Accept: "text/html,application/xhtml+xml",
  "Accept-Encoding": "gzip, deflate, br",
};

/** A host and the one address, already checked, that the request must connect to. */
interface CheckedTarget {
  url: URL;
  hostname: string;
  pinned: ResolvedAddress;
}

type HopResult =
  { kind: "redirect"; location: string | undefined } | { kind: "page"; page: FetchedPage };

async function systemLookup(hostname: string): Promise<readonly ResolvedAddress[]> {
  return dns.promises.lookup(hostname, { all: true, verbatim: true });
}

function beforeDeadline<T>(work: Promise<T>, deadline: number, limits: Limits): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(timeoutRefusal("total", limits.totalTimeoutMs)),
      Math.max(0, deadline - Date.now()),
    );
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * Resolves the host and checks EVERY address it resolves to: a name with one public and one
 * private address would otherwise reach the private one whenever the system picks it.
 */
async function checkTarget(
  url: URL,
  allowList: AddressAllowList,
  resolveHost: NonNullable<FetchPageOptions["resolveHost"]>,
): Promise<CheckedTarget> {
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: readonly ResolvedAddress[];
  if (net.isIP(hostname)) {
    addresses = [{ address: hostname, family: net.isIP(hostname) }];
  } else {
    try {
      addresses = await resolveHost(hostname);
    } catch {
      addresses = [];
    }
  }
  if (addresses.length === 0) {
    throw new ImportRefusedError(
      "dns",
      `Claimmark could not find the site ${hostname}. Check the address for typos.`,
    );
  }
  for (const { address } of addresses) {
    const refusal = addressRefusal(hostname, address, allowList);
    if (refusal) throw new ImportRefusedError("blocked_address", refusal);
  }
  return { url, hostname, pinned: addresses[0]! };
}

async function readHop(response: IncomingMessage, url: URL, limits: Limits): Promise<HopResult> {
  const status = response.statusCode ?? 0;
  if (REDIRECT_STATUSES.has(status)) {
    response.resume();
    return { kind: "redirect", location: response.headers.location };
  }
  if (status < 200 || status > 299) {
    const name = STATUS_CODES[status] ?? "an unknown status";
    throw new ImportRefusedError(
      "http_status",
      `The site answered ${status} ${name}. Check that the address opens the article in a browser.`,
    );
  }
  const contentType = parseContentType(response.headers["content-type"]);
  requireHtml(contentType);
  const declaredLength = Number(response.headers["content-length"]);
  if (Number.isFinite(declaredLength) && declaredLength > limits.maxBytes) {
    throw tooLarge(limits.maxBytes);
  }
  const body = await readLimitedBody(response, limits.maxBytes);
  return {
    kind: "page",
    page: {
      url: url.href,
      html: decodeBody(body, contentType.charset),
      contentType: contentType.mediaType,
    },
  };
}

/** One request and its answer, connected to the pinned address, within every time limit. */
function exchange(target: CheckedTarget, limits: Limits, deadline: number): Promise<HopResult> {
  return new Promise((resolve, reject) => {
    const { address, family } = target.pinned;
    // Connects to the address checked above whatever DNS says now: no rebinding in between.
    const pinnedLookup: LookupFunction = (_hostname, options, callback) => {
      if (options.all) callback(null, [{ address, family }]);
      else callback(null, address, family);
    };
    const client = target.url.protocol === "https:" ? https : http;
    const request = client.request(target.url, {
      method: "GET",
      agent: false, // a pooled socket could have been connected to another address
      lookup: pinnedLookup,
      headers: REQUEST_HEADERS,
    });
    let failure: ImportRefusedError | undefined;
    let response: IncomingMessage | undefined;
    const timers: NodeJS.Timeout[] = [];
    const fail = (refusal: ImportRefusedError) => {
      failure ??= refusal;
      response?.destroy(refusal);
      request.destroy(refusal);
    };
    const finish = () => {
      timers.forEach(clearTimeout);
      request.destroy();
    };
    timers.push(
      setTimeout(
        () => fail(timeoutRefusal("total", limits.totalTimeoutMs)),
        Math.max(0, deadline - Date.now()),
      ),
      setTimeout(
        () => fail(timeoutRefusal("connect", limits.connectTimeoutMs)),
        limits.connectTimeoutMs,
      ),
    );
    request.on("socket", (socket) => {
      const connected = () => {
        clearTimeout(timers[1]);
        socket.setTimeout(limits.readTimeoutMs, () =>
          fail(timeoutRefusal("read", limits.readTimeoutMs)),
        );
      };
      if (socket.connecting) socket.once("connect", connected);
      else connected();
    });
    request.on("error", (error) => {
      finish();
      reject(failure ?? networkRefusal(error, target.hostname));
    });
    request.on("response", (answer) => {
      response = answer;
      readHop(answer, target.url, limits)
        .then(resolve, (error: unknown) =>
          reject(failure ?? networkRefusal(error, target.hostname)),
        )
        .finally(finish);
    });
    request.end();
  });
}

/**
 * Fetches a web page for import, refusing what a newsroom tool must not fetch: other schemes,
 * credentials, addresses inside the server's own networks (on every redirect, too), slow or
 * huge answers, and anything but HTML. Throws ImportRefusedError saying why.
 */
export async function fetchArticlePage(
  address: string,
  options: FetchPageOptions = {},
): Promise<FetchedPage> {
  const limits: Limits = {
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
    readTimeoutMs: options.readTimeoutMs ?? DEFAULTS.readTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs ?? DEFAULTS.totalTimeoutMs,
    maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
    maxRedirects: options.maxRedirects ?? DEFAULTS.maxRedirects,
  };
  const allowList = parseAllowList(options.allowAddresses ?? []);
  const resolveHost = options.resolveHost ?? systemLookup;
  const deadline = Date.now() + limits.totalTimeoutMs;

  let url = checkedPageUrl(address);
  for (let redirects = 0; ; redirects++) {
    const target = await beforeDeadline(
      checkTarget(url, allowList, resolveHost),
      deadline,
      limits,
    ).catch((error: unknown) => {
      throw redirects > 0 && error instanceof ImportRefusedError && error.reason !== "timeout"
        ? afterRedirect(error, url.href)
        : error;
    });
    const result = await exchange(target, limits, deadline);
    if (result.kind === "page") return result.page;
    if (redirects >= limits.maxRedirects) {
      throw new ImportRefusedError(
        "too_many_redirects",
        `The page sent Claimmark on to another address more than ${limits.maxRedirects} times, so it stopped following. Open the address in a browser and import the address it ends up at.`,
      );
    }
    url = checkedPageUrl(result.location, url);
  }
}

/** CLAIMMARK_IMPORT_ALLOW_ADDRESSES (comma-separated IPs or CIDR ranges), TEST-ONLY; unset = [] */
export function importAllowListFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.CLAIMMARK_IMPORT_ALLOW_ADDRESSES ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}
