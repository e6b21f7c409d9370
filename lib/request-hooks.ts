import http, { type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";

/** Sees a request before the server's own handler; returns true when it answered it itself. */
export type RequestHook = (request: IncomingMessage, response: ServerResponse) => boolean | void;

/**
 * Runs `hook` on every request any HTTP(S) server in this process receives, before Next.js
 * sees it. Installed once per `name` (instrumentation may run again in one process); the hook
 * installed last runs first. Run from instrumentation only.
 */
export function hookEveryRequest(name: string, hook: RequestHook): void {
  const installed = Symbol.for(`claimmark.requestHook.${name}`);
  const prototypes = [http.Server.prototype, https.Server.prototype];
  for (const prototype of prototypes as unknown as Record<PropertyKey, unknown>[]) {
    if (prototype[installed]) continue;
    const emit = prototype.emit as (this: unknown, event: string, ...args: unknown[]) => boolean;
    prototype.emit = function (this: unknown, event: string, ...args: unknown[]) {
      if (event === "request" && hook(args[0] as IncomingMessage, args[1] as ServerResponse))
        return true;
      return emit.call(this, event, ...args);
    };
    prototype[installed] = true;
  }
}
