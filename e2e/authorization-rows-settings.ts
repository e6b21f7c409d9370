import { expect, type Locator, type Page } from "@playwright/test";
import type { ActionRow, Ctx, Who } from "./authorization-rows";
import { formData } from "./server-actions";

const SETTINGS = "app/(studio)/studio/settings/actions.ts";
const ADMINS: Who[] = ["admin"];

/** The verdict the rows edit, move, retire and restore, made by the first row that needs it. */
const MATRIX_VERDICT = "Matrix verdict";

// What the rows keep between prepare, attempt, effect and undo.
const matrixVerdict = { id: "", version: "", place: -1 };
/** The verdict an admin's attempt created, retired again afterwards. */
const created = { id: "" };
/** A verdict made for each deletion attempt, so every attempt has one to delete. */
const doomed = { id: "", label: "", version: "", count: 0 };
const newsroom = { version: "", before: { name: "", url: "", logoUrl: "" } };

async function settings(ctx: Ctx): Promise<Page> {
  await ctx.admin.goto("/studio/settings");
  return ctx.admin;
}

const activeList = (page: Page) => page.getByRole("list", { name: "Verdicts", exact: true });
const retiredList = (page: Page) => page.getByRole("list", { name: "Retired verdicts" });

async function activeLabels(ctx: Ctx): Promise<string> {
  return activeList(await settings(ctx)).innerText();
}

async function retiredLabels(ctx: Ctx): Promise<string> {
  const list = retiredList(await settings(ctx));
  return (await list.count()) ? list.innerText() : "";
}

/** What the form holding `control` would send for `field`: the version a page was opened at. */
async function formField(control: Locator, field: string): Promise<string> {
  return control.evaluate(
    (element, name) => String(new FormData((element as HTMLButtonElement).form!).get(name)),
    field,
  );
}

const NEWSROOM_FIELDS = [
  ["name", "Newsroom name"],
  ["url", "Newsroom URL"],
  ["logoUrl", "Logo URL"],
] as const;

const newsroomVersion = (page: Page) =>
  formField(page.getByRole("button", { name: "Save newsroom" }), "version");

async function adminCall(ctx: Ctx, action: string, fields: Record<string, string>) {
  const { result } = await ctx.asAdmin(`${SETTINGS}#${action}`, [null, formData(fields)]);
  expect(result, `admin ${action}`).toMatchObject({ ok: true });
  return (result as { data: { id: string; version: string } }).data;
}

/**
 * Makes the matrix verdict once, and puts it back among the active ones if it was retired;
 * either answers with its version, for the next edit.
 */
async function activeMatrixVerdict(ctx: Ctx): Promise<void> {
  const { id, version } = matrixVerdict.id
    ? await adminCall(ctx, "restoreVerdictAction", { id: matrixVerdict.id })
    : await adminCall(ctx, "createVerdictAction", {
        label: MATRIX_VERDICT,
        definition: "",
        rating: "",
        scaleEnd: "none",
      });
  matrixVerdict.id ||= id;
  matrixVerdict.version = version;
}

/** Where the matrix verdict is in the scale, before and after an attempt to move it. */
async function matrixPlace(ctx: Ctx): Promise<number> {
  const items = await activeList(await settings(ctx))
    .getByRole("listitem")
    .allInnerTexts();
  return items.findIndex((text) => text.startsWith(MATRIX_VERDICT));
}

/** The rows of the settings page's actions, spread into the matrix's list: admins only. */
export const SETTINGS_ACTIONS: Record<string, ActionRow> = {
  [`${SETTINGS}#createVerdictAction`]: {
    allowed: ADMINS,
    args: (_ctx, attempt) => [
      null,
      formData({ label: attempt, definition: "", rating: "", scaleEnd: "none" }),
    ],
    effect: async (ctx, attempt) => (await activeLabels(ctx)).includes(attempt),
    afterSuccess: (_ctx, result) => {
      created.id = (result as { data: { id: string } }).data.id;
    },
    // Retired rather than deleted: deleting needs the version, and retired ones are never offered.
    undo: async (ctx) => {
      await adminCall(ctx, "retireVerdictAction", { id: created.id });
    },
  },
  [`${SETTINGS}#editVerdictAction`]: {
    allowed: ADMINS,
    prepare: activeMatrixVerdict,
    args: (_ctx, attempt) => [
      null,
      formData({
        id: matrixVerdict.id,
        version: matrixVerdict.version,
        label: MATRIX_VERDICT,
        definition: attempt,
        rating: "",
        scaleEnd: "none",
      }),
    ],
    effect: async (ctx, attempt) => (await activeLabels(ctx)).includes(attempt),
  },
  [`${SETTINGS}#moveVerdictAction`]: {
    allowed: ADMINS,
    prepare: async (ctx) => {
      await activeMatrixVerdict(ctx);
      matrixVerdict.place = await matrixPlace(ctx);
    },
    args: () => [null, formData({ id: matrixVerdict.id, direction: "up" })],
    effect: async (ctx) => (await matrixPlace(ctx)) !== matrixVerdict.place,
    undo: async (ctx) => {
      await adminCall(ctx, "moveVerdictAction", { id: matrixVerdict.id, direction: "down" });
    },
  },
  [`${SETTINGS}#retireVerdictAction`]: {
    allowed: ADMINS,
    prepare: activeMatrixVerdict,
    args: () => [null, formData({ id: matrixVerdict.id })],
    effect: async (ctx) => (await retiredLabels(ctx)).includes(MATRIX_VERDICT),
    undo: activeMatrixVerdict,
  },
  [`${SETTINGS}#restoreVerdictAction`]: {
    allowed: ADMINS,
    prepare: async (ctx) => {
      await activeMatrixVerdict(ctx);
      await adminCall(ctx, "retireVerdictAction", { id: matrixVerdict.id });
    },
    args: () => [null, formData({ id: matrixVerdict.id })],
    effect: async (ctx) => (await activeLabels(ctx)).includes(MATRIX_VERDICT),
  },
  [`${SETTINGS}#deleteVerdictAction`]: {
    allowed: ADMINS,
    // The last attempt's verdict, if it survived, goes first: only one is ever left over.
    prepare: async (ctx) => {
      if (doomed.id) {
        await adminCall(ctx, "deleteVerdictAction", { id: doomed.id, version: doomed.version });
      }
      doomed.label = `Matrix doomed ${++doomed.count}`;
      const { id, version } = await adminCall(ctx, "createVerdictAction", {
        label: doomed.label,
        definition: "",
        rating: "",
        scaleEnd: "none",
      });
      Object.assign(doomed, { id, version });
    },
    args: () => [null, formData({ id: doomed.id, version: doomed.version })],
    effect: async (ctx) => !(await activeLabels(ctx)).includes(doomed.label),
    undo: async () => {
      doomed.id = "";
    },
  },
  [`${SETTINGS}#saveNewsroomAction`]: {
    allowed: ADMINS,
    prepare: async (ctx) => {
      const page = await settings(ctx);
      for (const [field, label] of NEWSROOM_FIELDS) {
        newsroom.before[field] = await page.getByLabel(label).inputValue();
      }
      newsroom.version = await newsroomVersion(page);
    },
    args: (_ctx, attempt) => [
      null,
      formData({ name: attempt, url: "", logoUrl: "", version: newsroom.version }),
    ],
    effect: async (ctx, attempt) =>
      (await (await settings(ctx)).getByLabel("Newsroom name").inputValue()) === attempt,
    afterSuccess: (_ctx, result) => {
      newsroom.version = (result as { data: { version: string } }).data.version;
    },
    // What other specs may expect of the newsroom stays as it was (a name, once there is one).
    undo: async (ctx) => {
      if (!newsroom.before.name) return;
      await adminCall(ctx, "saveNewsroomAction", { ...newsroom.before, version: newsroom.version });
    },
  },
};
