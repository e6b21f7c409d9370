// How the reader page is delivered (issue 13): the first render of a revision nobody has asked
// for yet, the bytes on the wire, the 304 path, and many readers at once.
import http from "node:http";
import zlib from "node:zlib";
import { type Throughput, throughput } from "./reader";
import { round, type Summary, summarize } from "./stats";

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One GET over node:http, which (unlike fetch) leaves the body as it came off the wire. */
function rawGet(url: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    request.on("error", reject);
  });
}

const GZIP_REQUEST = { accept: "text/html", "accept-encoding": "gzip" };

export interface WireSize {
  /** The HTML once decoded, in bytes. */
  decodedBytes: number;
  /** The gzipped body: as received when the server compresses, else zlib level 6 here. */
  gzipBytes: number;
  /** Who gzipped it: "server" (Content-Encoding: gzip) or "bench" (sent uncompressed). */
  gzipBy: "server" | "bench";
  etag: string | null;
  cacheControl: string | null;
}

/** The page's size on the wire for a reader whose browser accepts gzip. */
export async function wireSize(url: string): Promise<WireSize> {
  const response = await rawGet(url, GZIP_REQUEST);
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  const encoding = response.headers["content-encoding"] ?? "identity";
  const headers = {
    etag: response.headers.etag ?? null,
    cacheControl: response.headers["cache-control"] ?? null,
  };
  if (encoding === "gzip") {
    return {
      decodedBytes: zlib.gunzipSync(response.body).length,
      gzipBytes: response.body.length,
      gzipBy: "server",
      ...headers,
    };
  }
  if (encoding !== "identity")
    throw new Error(`GET ${url}: unexpected Content-Encoding ${encoding}`);
  return {
    decodedBytes: response.body.length,
    gzipBytes: zlib.gzipSync(response.body, { level: 6 }).length,
    gzipBy: "bench",
    ...headers,
  };
}

/**
 * Wall time of the first GET of each page, one after the other, read to the last byte. Each
 * URL must be a revision the server has never served, so every sample includes rendering it.
 */
export async function coldRenders(urls: string[]): Promise<Summary> {
  const samples: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    const response = await fetch(url, { headers: GZIP_REQUEST });
    await response.arrayBuffer();
    samples.push(performance.now() - started);
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  }
  return summarize(samples);
}

export interface NotModified {
  /** The ETag of a 200 response; null when the server sends none (nothing else is measured). */
  etag: string | null;
  run?: Throughput;
  /** Share of all responses that were 304 Not Modified, 0–1. */
  notModifiedShare?: number;
}

/** Readers revalidating a page they hold: autocannon with If-None-Match set to its ETag. */
export async function notModified(
  url: string,
  seconds: number,
  connections: number,
): Promise<NotModified> {
  const first = await rawGet(url, GZIP_REQUEST);
  if (first.status !== 200) throw new Error(`GET ${url} answered ${first.status}`);
  const etag = first.headers.etag ?? null;
  if (!etag) return { etag };
  const run = await throughput(url, { seconds, connections, headers: { "if-none-match": etag } });
  const responses = Object.values(run.statusCodes).reduce((sum, n) => sum + n, 0);
  const share = responses > 0 ? (run.statusCodes["304"] ?? 0) / responses : 0;
  return { etag, run, notModifiedShare: round(share, 4) };
}

/**
 * Whether a many-readers run met its bound: every request answered 2xx, p99 under 1 s. Each
 * connection must have had answers too: autocannon drops the requests still in flight when
 * the run ends, so a server too slow to answer any would otherwise show no errors at all.
 */
export function loadPassed(load: Throughput): boolean {
  return (
    load.requests >= load.connections &&
    load.errors === 0 &&
    load.timeouts === 0 &&
    load.non2xx === 0 &&
    load.latencyP99 < 1000
  );
}

/**
 * Waits until the server answers /api/health quickly again: a slow server still works
 * through the requests autocannon left behind when it stopped, which would slow whatever is
 * measured next. Returns the seconds waited; throws when the server no longer answers.
 */
export async function settle(baseURL: string, limitSeconds = 120): Promise<number> {
  const started = performance.now();
  let quick = 0;
  while (quick < 3 && performance.now() - started < limitSeconds * 1000) {
    const sent = performance.now();
    const response = await fetch(`${baseURL}/api/health`).catch((error: unknown) => {
      throw new Error(`the server stopped answering after the run (${String(error)})`);
    });
    await response.arrayBuffer();
    quick = performance.now() - sent < 50 ? quick + 1 : 0;
    if (quick === 0) await new Promise((r) => setTimeout(r, 250));
  }
  return round((performance.now() - started) / 1000);
}
