import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import {
  type FetchPageOptions,
  ImportRefusedError,
  type ImportRefusal,
  fetchArticlePage,
} from "@/lib/import/fetch-page";

/** Lets the fetch reach the test servers on 127.0.0.1, which it refuses by default. */
export const LOCAL = { allowAddresses: ["127.0.0.1"] } as const;
export const PAGE = "<!doctype html><title>Story</title><p>Hello</p>";

const servers: http.Server[] = [];

/** Call in afterEach: ends the servers and the connections they hold open on purpose. */
export async function closeServers(): Promise<void> {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
}

/** A real server on 127.0.0.1, port 0, counting the requests that reach it. */
export async function serve(handler: http.RequestListener) {
  const hits: http.IncomingMessage[] = [];
  const server = http.createServer((request, response) => {
    hits.push(request);
    handler(request, response);
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const port = (server.address() as AddressInfo).port;
  const close = () => new Promise((done) => server.close(done));
  return { port, base: `http://127.0.0.1:${port}`, hits, close };
}

export function html(
  response: http.ServerResponse,
  body: string | Buffer = PAGE,
  type = "text/html",
): void {
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

/** Fetches, expects a refusal for `reason` on the address field, and returns its message. */
export async function expectRefused(
  address: string,
  reason: ImportRefusal,
  options?: FetchPageOptions,
): Promise<string> {
  const error = await refusal(address, options);
  expect(error.reason).toBe(reason);
  expect(error.code).toBe("invalid_input");
  expect(error.field).toBe("url");
  return error.message;
}
