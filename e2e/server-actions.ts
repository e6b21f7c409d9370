import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";
import { signIn } from "./fixtures";
import type { E2ERole } from "./users";

/** A server action as the production build exposes it: a public POST endpoint. */
export interface ServerActionRef {
  id: string;
  key: string; // "app/…/actions.ts#exportedName"
  pagePath: string; // a page whose POST endpoint serves the action
}

const buildDir = path.join(process.cwd(), ".next", "server");

function pagePathOf(worker: string): string {
  const route = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]+\)/g, "");
  return route || "/";
}

/** Every server action in the build, from Next.js's own manifest. */
export function listServerActions(): ServerActionRef[] {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(buildDir, "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<
      string,
      { workers: Record<string, unknown>; filename: string; exportedName: string }
    >;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const workers = Object.keys(entry.workers);
    const ownPage = entry.filename.replace(/actions\.ts$/, "page");
    const worker = workers.includes(ownPage) ? ownPage : workers[0]!;
    return { id, key: `${entry.filename}#${entry.exportedName}`, pagePath: pagePathOf(worker) };
  });
}

/** Every route handler in the build, e.g. "/api/health" (not metadata files such as /icon.svg). */
export function listRouteHandlers(): string[] {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(buildDir, "app-paths-manifest.json"), "utf8"),
  ) as Record<string, string>;
  return (
    Object.keys(manifest)
      .filter((route) => route.endsWith("/route"))
      .map((route) => route.replace(/\/route$/, ""))
      // Files served by a route (the icon) have no row; the API's openapi.json does.
      .filter((route) => !/\.\w+$/.test(route) || route.startsWith("/api/"))
  );
}

// React's own encoder, the one the browser uses to send server action arguments.
const { encodeReply } = createRequire(path.join(process.cwd(), "package.json"))(
  "next/dist/compiled/react-server-dom-turbopack/client.node.js",
) as { encodeReply: (value: unknown) => Promise<string | FormData> };

export function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

/**
 * Calls a server action exactly as a browser (or an attacker) can, and returns the value it
 * answered with, if any, from the React Server Components payload.
 */
export async function callServerAction(
  request: APIRequestContext,
  baseURL: string,
  action: ServerActionRef,
  args: unknown[],
  headers: Record<string, string> = {},
): Promise<{ status: number; result: unknown; redirect: string | null }> {
  const body = await encodeReply(args);
  const common = {
    "Next-Action": action.id,
    Origin: baseURL,
    Accept: "text/x-component",
    ...headers,
  };
  const response = await request.post(action.pagePath, {
    maxRedirects: 0,
    ...(typeof body === "string"
      ? { headers: { ...common, "Content-Type": "text/plain;charset=UTF-8" }, data: body }
      : { headers: common, multipart: body }),
  });
  const text = await response.text();
  const line = text.split("\n").find((l) => /^\d+:\{"ok":/.test(l));
  return {
    status: response.status(),
    result: line ? JSON.parse(line.slice(line.indexOf(":") + 1)) : undefined,
    redirect: response.headers()["x-action-redirect"]?.split(";")[0] ?? null,
  };
}

/** What an action answered: `{ ok, data }` or `{ ok: false, code, error, fieldErrors }`. */
export interface ActionAnswer {
  ok: boolean;
  data: Record<string, unknown>;
  code?: string;
  fieldErrors?: Record<string, string[]>;
}

/**
 * Calls server actions with a signed-in person's session, the way the studio's pages do,
 * for tests that need content made quickly rather than clicked together.
 */
export async function studioCaller(
  browser: Browser,
  baseURL: string,
  who: E2ERole,
  address: string,
): Promise<{
  call: (
    key: string,
    args: unknown[],
  ) => Promise<{ result: ActionAnswer; redirect: string | null }>;
  /** The same session, for route handlers. */
  request: APIRequestContext;
  close: () => Promise<void>;
}> {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": address } });
  await signIn(await context.newPage(), who);
  const actions = new Map(listServerActions().map((a) => [a.key, a]));
  return {
    call: async (key, args) => {
      const action = actions.get(key);
      if (!action) throw new Error(`No server action ${key} in the build`);
      const { result, redirect } = await callServerAction(context.request, baseURL, action, args);
      return { result: result as ActionAnswer, redirect };
    },
    request: context.request,
    close: () => context.close(),
  };
}
