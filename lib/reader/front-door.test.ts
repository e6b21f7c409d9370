import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  answerReaderPagesFromMemory,
  forgetServedReaderPages,
  rememberServedPage,
} from "./front-door";
import { staticPage } from "./static-page";

// A real HTTP server whose own handler counts what reaches it, as Next.js would be reached.
let reached = 0;
let base = "";
const server = http.createServer((_request, response) => {
  reached++;
  response.end("from the handler");
});

beforeAll(async () => {
  answerReaderPagesFromMemory();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const page = staticPage("<!DOCTYPE html><p>Published</p>");

describe("the front door", () => {
  it("answers a page served a moment ago from memory, with its headers, 304 and gzip", async () => {
    rememberServedPage("/a/bridge?filter=1", page);
    const before = reached;
    const plain = await fetch(`${base}/a/bridge?filter=1`, {
      headers: { "accept-encoding": "identity" },
    });
    expect(await plain.text()).toBe("<!DOCTYPE html><p>Published</p>");
    expect(plain.headers.get("etag")).toBe(page.etag);
    expect(plain.headers.get("x-frame-options")).toBe("DENY");
    expect(plain.headers.get("content-security-policy")).toContain("script-src 'self'");

    const zipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve) =>
      http.get(`${base}/a/bridge?filter=1`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }),
        );
      }),
    );
    expect(zipped.encoding).toBe("gzip");
    expect(gunzipSync(zipped.body).toString()).toBe("<!DOCTYPE html><p>Published</p>");

    const again = await fetch(`${base}/a/bridge?filter=1`, {
      headers: { "if-none-match": page.etag },
    });
    expect(again.status).toBe(304);
    expect(reached).toBe(before);
  });

  it("leaves other addresses, other methods and forgotten or stale pages to the server", async () => {
    rememberServedPage("/a/bridge", page);
    const before = reached;
    await (await fetch(`${base}/a/other`)).text();
    await (await fetch(`${base}/a/bridge`, { method: "POST", body: "x" })).text();
    expect(reached).toBe(before + 2);

    forgetServedReaderPages();
    expect(await (await fetch(`${base}/a/bridge`)).text()).toBe("from the handler");

    rememberServedPage("/a/bridge", page);
    vi.useFakeTimers({ now: Date.now() + 60_000, toFake: ["Date"] });
    try {
      expect(await (await fetch(`${base}/a/bridge`)).text()).toBe("from the handler");
    } finally {
      vi.useRealTimers();
    }
  });
});
