import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SpeakerType } from "@/db/enums";
import { getSpeaker, searchSpeakers } from "@/db/queries/speakers";
import { auditEvents, speakers } from "@/db/schema";
import { createTestDb, insertUser, type TestDb } from "@/test/db";
import { createSpeaker, speakerSlugBase } from "./manage";
import { newSpeakerSchema } from "./schemas";

let t: TestDb;
let editor: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor") };
});
afterAll(() => t.close());

function create(name: string, type: SpeakerType = "person", description = "") {
  return createSpeaker(t.db, editor, newSpeakerSchema.parse({ name, type, description }));
}

describe("speakerSlugBase", () => {
  it.each([
    ["Ministère de l'Économie", "ministere-de-leconomie"],
    ["  Dr. O'Brien & Co. ", "dr-obrien-and-co"],
    ["Jane   Doe", "jane-doe"],
    ["李小龙", "speaker"],
    ["---", "speaker"],
    ["a".repeat(120), "a".repeat(80)],
  ])("%s → %s", (name, slug) => {
    expect(speakerSlugBase(name)).toBe(slug);
  });
});

describe("createSpeaker", () => {
  it("creates a speaker with a slug and an audit event", async () => {
    const speaker = await create("Health Ministry", "organization", "National health authority");
    expect(speaker).toEqual({
      id: expect.any(String),
      slug: "health-ministry",
      name: "Health Ministry",
      type: "organization",
      description: "National health authority",
    });
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, speaker.id));
    expect(events.map((e) => [e.entity, e.action])).toEqual([["speaker", "create"]]);
  });

  it("numbers the slugs of speakers who share a name", async () => {
    const slugs = [];
    for (let i = 0; i < 3; i++) slugs.push((await create("John Smith")).slug);
    expect(slugs).toEqual(["john-smith", "john-smith-2", "john-smith-3"]);
    // A name that itself ends in a number is not confused with a numbered duplicate.
    expect((await create("John Smith 2")).slug).toBe("john-smith-2-2");
  });

  it("gives concurrent speakers with one name distinct slugs", async () => {
    const created = await Promise.all([1, 2, 3, 4].map(() => create("Ana Lima")));
    expect(created.map((s) => s.slug).sort()).toEqual([
      "ana-lima",
      "ana-lima-2",
      "ana-lima-3",
      "ana-lima-4",
    ]);
  });

  it("falls back to 'speaker' for a name without latin letters or digits", async () => {
    expect((await create("李小龙")).slug).toBe("speaker");
    expect((await create("王小明")).slug).toBe("speaker-2");
  });
});

describe("searchSpeakers", () => {
  beforeAll(async () => {
    await create("Zoë Adams");
    await create("Émile Zola");
    await create("Ministry of Adamant Affairs", "organization");
    await create("Under_score Person");
    const mayor = await create("Maria Ortega");
    await t.db
      .update(speakers)
      .set({ aliases: ["The Mayor", "Mayor Ortega"] })
      .where(eq(speakers.id, mayor.id));
  });

  const names = async (query: string, limit?: number) =>
    (await searchSpeakers(t.db, query, limit)).map((s) => s.name);

  it("finds by name ignoring case and accents, name prefixes first, then alphabetically", async () => {
    expect(await names("ADAM")).toEqual(["Ministry of Adamant Affairs", "Zoë Adams"]);
    expect(await names("zoe")).toEqual(["Zoë Adams"]);
    expect(await names("emile")).toEqual(["Émile Zola"]);
    expect(await names("zo")).toEqual(["Zoë Adams", "Émile Zola"]);
  });

  it("finds by alias", async () => {
    expect(await names("mayor")).toEqual(["Maria Ortega"]);
  });

  it("treats % and _ as plain characters", async () => {
    expect(await names("_")).toEqual(["Under_score Person"]);
    expect(await names("%")).toEqual([]);
  });

  it("lists the first speakers alphabetically for an empty query", async () => {
    const all = await names("", 100);
    expect(all.length).toBeGreaterThan(5);
    expect(await names("")).toEqual(all.slice(0, 8));
    expect(all.indexOf("Émile Zola")).toBeLessThan(all.indexOf("Health Ministry"));
  });

  it("getSpeaker returns the summary or null", async () => {
    const [first] = await searchSpeakers(t.db, "Maria");
    expect(await getSpeaker(t.db, first!.id)).toEqual(first);
    expect(await getSpeaker(t.db, randomUUID())).toBeNull();
    expect(await getSpeaker(t.db, "not-a-uuid")).toBeNull();
  });
});
