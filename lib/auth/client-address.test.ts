import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER, trustedProxies } from "./client-address";
import { recordPeerAddresses } from "./peer-address";

const request = (peer: string | null, forwardedFor?: string) =>
  new Headers({
    ...(peer ? { [PEER_HEADER]: peer } : {}),
    ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
  });

describe("the address a sign-in comes from", () => {
  it("is the TCP peer, whatever X-Forwarded-For a client sends, when no proxy is trusted", () => {
    expect(clientAddress(request("192.0.2.7", "203.0.113.1, 10.0.0.1"), trustedProxies(""))).toBe(
      "192.0.2.7",
    );
  });

  it("behind a trusted proxy, is the right-most X-Forwarded-For entry that is not a trusted proxy", () => {
    const forged = "203.0.113.99, 198.51.100.4";
    expect(clientAddress(request("127.0.0.1", forged), trustedProxies("127.0.0.1"))).toBe(
      "198.51.100.4",
    );
    expect(
      clientAddress(
        request("127.0.0.1", `${forged}, 10.0.0.5`),
        trustedProxies("127.0.0.1, 10.0.0.0/8"),
      ),
    ).toBe("198.51.100.4");
    // A peer that is not the named proxy is taken as it is, with its header ignored.
    expect(clientAddress(request("192.0.2.8", forged), trustedProxies("127.0.0.1"))).toBe(
      "192.0.2.8",
    );
  });

  it('is "unknown" for every request when the server did not record the peer', () => {
    expect(clientAddress(request(null, "203.0.113.1"), trustedProxies(""))).toBe("unknown");
  });

  it("refuses a malformed setting, naming it", () => {
    expect(() => trustedProxies("127.0.0.1, proxy.internal")).toThrow(
      /CLAIMMARK_TRUSTED_PROXIES="127.0.0.1, proxy.internal" is not a comma-separated list/,
    );
  });

  it("the server overwrites a peer address the client sent with the socket's", async () => {
    recordPeerAddresses();
    const server = http.createServer((req, res) => res.end(String(req.headers[PEER_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { [PEER_HEADER]: "203.0.113.50" },
      });
      expect(await response.text()).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
