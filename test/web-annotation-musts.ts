import { Ajv, type ErrorObject } from "ajv";
import addFormats from "ajv-formats";

/**
 * The MUST-level constraints of the W3C Web Annotation Data Model (https://www.w3.org/TR/
 * annotation-model/) that an export can break, written as one JSON Schema: the ones the W3C's
 * test suite checks on annotations (sections 3.1 to 3.3.7), on their bodies and targets
 * (3.2, 4.1, 4.2) and on collections and pages (5). A test validates real exports against it.
 */
const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
const MOTIVATIONS = [
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
];

const iri = { type: "string", format: "uri" };
const oneOrMany = (schema: object) => ({
  anyOf: [schema, { type: "array", minItems: 1, items: schema }],
});
/** A key with a single value: the value itself or an array of exactly one. */
const single = (schema: object) => ({
  anyOf: [schema, { type: "array", minItems: 1, maxItems: 1, items: schema }],
});
const dateTime = single({ type: "string", format: "date-time" });
const typeNamed = (name: string) => ({
  anyOf: [{ const: name }, { type: "array", contains: { const: name } }],
});
const context = {
  anyOf: [
    { const: ANNO_CONTEXT },
    { type: "array", minItems: 1, contains: { const: ANNO_CONTEXT } },
  ],
};

const agent = {
  anyOf: [
    iri,
    {
      type: "object",
      properties: {
        id: single(iri),
        type: oneOrMany({ enum: ["Person", "Organization", "Software"] }),
        name: single({ type: "string" }),
        nickname: single({ type: "string" }),
        email: oneOrMany({ type: "string", pattern: "^mailto:" }),
        homepage: oneOrMany(iri),
      },
    },
  ],
};

const lifecycle = {
  created: dateTime,
  modified: dateTime,
  generated: dateTime,
  creator: oneOrMany(agent),
  generator: oneOrMany(agent),
  rights: oneOrMany(iri),
  canonical: single(iri),
  via: oneOrMany(iri),
};

const purpose = oneOrMany({ enum: MOTIVATIONS });

const selector = {
  type: "object",
  required: ["type"],
  allOf: [
    {
      if: { properties: { type: { const: "TextQuoteSelector" } } },
      then: {
        required: ["exact"],
        properties: {
          exact: { type: "string" },
          prefix: { type: "string" },
          suffix: { type: "string" },
        },
      },
    },
    {
      if: { properties: { type: { const: "TextPositionSelector" } } },
      then: {
        required: ["start", "end"],
        properties: {
          start: { type: "integer", minimum: 0 },
          end: { type: "integer", minimum: 0 },
        },
      },
    },
  ],
};

/** A body or target: an IRI, a textual body, a specific resource or an external resource. */
const resource = {
  anyOf: [
    iri,
    {
      type: "object",
      required: ["type", "value"],
      properties: {
        type: typeNamed("TextualBody"),
        id: single(iri),
        value: { type: "string" },
        format: single({ type: "string" }),
        language: oneOrMany({ type: "string" }),
        purpose,
        ...lifecycle,
      },
    },
    {
      type: "object",
      required: ["source"],
      properties: {
        type: typeNamed("SpecificResource"),
        id: single(iri),
        // Exactly one source, named by an IRI.
        source: {
          anyOf: [iri, { type: "object", required: ["id"], properties: { id: single(iri) } }],
        },
        purpose,
        selector: oneOrMany({ anyOf: [iri, selector] }),
        ...lifecycle,
      },
    },
    {
      type: "object",
      required: ["id"],
      not: { required: ["value"] },
      properties: { id: single(iri), format: single({ type: "string" }), purpose, ...lifecycle },
    },
  ],
};

const annotation = {
  type: "object",
  required: ["id", "type", "target"],
  // Never both a body and a bodyValue.
  not: { required: ["body", "bodyValue"] },
  properties: {
    id: single(iri),
    type: typeNamed("Annotation"),
    body: oneOrMany(resource),
    bodyValue: single({ type: "string" }),
    target: oneOrMany(resource),
    motivation: oneOrMany({ enum: MOTIVATIONS }),
    ...lifecycle,
  },
};

const page = {
  type: "object",
  required: ["type", "items"],
  properties: {
    id: single(iri),
    type: typeNamed("AnnotationPage"),
    partOf: { anyOf: [iri, { type: "object", required: ["id"] }] },
    startIndex: { type: "integer", minimum: 0 },
    items: { type: "array", items: annotation },
  },
};

const collection = {
  type: "object",
  required: ["@context", "id", "type"],
  properties: {
    "@context": context,
    id: single(iri),
    type: typeNamed("AnnotationCollection"),
    label: oneOrMany({ type: "string" }),
    total: { type: "integer", minimum: 0 },
    created: dateTime,
    first: { anyOf: [iri, page] },
  },
};

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateCollection = ajv.compile(collection);

/** What an exported collection breaks of the model's MUSTs: none when it conforms. */
export function webAnnotationViolations(exported: unknown): ErrorObject[] {
  return validateCollection(exported) ? [] : (validateCollection.errors ?? []);
}
