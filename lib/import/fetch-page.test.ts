import { afterEach, describe, expect, it } from "vitest";
import { closeServers, expectRefused, html, LOCAL, serve } from "@/test/page-server";
import { fetchArticlePage } from "./fetch-page";

afterEach(closeServers);

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
    const { port, close } = await serve(() => {});
    await close();
    expect(await expectRefused(`http://127.0.0.1:${port}/`, "network", LOCAL)).toMatch(
      /refused the connection/,
    );
  });
});
