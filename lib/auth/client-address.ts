import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

/**
 * Carries the TCP peer's address into the app. Set by the server itself on every request
 * (peer-address.ts), overwriting whatever a client sent under that name: Next.js only fills
 * X-Forwarded-For with the socket address when the client did not send one of its own.
 */
export const PEER_HEADER = "x-claimmark-peer";

type Trust = (address: string, hop: number) => boolean;
let compiled: { setting: string; trust: Trust } | undefined;

/**
 * The proxies named by CLAIMMARK_TRUSTED_PROXIES (addresses, CIDR ranges, or `loopback`,
 * `linklocal`, `uniquelocal`, comma-separated). Throws, naming the setting, when it is malformed.
 */
export function trustedProxies(setting = process.env.CLAIMMARK_TRUSTED_PROXIES ?? ""): Trust {
  if (compiled?.setting === setting) return compiled.trust;
  const entries = setting
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    compiled = { setting, trust: proxyAddr.compile(entries) };
  } catch (error) {
    throw new Error(
      `CLAIMMARK_TRUSTED_PROXIES="${setting}" is not a comma-separated list of addresses or ` +
        `CIDR ranges (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  return compiled.trust;
}

/**
 * The address a request came from, for throttling: the TCP peer, unless the peer is a proxy
 * named in CLAIMMARK_TRUSTED_PROXIES; then the right-most X-Forwarded-For entry that is not
 * one of those proxies. Without the peer (a server started without instrumentation) every
 * request shares the address "unknown", which throttles more rather than less.
 */
export function clientAddress(headers: Headers, trust: Trust = trustedProxies()): string {
  const peer = headers.get(PEER_HEADER);
  if (!peer) return "unknown";
  const forwardedFor = headers.get("x-forwarded-for");
  const request = {
    socket: { remoteAddress: peer },
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  } as unknown as IncomingMessage;
  return proxyAddr(request, trust);
}
