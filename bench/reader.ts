// Reader page figures: full response time of sequential GETs, throughput under
// load, and the JavaScript a first visit downloads.
import autocannon from "autocannon";
import type { Browser } from "@playwright/test";
import { round, type Summary, summarize } from "./stats";

export interface PageTiming extends Summary {
  /** Size of the HTML as decoded, in bytes. */
  htmlBytes: number;
}

/**
 * Wall time of `count` sequential GETs from this process over loopback, each read to the last
 * byte: the server's full response time plus a negligible loopback hop. `warmup` requests
 * run first, unmeasured (they fill the per-revision caches and warm the JIT), so this is the
 * warm path; the first render of a revision is measured apart (delivery.ts, coldRenders).
 */
export async function timeGets(url: string, count: number, warmup = 5): Promise<PageTiming> {
  const samples: number[] = [];
  let htmlBytes = 0;
  for (let i = 0; i < warmup + count; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { accept: "text/html" } });
    const body = await response.text();
    const elapsed = performance.now() - started;
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    if (i >= warmup) samples.push(elapsed);
    htmlBytes = Buffer.byteLength(body);
  }
  return { ...summarize(samples), htmlBytes };
}

export interface Throughput {
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  latencyMax: number;
  requests: number;
  /** Failed requests, timeouts included (autocannon counts a timeout as an error too). */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Responses by status code (a 304 is one of autocannon's non-2xx). */
  statusCodes: Record<string, number>;
  seconds: number;
  connections: number;
}

export interface ThroughputOptions {
  seconds?: number;
  connections?: number;
  /** Sent on top of the defaults (e.g. If-None-Match). */
  headers?: Record<string, string>;
  /** Seconds before autocannon counts a request as timed out (its default is 10). */
  timeout?: number;
}

/** autocannon against one page, after the timed GETs have warmed its cache. */
export async function throughput(
  url: string,
  options: ThroughputOptions = {},
): Promise<Throughput> {
  const { seconds = 10, connections = 10, timeout = 10 } = options;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout,
    headers: { accept: "text/html", "accept-encoding": "gzip", ...options.headers },
  });
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
  );
  return {
    requestsPerSecond: round(result.requests.average, 1),
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMax: result.latency.max,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    seconds,
    connections,
  };
}

export interface FirstLoadJs {
  scripts: number;
  /** Compressed response bodies of every script, as Chromium received them. */
  bodyBytes: number;
  /** The same plus their response headers: everything transferred for scripts. */
  transferredBytes: number;
  /** Uncompressed size of the same scripts. */
  decodedBytes: number;
  /** Content-Encoding of each script response (to show they were compressed). */
  encodings: string[];
  /** Each script's path and compressed body size, largest first. */
  files: { path: string; bodyBytes: number }[];
}

/**
 * JavaScript a first visit to `url` downloads, from Chromium's own network log (CDP
 * Network.loadingFinished encodedDataLength), in a fresh context with an empty cache, counting
 * every script requested until the network is idle.
 */
export async function firstLoadJs(browser: Browser, url: string): Promise<FirstLoadJs> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const scripts = new Map<string, { url: string; headerBytes: number; encoding: string }>();
    const finished = new Map<string, number>();
    const decoded = new Map<string, number>();
    cdp.on("Network.responseReceived", (event) => {
      if (event.type !== "Script") return;
      const headers = Object.fromEntries(
        Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
      );
      scripts.set(event.requestId, {
        url: event.response.url,
        headerBytes: event.response.encodedDataLength,
        encoding: headers["content-encoding"] ?? "none",
      });
    });
    cdp.on("Network.dataReceived", (event) => {
      decoded.set(event.requestId, (decoded.get(event.requestId) ?? 0) + event.dataLength);
    });
    cdp.on("Network.loadingFinished", (event) => {
      finished.set(event.requestId, event.encodedDataLength);
    });
    await page.goto(url, { waitUntil: "networkidle" });
    let transferredBytes = 0;
    let bodyBytes = 0;
    let decodedBytes = 0;
    const files: FirstLoadJs["files"] = [];
    for (const [id, script] of scripts) {
      const total = finished.get(id) ?? 0;
      const body = Math.max(0, total - script.headerBytes);
      transferredBytes += total;
      bodyBytes += body;
      decodedBytes += decoded.get(id) ?? 0;
      files.push({ path: new URL(script.url).pathname, bodyBytes: body });
    }
    return {
      scripts: scripts.size,
      bodyBytes,
      transferredBytes,
      decodedBytes,
      encodings: [...new Set([...scripts.values()].map((s) => s.encoding))],
      files: files.sort((a, b) => b.bodyBytes - a.bodyBytes),
    };
  } finally {
    await context.close();
  }
}
