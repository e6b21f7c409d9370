import type { Locator } from "@playwright/test";
import type { ActionRow, Ctx, Who } from "./authorization-rows";
import { formData } from "./server-actions";

// The speaker and source desks: every role edits; only editors and admins merge and delete.

const SPEAKERS = "app/(studio)/studio/speakers/actions.ts";
const SOURCES = "app/(studio)/studio/sources/actions.ts";
const EDITOR = "app/(studio)/studio/articles/[id]/actions.ts";
const EVERY_ROLE: Who[] = ["reviewer", "editor", "admin"];
const MERGERS: Who[] = ["editor", "admin"];

/** A counter, so every prepared speaker and source has a name of its own. */
let made = 0;
const matrixSpeaker = { id: "", name: "Matrix desk speaker", version: "" };
const pair = { fromId: "", fromName: "", intoId: "" };
const sourceVersion = { value: "" };

async function adminData<T>(ctx: Ctx, key: string, input: Record<string, unknown>): Promise<T> {
  const { result } = await ctx.asAdmin(key, [input]);
  return (result as { data: T }).data;
}

async function newSpeaker(ctx: Ctx): Promise<{ id: string; name: string }> {
  const name = `Matrix desk speaker ${++made}`;
  const { id } = await adminData<{ id: string }>(ctx, `${EDITOR}#createSpeakerAction`, {
    name,
    type: "person",
    description: "",
  });
  return { id, name };
}

/** A source linked to annotation A, with a title of its own. */
async function newSource(ctx: Ctx): Promise<{ id: string; title: string }> {
  const title = `Matrix desk source ${++made}`;
  const { id } = await adminData<{ id: string }>(ctx, `${EDITOR}#addSourceAction`, {
    annotationId: ctx.annotationA,
    url: `https://matrix.example/desk/${made}`,
    title,
    relation: "context",
  });
  return { id, title };
}

/** True when the studio's search still finds `query` at `route`. */
async function found(ctx: Ctx, route: string, query: string): Promise<boolean> {
  const response = await ctx.admin.request.get(`${route}?q=${encodeURIComponent(query)}`);
  const { results } = (await response.json()) as { results: unknown[] };
  return JSON.stringify(results).includes(query);
}

/** The version the form holding `button` would send: what the page was opened at. */
function versionIn(button: Locator): Promise<string> {
  return button.evaluate((element) =>
    String(new FormData((element as HTMLButtonElement).form!).get("version")),
  );
}

export const DESK_ACTIONS: Record<string, ActionRow> = {
  [`${SPEAKERS}#editSpeakerAction`]: {
    allowed: EVERY_ROLE,
    prepare: async (ctx) => {
      if (!matrixSpeaker.id) Object.assign(matrixSpeaker, await newSpeaker(ctx));
      await ctx.admin.goto(`/studio/speakers/${matrixSpeaker.id}`);
      matrixSpeaker.version = await versionIn(
        ctx.admin.getByRole("button", { name: "Save speaker" }),
      );
    },
    args: (_ctx, attempt) => [
      null,
      formData({
        id: matrixSpeaker.id,
        version: matrixSpeaker.version,
        name: matrixSpeaker.name,
        type: "person",
        description: attempt,
        aliases: "",
      }),
    ],
    effect: async (ctx, attempt) => {
      await ctx.admin.goto(`/studio/speakers/${matrixSpeaker.id}`);
      return (await ctx.admin.getByLabel("Description").inputValue()) === attempt;
    },
  },
  [`${SPEAKERS}#mergeSpeakersAction`]: {
    allowed: MERGERS,
    redirects: true,
    prepare: async (ctx) => {
      const from = await newSpeaker(ctx);
      const into = await newSpeaker(ctx);
      Object.assign(pair, { fromId: from.id, fromName: from.name, intoId: into.id });
    },
    args: () => [null, formData({ fromId: pair.fromId, intoId: pair.intoId })],
    effect: async (ctx) => !(await found(ctx, "/api/studio/speakers", pair.fromName)),
  },
  [`${SPEAKERS}#deleteSpeakerAction`]: {
    allowed: MERGERS,
    redirects: true,
    prepare: async (ctx) => {
      const speaker = await newSpeaker(ctx);
      Object.assign(pair, { fromId: speaker.id, fromName: speaker.name });
    },
    args: () => [null, formData({ id: pair.fromId })],
    effect: async (ctx) => !(await found(ctx, "/api/studio/speakers", pair.fromName)),
  },
  [`${SOURCES}#editSourceAction`]: {
    allowed: EVERY_ROLE,
    prepare: async (ctx) => {
      await ctx.admin.goto(`/studio/sources/${ctx.source.id}`);
      sourceVersion.value = await versionIn(ctx.admin.getByRole("button", { name: "Save source" }));
    },
    args: (ctx, attempt) => [
      null,
      formData({
        id: ctx.source.id,
        version: sourceVersion.value,
        title: ctx.source.title,
        publisher: attempt,
        publishedAt: "",
        archivedUrl: "",
      }),
    ],
    effect: async (ctx, attempt) => {
      await ctx.admin.goto(`/studio/sources/${ctx.source.id}`);
      return (await ctx.admin.getByLabel("Publisher").inputValue()) === attempt;
    },
  },
  [`${SOURCES}#mergeSourcesAction`]: {
    allowed: MERGERS,
    redirects: true,
    prepare: async (ctx) => {
      const from = await newSource(ctx);
      const into = await newSource(ctx);
      Object.assign(pair, { fromId: from.id, fromName: from.title, intoId: into.id });
    },
    args: () => [null, formData({ fromId: pair.fromId, intoId: pair.intoId })],
    effect: async (ctx) => !(await found(ctx, "/api/studio/sources", pair.fromName)),
  },
  [`${SOURCES}#deleteSourceAction`]: {
    allowed: MERGERS,
    redirects: true,
    prepare: async (ctx) => {
      const source = await newSource(ctx);
      await ctx.asAdmin(`${EDITOR}#unlinkSourceAction`, [
        { annotationId: ctx.annotationA, sourceId: source.id },
      ]);
      Object.assign(pair, { fromId: source.id, fromName: source.title });
    },
    args: () => [null, formData({ id: pair.fromId })],
    effect: async (ctx) => !(await found(ctx, "/api/studio/sources", pair.fromName)),
  },
};
