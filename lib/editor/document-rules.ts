import type { Schema } from "@tiptap/pm/model";
import { z } from "zod";
import { ANNOTATION_KINDS } from "@/db/enums";
import { hasLoneSurrogate, hasNul, storableText } from "@/lib/text/characters";
import { isHttpUrl } from "@/lib/text/urls";

/** Blocks nested deeper than this are refused: far beyond any article, well within the stack. */
export const MAX_DOCUMENT_DEPTH = 100;

interface AttributeRule {
  valid: z.ZodType;
  /** What a person is told when a saved document breaks the rule. */
  problem: string;
}

const UNDO = "Undo the last change, or paste the text again as plain text.";

/**
 * Every attribute of every node and mark in the schema, with the values it may take. The schema
 * itself lets any JSON value through (ProseMirror checks none), and a value of the wrong type can
 * break whatever renders it later: the reader page, the editor, the exports.
 */
export const ATTRIBUTE_RULES: Record<string, Record<string, AttributeRule>> = {
  heading: {
    level: {
      valid: z.union([z.literal(2), z.literal(3)]),
      problem: `A heading has a level the editor does not offer. ${UNDO}`,
    },
  },
  orderedList: {
    start: {
      valid: z.number().int().min(0).max(99_999),
      problem: `A numbered list starts at a number the editor cannot show. ${UNDO}`,
    },
    type: {
      valid: z.enum(["1", "a", "A", "i", "I"]).nullable(),
      problem: `A numbered list has a numbering style the editor does not offer. ${UNDO}`,
    },
  },
  link: {
    href: {
      valid: z.string().refine(isHttpUrl),
      problem: "A link must start with http:// or https://. Edit or remove the link.",
    },
  },
  annotation: {
    id: {
      valid: z.uuid(),
      problem:
        "An annotation highlight is missing its id. Undo the last change and tag the text again.",
    },
    kind: {
      valid: z.enum(ANNOTATION_KINDS),
      problem:
        "An annotation highlight has an unknown kind. Undo the last change and tag the text again.",
    },
  },
};

export type JsonMark = { type: string; attrs?: Record<string, unknown> };
export type JsonNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  marks?: JsonMark[];
  text?: string;
};

export interface InspectedDocument {
  /** The document with everything the schema does not allow taken out. */
  clean: JsonNode;
  /** What was taken out, said so a person can fix it; empty for a valid document. */
  problems: string[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Checks a document's JSON against the schema and the attribute rules without recursion (a
 * hostile document may be nested thousands deep), and returns what can safely be kept. Attributes
 * the schema does not define are dropped silently: the schema would drop them too.
 */
export function inspectDocument(json: unknown, schema: Schema): InspectedDocument {
  const problems: string[] = [];
  const problem = (message: string) => {
    if (!problems.includes(message)) problems.push(message);
  };

  const attributes = (
    kind: "node" | "mark",
    type: string,
    given: unknown,
  ): Record<string, unknown> | null => {
    const spec = (kind === "node" ? schema.nodes[type] : schema.marks[type])!.spec.attrs ?? {};
    const rules = ATTRIBUTE_RULES[type] ?? {};
    const kept: Record<string, unknown> = {};
    let valid = true;
    for (const [name, attr] of Object.entries(spec)) {
      const value = isObject(given) && given[name] !== undefined ? given[name] : attr.default;
      const rule = rules[name];
      if (!rule) continue; // Every attribute has a rule (a test keeps it so).
      if (rule.valid.safeParse(value).success) {
        if (isObject(given) && given[name] !== undefined) kept[name] = value;
      } else {
        problem(rule.problem);
        valid = false;
      }
    }
    return valid ? kept : null;
  };

  const marks = (given: unknown): JsonMark[] | undefined => {
    if (given === undefined) return undefined;
    if (!Array.isArray(given)) {
      problem(`The text has formatting the editor cannot read. ${UNDO}`);
      return undefined;
    }
    const kept: JsonMark[] = [];
    for (const mark of given) {
      const type = isObject(mark) ? mark.type : undefined;
      if (typeof type !== "string" || !schema.marks[type]) {
        problem(`The text has formatting the editor does not offer. ${UNDO}`);
        continue;
      }
      // A link or highlight whose attributes are wrong is dropped, never kept with defaults.
      const attrs = attributes("mark", type, (mark as JsonMark).attrs);
      if (attrs) kept.push(Object.keys(attrs).length ? { type, attrs } : { type });
    }
    return kept;
  };

  const root: JsonNode = { type: "doc", content: [] };
  if (!isObject(json) || json.type !== "doc") {
    problem("The document is not valid: it must be a whole article, not a part of one.");
    return { clean: root, problems };
  }
  // `level` is how far below the document a node sits: the document's own blocks are level 1.
  const queue: { source: unknown; into: JsonNode[]; level: number }[] = [];
  const enqueueChildren = (source: Record<string, unknown>, into: JsonNode, level: number) => {
    if (source.content === undefined) return;
    if (!Array.isArray(source.content)) {
      problem(`The document is not valid: a block has unreadable content. ${UNDO}`);
      return;
    }
    if (level + 1 > MAX_DOCUMENT_DEPTH) {
      problem(
        `The text is nested more than ${MAX_DOCUMENT_DEPTH} levels deep (lists in lists or quotes in quotes). Remove some levels.`,
      );
      return;
    }
    into.content = [];
    for (const child of source.content) {
      queue.push({ source: child, into: into.content, level: level + 1 });
    }
  };
  enqueueChildren(json, root, 0);

  // Breadth first: siblings are taken in order, so each parent's content keeps its order.
  for (let i = 0; i < queue.length; i++) {
    const { source, into, level } = queue[i]!;
    const type = isObject(source) ? source.type : undefined;
    if (!isObject(source) || typeof type !== "string" || !schema.nodes[type] || type === "doc") {
      problem(
        `The document is not valid: it has a kind of block the editor does not offer. ${UNDO}`,
      );
      continue;
    }
    if (type === "text") {
      const text = typeof source.text === "string" ? source.text : "";
      if (hasNul(text)) problem("Remove the invisible NUL character from the text.");
      if (hasLoneSurrogate(text))
        problem("Retype the last emoji or symbol in the text: half of it is missing.");
      const kept = storableText(text);
      if (!kept) continue;
      const node: JsonNode = { type, text: kept };
      const textMarks = marks(source.marks);
      if (textMarks?.length) node.marks = textMarks;
      into.push(node);
      continue;
    }
    const attrs = attributes("node", type, source.attrs);
    const node: JsonNode = attrs && Object.keys(attrs).length ? { type, attrs } : { type };
    const nodeMarks = marks(source.marks);
    if (nodeMarks?.length) node.marks = nodeMarks;
    into.push(node);
    enqueueChildren(source, node, level);
  }
  return { clean: root, problems };
}
