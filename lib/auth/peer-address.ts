import { hookEveryRequest } from "@/lib/request-hooks";
import { PEER_HEADER } from "./client-address";

/**
 * Makes every HTTP(S) server in this process write the socket's remote address into
 * PEER_HEADER before anything else sees the request, replacing any value the client sent.
 * Run once per server process, from instrumentation.
 */
export function recordPeerAddresses(): void {
  hookEveryRequest("peerAddress", (request) => {
    request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
  });
}
