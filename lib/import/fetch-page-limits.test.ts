import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { closeServers, expectRefused, html, LOCAL, PAGE, serve } from "@/test/page-server";
import { fetchArticlePage, importAllowListFromEnv } from "./fetch-page";

afterEach(closeServers);

describe("fetchArticlePage follows redirects carefully", () => {
  it("refuses a redirect into a private network", async () => {
    const { base } = await serve((_, response) => {
      response.writeHead(302, { Location: "http://10.0.0.1/admin" });
      response.end();
    });
    const message = await expectRefused(`${base}/`, "blocked_address", LOCAL);
    expect(message).toMatch(/^The page redirects to http:\/\/10\.0\.0\.1\/admin\. /);
    expect(message).toMatch(/private network \(10\.0\.0\.1\)/);
  });

  it("refuses a redirect to another scheme", async () => {
    const { base } = await serve((_, response) => {
      response.writeHead(301, { Location: "file:///etc/passwd" });
      response.end();
    });
    await expectRefused(`${base}/`, "scheme", LOCAL);
  });

  /** /hop/N redirects (with a relative Location) to /hop/N-1; /hop/0 is the page. */
  async function chain() {
    return serve((request, response) => {
      const left = Number(request.url!.split("/").pop());
      if (left === 0) return html(response);
      const statuses = [301, 302, 303, 307, 308];
      response.writeHead(statuses[left % statuses.length]!, { Location: `${left - 1}` });
      response.end();
    });
  }

  it("follows five redirects, resolving relative ones, and reports the final address", async () => {
    const { base, hits } = await chain();
    const page = await fetchArticlePage(`${base}/hop/5`, LOCAL);
    expect(page.url).toBe(`${base}/hop/0`);
    expect(page.html).toBe(PAGE);
    expect(hits).toHaveLength(6);
  });

  it("gives up after five redirects", async () => {
    const { base, hits } = await chain();
    expect(await expectRefused(`${base}/hop/6`, "too_many_redirects", LOCAL)).toMatch(/5 times/);
    expect(hits).toHaveLength(6);
  });

  it("follows only as many redirects as asked", async () => {
    const { base } = await chain();
    await expectRefused(`${base}/hop/2`, "too_many_redirects", { ...LOCAL, maxRedirects: 1 });
  });
});

describe("fetchArticlePage limits size and time", () => {
  it("refuses a declared length above the limit before reading", async () => {
    // Sends a little and waits: only the declared length can tell the page is too large.
    const { base } = await serve((_, response) => {
      response.writeHead(200, { "Content-Type": "text/html", "Content-Length": 10_000 });
      response.write("<p>start</p>");
    });
    const message = await expectRefused(`${base}/`, "too_large", {
      ...LOCAL,
      maxBytes: 1_000,
      readTimeoutMs: 5_000,
    });
    expect(message).toMatch(/^That page is larger than 1 kB, more than any article needs\./);
  });

  it("stops reading an undeclared body once it passes the limit", async () => {
    const { base } = await serve((_, response) => {
      response.writeHead(200, { "Content-Type": "text/html" });
      const timer = setInterval(() => response.write("x".repeat(500)), 5);
      response.on("close", () => clearInterval(timer));
    });
    const message = await expectRefused(`${base}/`, "too_large", { ...LOCAL, maxBytes: 2_000 });
    expect(message).toMatch(/larger than 2 kB/);
  });

  it("counts the unpacked size of a compressed body", async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(1_000_000, 32));
    const { base } = await serve((_, response) => {
      response.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" });
      response.end(bomb);
    });
    expect(bomb.length).toBeLessThan(10_000);
    await expectRefused(`${base}/`, "too_large", { ...LOCAL, maxBytes: 50_000 });
  });

  it("gives up on a site that never answers (read time limit)", async () => {
    const { base } = await serve(() => {});
    const started = Date.now();
    const message = await expectRefused(`${base}/`, "timeout", { ...LOCAL, readTimeoutMs: 150 });
    expect(message).toBe(
      "The site took longer than 150 ms to send more of the page (read time limit). Try again later.",
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("gives up on a site that trickles the page (total time limit)", async () => {
    const { base } = await serve((_, response) => {
      response.writeHead(200, { "Content-Type": "text/html" });
      const timer = setInterval(() => response.write("<p>x</p>"), 20);
      response.on("close", () => clearInterval(timer));
    });
    const message = await expectRefused(`${base}/`, "timeout", {
      ...LOCAL,
      readTimeoutMs: 1_000,
      totalTimeoutMs: 300,
    });
    expect(message).toMatch(/longer than 300 ms to deliver the whole page \(total time limit\)/);
  });
});

describe("fetchArticlePage reads the page", () => {
  it("asks honestly for HTML and unpacks gzip, deflate and brotli", async () => {
    const packers = { gzip: zlib.gzipSync, deflate: zlib.deflateSync, br: zlib.brotliCompressSync };
    const { base, hits } = await serve((request, response) => {
      const encoding = request.url!.slice(1) as keyof typeof packers;
      response.writeHead(200, {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Encoding": encoding,
      });
      response.end(packers[encoding](Buffer.from("<p>Grüße aus Köln</p>")));
    });
    for (const encoding of Object.keys(packers)) {
      const page = await fetchArticlePage(`${base}/${encoding}`, LOCAL);
      expect(page.html).toBe("<p>Grüße aus Köln</p>");
      expect(page.contentType).toBe("text/html");
    }
    expect(hits[0]!.headers["user-agent"]).toBe("Claimmark/1.0 (+article import)");
    expect(hits[0]!.headers.accept).toBe("text/html,application/xhtml+xml");
    expect(hits[0]!.headers["accept-encoding"]).toBe("gzip, deflate, br");
  });

  it("decodes the charset the header names, and UTF-8 when it names an unknown one", async () => {
    const { base } = await serve((request, response) => {
      const charset = request.url === "/latin" ? "ISO-8859-1" : "no-such-charset";
      const body = Buffer.from("<p>Café</p>", charset === "ISO-8859-1" ? "latin1" : "utf8");
      html(response, body, `text/html; charset=${charset}`);
    });
    expect((await fetchArticlePage(`${base}/latin`, LOCAL)).html).toBe("<p>Café</p>");
    expect((await fetchArticlePage(`${base}/unknown`, LOCAL)).html).toBe("<p>Café</p>");
  });

  it("accepts XHTML", async () => {
    const { base } = await serve((_, response) => html(response, PAGE, "application/xhtml+xml"));
    expect((await fetchArticlePage(`${base}/`, LOCAL)).contentType).toBe("application/xhtml+xml");
  });
});

describe("importAllowListFromEnv", () => {
  it("reads comma-separated entries and is empty when unset", () => {
    expect(importAllowListFromEnv({ NODE_ENV: "test" })).toEqual([]);
    expect(
      importAllowListFromEnv({
        NODE_ENV: "test",
        CLAIMMARK_IMPORT_ALLOW_ADDRESSES: " 127.0.0.1, ::1 ,,",
      }),
    ).toEqual(["127.0.0.1", "::1"]);
  });

  it("is refused by fetchArticlePage when an entry is a host name", async () => {
    await expect(
      fetchArticlePage("http://example.com/", { allowAddresses: ["localhost"] }),
    ).rejects.toThrow(/not an IP address/);
  });
});
