import { z } from "zod";
import { ANNOTATION_KINDS } from "@/db/enums";
import { DEFAULT_CLAIM_KINDS, DEFAULT_LIMIT, MAX_LIMIT, MAX_SEARCH_LENGTH } from "./params";
import {
  ALLOWED_METHODS,
  ALLOWED_REQUEST_HEADERS,
  API_CACHE_CONTROL,
  PREFLIGHT_MAX_AGE,
} from "./respond";
import { apiSchemas } from "./schemas";

type Json = Record<string, unknown>;
const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });

/**
 * The response schemas, generated from the same zod definitions the handlers' types come from,
 * minus what only repeats the format (zod adds a pattern to each date, time and uuid, and a
 * maximum to every integer) or would misplace them (a `$schema` and a fragment `$id` each).
 */
function componentSchemas(): Record<string, Json> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: "draft-2020-12",
    io: "output",
    unrepresentable: "throw",
    uri: (id) => `#/components/schemas/${id}`,
  });
  const tidy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(tidy);
    if (typeof value !== "object" || value === null) return value;
    const entries = Object.entries(value).filter(
      ([key, v]) =>
        key !== "$schema" &&
        key !== "$id" &&
        !(key === "pattern" && "format" in value) &&
        !(key === "maximum" && v === Number.MAX_SAFE_INTEGER),
    );
    return Object.fromEntries(entries.map(([key, v]) => [key, tidy(v)]));
  };
  return tidy(schemas) as Record<string, Json>;
}

const CURSOR_SEMANTICS =
  "Lists are pages in a fixed order. Each page's `next_cursor` (also sent as " +
  '`Link: <…>; rel="next"`) names where the next page starts; it is null on the last page. ' +
  "Pass it unchanged as `cursor`, with the same filters; a cursor is opaque and does not " +
  "expire. A publish between two pages neither repeats nor skips what was already listed.";

const headers = {
  ETag: {
    description: "A strong validator: send it back as If-None-Match to get 304 while unchanged.",
    schema: { type: "string" },
  },
  CacheControl: { description: API_CACHE_CONTROL, schema: { type: "string" } },
  Link: {
    description: 'The next page, as `<address>; rel="next"`; absent on the last page.',
    schema: { type: "string" },
  },
  AccessControlAllowOrigin: { description: "Always `*`.", schema: { type: "string" } },
};

const json = (schema: Json) => ({ "application/json": { schema } });

function ok(description: string, schema: string, list: boolean) {
  return {
    description,
    headers: {
      ETag: ref("headers", "ETag"),
      "Cache-Control": ref("headers", "CacheControl"),
      "Access-Control-Allow-Origin": ref("headers", "AccessControlAllowOrigin"),
      ...(list ? { Link: ref("headers", "Link") } : {}),
    },
    content: json(ref("schemas", schema)),
  };
}

function operation(
  id: string,
  summary: string,
  description: string,
  answer: Json,
  extra: { parameters?: Json[]; responses?: Json } = {},
) {
  return {
    operationId: id,
    summary,
    description,
    parameters: [ref("parameters", "IfNoneMatch"), ...(extra.parameters ?? [])],
    responses: {
      "200": answer,
      "304": ref("responses", "NotModified"),
      "400": ref("responses", "BadRequest"),
      ...extra.responses,
      "500": ref("responses", "ServerError"),
    },
  };
}

/** Each path's GET, plus its CORS preflight. (HEAD answers as GET does, without a body.) */
function path(get: Json, preflightId: string) {
  return {
    get,
    options: {
      operationId: preflightId,
      summary: "CORS preflight",
      responses: { "204": ref("responses", "Preflight") },
    },
  };
}

const paging = [ref("parameters", "Limit"), ref("parameters", "Cursor")];
const slugParameter = (name: string, description: string) => ({
  name,
  in: "query",
  required: false,
  description,
  schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 200 },
});

/** The OpenAPI 3.1 document of /api/v1, self-contained (no external references). */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    info: {
      title: "Claimmark public API",
      version: "1.0.0",
      description:
        "Read-only JSON of what this newsroom has published: articles, their annotations " +
        "(who said what, verdicts, sources), speakers and claims across articles. Only live " +
        "published revisions are served, never drafts; no account, cookie or key is needed, " +
        "and any web page may read it (CORS). Every answer carries a strong ETag; " +
        `Cache-Control is \`${API_CACHE_CONTROL}\`. ${CURSOR_SEMANTICS} Errors answer with ` +
        "one JSON shape, `Error`; a method other than GET, HEAD and OPTIONS gets 405 with an " +
        "Allow header, and an address under /api/v1 that is none of these paths gets 404.",
    },
    servers: [{ url: "/api/v1" }],
    paths: {
      "/articles": path(
        operation(
          "listArticles",
          "Published articles",
          "Newest publication first, with counts per kind and per verdict.",
          ok("A page of articles.", "ArticleList", true),
          { parameters: paging },
        ),
        "preflightArticles",
      ),
      "/articles/{slug}": path(
        operation(
          "getArticle",
          "One published article and its annotations",
          "The live revision with every annotation in document order. The ETag follows from " +
            "the revision, which never changes; a new publish makes a new one.",
          ok("The article.", "Article", false),
          {
            parameters: [
              {
                name: "slug",
                in: "path",
                required: true,
                description: "The article's slug, as in its reader address /a/{slug}.",
                schema: { type: "string" },
              },
            ],
            responses: { "404": ref("responses", "NotFound") },
          },
        ),
        "preflightArticle",
      ),
      "/claims": path(
        operation(
          "listClaims",
          "Claims across published articles",
          "Official claims and allegations (verified facts when `kind` asks for them), newest " +
            "publication first, then by article and in document order. Filters combine.",
          ok("A page of claims.", "ClaimList", true),
          {
            parameters: [
              ...paging,
              {
                name: "kind",
                in: "query",
                required: false,
                description: `Only these kinds; repeat for several. Default: ${DEFAULT_CLAIM_KINDS.join(" and ")}.`,
                schema: { type: "array", items: { type: "string", enum: [...ANNOTATION_KINDS] } },
                style: "form",
                explode: true,
              },
              slugParameter("speaker", "Only those attributed to this speaker (slug)."),
              slugParameter("verdict", "Only those rated with this verdict (slug)."),
              {
                name: "q",
                in: "query",
                required: false,
                description:
                  "Text in the quote, cue, note, conclusion or speaker's name, ignoring case.",
                schema: { type: "string", maxLength: MAX_SEARCH_LENGTH },
              },
            ],
          },
        ),
        "preflightClaims",
      ),
      "/speakers": path(
        operation(
          "listSpeakers",
          "Speakers quoted in published articles",
          "By slug, each as the latest published article names them, with counts per kind.",
          ok("A page of speakers.", "SpeakerList", true),
          { parameters: paging },
        ),
        "preflightSpeakers",
      ),
      "/openapi.json": path(
        operation("getOpenApi", "This document", "The OpenAPI 3.1 description of this API.", {
          description: "The document.",
          headers: { ETag: ref("headers", "ETag") },
          content: json({ type: "object" }),
        }),
        "preflightOpenApi",
      ),
    },
    components: {
      schemas: componentSchemas(),
      parameters: {
        Limit: {
          name: "limit",
          in: "query",
          required: false,
          description: "How many items per page.",
          schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
        },
        Cursor: {
          name: "cursor",
          in: "query",
          required: false,
          description: `The previous page's next_cursor. ${CURSOR_SEMANTICS}`,
          schema: { type: "string", pattern: "^[A-Za-z0-9_-]+$" },
        },
        IfNoneMatch: {
          name: "If-None-Match",
          in: "header",
          required: false,
          description: "An ETag from an earlier answer: 304 without a body while it still holds.",
          schema: { type: "string" },
        },
      },
      headers,
      responses: {
        NotModified: {
          description: "Unchanged since the ETag sent in If-None-Match; no body.",
          headers: { ETag: ref("headers", "ETag") },
        },
        BadRequest: {
          description:
            "A parameter is wrong (unknown, repeated, a limit out of range, a cursor this " +
            "list did not give out); the message says what to change.",
          content: json(ref("schemas", "Error")),
        },
        NotFound: {
          description: "No published article has this slug.",
          content: json(ref("schemas", "Error")),
        },
        ServerError: {
          description: "Something failed on the server; try again.",
          content: json(ref("schemas", "Error")),
        },
        Preflight: {
          description: `Allows any origin: methods ${ALLOWED_METHODS}, request headers ${ALLOWED_REQUEST_HEADERS}, kept ${PREFLIGHT_MAX_AGE} s.`,
          headers: {
            "Access-Control-Allow-Origin": ref("headers", "AccessControlAllowOrigin"),
            "Access-Control-Allow-Methods": { schema: { type: "string" } },
            "Access-Control-Allow-Headers": { schema: { type: "string" } },
            "Access-Control-Max-Age": { schema: { type: "string" } },
          },
        },
      },
    },
  };
}
