import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { PEER_HEADER } from "./client-address";

const INSTALLED = Symbol.for("claimmark.peerAddress");

/**
 * Makes every HTTP(S) server in this process write the socket's remote address into
 * PEER_HEADER before anything else sees the request, replacing any value the client sent.
 * Run once per server process, from instrumentation.
 */
export function recordPeerAddresses(): void {
  const prototypes = [http.Server.prototype, https.Server.prototype];
  for (const prototype of prototypes as unknown as Record<PropertyKey, unknown>[]) {
    if (prototype[INSTALLED]) continue;
    const emit = prototype.emit as (this: unknown, event: string, ...args: unknown[]) => boolean;
    prototype.emit = function (this: unknown, event: string, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as IncomingMessage;
        request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
      }
      return emit.call(this, event, ...args);
    };
    prototype[INSTALLED] = true;
  }
}
