import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  type FetchPageOptions,
  ImportRefusedError,
  type ImportRefusal,
  fetchArticlePage,
  importAllowListFromEnv,
} from "./fetch-page";

const LOCAL = { allowAddresses: ["127.0.0.1"] } as const;
const PAGE = "<!doctype html><title>Story</title><p>Hello</p>";

const servers: http.Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

/** A real server on 127.0.0.1, counting the requests that reach it. */
async function serve(handler: http.RequestListener) {
  const hits: http.IncomingMessage[] = [];
  const server = http.createServer((request, response) => {
    hits.push(request);
    handler(request, response);
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const port = (server.address() as AddressInfo).port;
  return { port, base: `http://127.0.0.1:${port}`, hits };
}

function html(response: http.ServerResponse, body: string | Buffer = PAGE, type = "text/html") {
  response.writeHead(200, { "Content-Type": type });
  response.end(body);
}

async function refusal(address: string, options?: FetchPageOptions) {
  try {
    await fetchArticlePage(address, options);
  } catch (error) {
    if (error instanceof ImportRefusedError) return error;
    throw error;
  }
  throw new Error(`${address} was fetched`);
}

async function expectRefused(address: string, reason: ImportRefusal, options?: FetchPageOptions) {
  const error = await refusal(address, options);
  expect(error.reason).toBe(reason);
  expect(error.code).toBe("invalid_input");
  expect(error.field).toBe("url");
  return error.message;
}

describe("fetchArticlePage refuses addresses inside the server's networks", () => {
  it.each([
    ["http://127.0.0.1:PORT/", /server Claimmark runs on \(127\.0\.0\.1\)/],
    ["http://[::1]:PORT/", /server Claimmark runs on \(::1\)/],
    ["http://10.1.2.3/", /private network \(10\.1\.2\.3\)/],
    ["http://172.16.5.4/", /private network \(172\.16\.5\.4\)/],
    ["http://192.168.0.1/", /private network \(192\.168\.0\.1\)/],
    ["http://169.254.169.254/latest/meta-data/", /cloud metadata address \(169\.254\.169\.254\)/],
    ["http://169.254.1.1/", /link-local address.*\(169\.254\.1\.1\)/],
    ["http://[fd00:ec2::254]/", /cloud metadata address \(fd00:ec2::254\)/],
    ["http://[fc00::1]/", /private network \(fc00::1\)/],
    ["http://[fe80::1]/", /link-local address/],
    ["http://0.0.0.0:PORT/", /unspecified address/],
    ["http://100.64.0.1/", /carrier-grade NAT/],
    ["http://224.0.0.1/", /multicast/],
    ["http://[::ffff:127.0.0.1]:PORT/", /server Claimmark runs on \(::ffff:7f00:1\)/],
    ["http://2130706433:PORT/", /server Claimmark runs on \(127\.0\.0\.1\)/],
    ["http://0x7f.1:PORT/", /server Claimmark runs on \(127\.0\.0\.1\)/],
    ["http://localhost:PORT/", /^The site name localhost points to the server Claimmark runs on/],
  ])("%s", async (address, why) => {
    const { port, hits } = await serve((_, response) => html(response));
    const message = await expectRefused(address.replace("PORT", String(port)), "blocked_address");
    expect(message).toMatch(why);
    expect(message).toMatch(/Claimmark (does not|never) fetch/);
    expect(hits).toHaveLength(0);
  });

  it("refuses a name when any one of its addresses is refused, allow-list or not", async () => {
    const { port, hits } = await serve((_, response) => html(response));
    const message = await expectRefused(`http://mixed.test:${port}/`, "blocked_address", {
      ...LOCAL,
      resolveHost: async () => [
        { address: "127.0.0.1", family: 4 },
        { address: "10.0.0.1", family: 4 },
      ],
    });
    expect(message).toMatch(/mixed\.test points inside a private network \(10\.0\.0\.1\)/);
    expect(hits).toHaveLength(0);
  });

  it("connects to the checked address under the site's own name", async () => {
    const { port, hits } = await serve((_, response) => html(response));
    let lookups = 0;
    const page = await fetchArticlePage(`http://news.test:${port}/story`, {
      ...LOCAL,
      resolveHost: async () => {
        lookups++;
        return [{ address: "127.0.0.1", family: 4 }];
      },
    });
    expect(page.url).toBe(`http://news.test:${port}/story`);
    expect(lookups).toBe(1);
    expect(hits[0]!.headers.host).toBe(`news.test:${port}`);
  });

  it("says when the name cannot be found", async () => {
    const message = await expectRefused("https://no-such-site.test/", "dns", {
      resolveHost: async () => {
        throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
      },
    });
    expect(message).toMatch(/could not find the site no-such-site\.test/);
  });
});

describe("fetchArticlePage refuses addresses that are not web pages", () => {
  it.each([
    ["ftp://example.com/file.html", "scheme"],
    ["file:///etc/passwd", "scheme"],
    ["javascript:alert(1)", "scheme"],
    ["https://user:secret@example.com/", "credentials"],
    ["https://user@example.com/", "credentials"],
    ["", "invalid_url"],
    ["   ", "invalid_url"],
    ["not an address", "invalid_url"],
    ["http://", "invalid_url"],
  ] as const)("%j → %s", async (address, reason) => {
    const message = await expectRefused(address, reason);
    expect(message.length).toBeGreaterThan(30);
  });

  it("names the scheme it refuses", async () => {
    expect(await expectRefused("file:///etc/passwd", "scheme")).toMatch(/not "file:"/);
  });

  it.each([
    ["application/json", '{"a":1}', /application\/json file, not a web page/],
    ["application/pdf", "%PDF-1.4", /application\/pdf file/],
  ])("refuses %s", async (type, body, why) => {
    const { base } = await serve((_, response) => html(response, body, type));
    expect(await expectRefused(`${base}/`, "content_type", LOCAL)).toMatch(why);
  });

  it("reports the status of a page that is not there", async () => {
    const { base } = await serve((_, response) => {
      response.writeHead(404, { "Content-Type": "text/html" });
      response.end("<p>gone</p>");
    });
    expect(await expectRefused(`${base}/missing`, "http_status", LOCAL)).toMatch(
      /^The site answered 404 Not Found\./,
    );
  });

  it("says when the site refuses the connection", async () => {
    const { port } = await serve(() => {});
    await new Promise((done) => servers.pop()!.close(done));
    expect(await expectRefused(`http://127.0.0.1:${port}/`, "network", LOCAL)).toMatch(
      /refused the connection/,
    );
  });
});

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
