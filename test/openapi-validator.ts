import { Ajv2020, type ErrorObject } from "ajv/dist/2020";
import addFormats from "ajv-formats";

// Checks public API answers against an OpenAPI document (the one the API serves): the schema
// of each response is looked up there by path and status, as an API client would. No test
// runner here, so both the unit tests and the end-to-end tests use it.

type Json = Record<string, unknown>;
const SCHEMA_ID = "https://claimmark.test/openapi.json";

/** Validates response bodies against `document`. */
export function openApiValidator(document: Json) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // The document's own keys are not JSON Schema keywords; only its schemas are used.
  ajv.addVocabulary([...Object.keys(document), "schemas", "parameters", "headers", "responses"]);
  ajv.addSchema({ $id: SCHEMA_ID, components: { schemas: (document.components as Json).schemas } });

  const paths = document.paths as Record<string, Record<string, { responses: Json }>>;
  const resolve = (value: Json): Json => {
    const pointer = typeof value.$ref === "string" ? value.$ref : null;
    if (!pointer) return value;
    return pointer
      .slice(2)
      .split("/")
      .reduce<Json>((node, key) => node[key] as Json, document);
  };

  /** The schema the document gives for a GET of `pathname` answering `status`. */
  function responseSchema(pathname: string, status: number): Json {
    const relative = pathname.replace(/^\/api\/v1/, "");
    const template = Object.keys(paths).find((candidate) =>
      new RegExp(`^${candidate.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(relative),
    );
    if (!template) throw new Error(`The document has no path for ${pathname}`);
    const response = paths[template]!.get!.responses[String(status)] as Json | undefined;
    if (!response) throw new Error(`The document has no ${status} answer for ${template}`);
    const content = resolve(response).content as Json | undefined;
    const schema = (content?.["application/json"] as Json | undefined)?.schema as Json;
    if (!schema) throw new Error(`No JSON schema for ${status} ${template}`);
    return schema;
  }

  return {
    /** What is wrong with `body` as `pathname`'s answer with `status`: nothing when valid. */
    errors(pathname: string, status: number, body: unknown): ErrorObject[] {
      const schema = responseSchema(pathname, status);
      const validate =
        typeof schema.$ref === "string"
          ? ajv.getSchema(`${SCHEMA_ID}${schema.$ref}`)!
          : ajv.compile(schema);
      return validate(body) ? [] : (validate.errors ?? []);
    },
  };
}
