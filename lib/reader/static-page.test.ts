import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, READER_PAGE_PATH } from "./encoding";
import { PRECOMPRESSED_HEADER } from "./precompressed";
import { staticPage, staticPageResponse } from "./static-page";

const HTML = "<!DOCTYPE html><p>Le pont est fermé</p>";
const get = (headers: Record<string, string> = {}, method = "GET") =>
  new Request("http://localhost/a/x", { method, headers });

describe("a reader page's bytes", () => {
  it("have a strong ETag that follows the content", () => {
    const page = staticPage(HTML);
    expect(page.etag).toMatch(/^"[\w-]{20,}"$/);
    expect(staticPage(HTML).etag).toBe(page.etag);
    expect(staticPage(`${HTML} `).etag).not.toBe(page.etag);
  });

  it("answer 304 with no body to a matching If-None-Match, in any of its forms", async () => {
    const page = staticPage(HTML);
    for (const ifNoneMatch of [page.etag, `W/${page.etag}`, `"other", ${page.etag}`, "*"]) {
      const response = staticPageResponse(get({ "if-none-match": ifNoneMatch }), page);
      expect(response.status).toBe(304);
      expect(response.headers.get("etag")).toBe(page.etag);
      expect(await response.text()).toBe("");
    }
    const stale = staticPageResponse(get({ "if-none-match": '"other"' }), page);
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(HTML);
  });

  it("are sent gzipped, once, to clients that take gzip, and as they are to others", async () => {
    const page = staticPage(HTML);
    const zipped = staticPageResponse(get({ "accept-encoding": "br, gzip;q=0.8" }), page);
    expect(zipped.headers.get(PRECOMPRESSED_HEADER)).toBe("gzip");
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe(HTML);
    for (const acceptEncoding of [undefined, "br", "gzip;q=0"]) {
      const headers = acceptEncoding ? { "accept-encoding": acceptEncoding } : undefined;
      const plain = staticPageResponse(get(headers), page);
      expect(plain.headers.get(PRECOMPRESSED_HEADER)).toBeNull();
      expect(await plain.text()).toBe(HTML);
    }
  });

  it("carry cache headers a CDN can use and a policy with no nonce or inline script", () => {
    const response = staticPageResponse(get(), staticPage(HTML));
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toMatch(/public.*stale-while-revalidate=\d+/);
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    const csp = response.headers.get("content-security-policy")!;
    const scripts = csp.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self'");
    expect(csp).not.toMatch(/nonce|unsafe-inline|unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("send no body to HEAD, and keep the status they are given", async () => {
    const page = staticPage(HTML);
    const head = staticPageResponse(get({}, "HEAD"), page);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const missing = staticPageResponse(get({ "if-none-match": page.etag }), page, 404);
    expect(missing.status).toBe(404);
  });
});

describe("content negotiation and addresses", () => {
  it("reads Accept-Encoding as HTTP means it", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("GZIP;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(null)).toBe(false);
  });

  it("knows the reader pages' addresses and nothing more", () => {
    for (const path of ["/", "/a/some-slug", "/speakers", "/speakers/kasimir-dunmore"])
      expect(READER_PAGE_PATH.test(path)).toBe(true);
    for (const path of ["/studio", "/a/", "/a/x/y", "/speakers/x/y", "/api/health", "/r/x.js"])
      expect(READER_PAGE_PATH.test(path)).toBe(false);
  });
});
