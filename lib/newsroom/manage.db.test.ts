import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getNewsroom, getNewsroomWithVersion } from "@/db/queries/verdicts";
import { auditEvents } from "@/db/schema";
import { createTestDb, insertUser, type TestDb, refusal } from "@/test/db";
import { saveNewsroom } from "./manage";
import { newsroomSchema } from "./schemas";

let t: TestDb;
let admin: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  admin = { id: await insertUser(t.db, "admin") };
});
afterAll(() => t.close());

/** The form as the browser sends it, opened now unless `version` says when. */
async function save(fields: Record<string, string>, version?: string) {
  const current = await getNewsroomWithVersion(t.db);
  return saveNewsroom(
    t.db,
    admin,
    newsroomSchema.parse({
      url: "",
      logoUrl: "",
      version: version ?? current.updatedAt!.toISOString(),
      ...fields,
    }),
  );
}

describe("the newsroom's identity", () => {
  it("starts unnamed, and saves a name and addresses with an audit event", async () => {
    expect(await getNewsroom(t.db)).toEqual({ name: "", url: null, logoUrl: null });
    await save({
      name: " The Riverton Ledger ",
      url: "https://ledger.example/",
      logoUrl: "https://ledger.example/logo.png",
    });
    expect(await getNewsroom(t.db)).toEqual({
      name: "The Riverton Ledger",
      url: "https://ledger.example/",
      logoUrl: "https://ledger.example/logo.png",
    });
    // Clearing an address stores none, not an empty one.
    await save({ name: "The Riverton Ledger", url: "https://ledger.example/" });
    expect((await getNewsroom(t.db)).logoUrl).toBeNull();

    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "newsroom"), eq(auditEvents.entityId, "1")));
    expect(events.map((e) => [e.action, e.actorId, e.before, e.after])).toEqual([
      [
        "edit",
        admin.id,
        { name: "", url: null, logoUrl: null },
        {
          name: "The Riverton Ledger",
          url: "https://ledger.example/",
          logoUrl: "https://ledger.example/logo.png",
        },
      ],
      [
        "edit",
        admin.id,
        {
          name: "The Riverton Ledger",
          url: "https://ledger.example/",
          logoUrl: "https://ledger.example/logo.png",
        },
        { name: "The Riverton Ledger", url: "https://ledger.example/", logoUrl: null },
      ],
    ]);
  });

  it("refuses a save from a page opened before someone else's, and keeps theirs", async () => {
    const opened = (await getNewsroomWithVersion(t.db)).updatedAt!.toISOString();
    const { version } = await save({ name: "Their first name" });
    // The version a save answers with lets its author go on without reloading.
    await save({ name: "Theirs" }, version);
    const stale = await refusal(save({ name: "Mine" }, opened));
    expect(stale.code).toBe("conflict");
    expect(stale.message).toContain(
      "Another admin changed the newsroom since you opened this page.",
    );
    expect((await getNewsroom(t.db)).name).toBe("Theirs");
  });

  it("asks for a name of at most 120 characters and http(s) addresses", () => {
    const version = new Date().toISOString();
    const problems = (fields: Record<string, string>) =>
      newsroomSchema
        .safeParse({ version, ...fields })
        .error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(problems({ name: "  " })).toEqual([["name", "Enter the newsroom's name."]]);
    expect(problems({ name: "x".repeat(121) })).toEqual([
      ["name", "Shorten the name to at most 120 characters."],
    ]);
    expect(
      problems({ name: "Ledger", url: "javascript:alert(1)", logoUrl: "ftp://ledger.example/l" }),
    ).toEqual([
      ["url", "Enter a web address starting with http:// or https://."],
      ["logoUrl", "Enter a web address starting with http:// or https://."],
    ]);
  });
});
