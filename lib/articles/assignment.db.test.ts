import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/db/enums";
import { auditEvents, users } from "@/db/schema";
import { createTestDb, insertUser, refusal, type TestDb } from "@/test/db";
import { assignArticle, readAssignment } from "./assignment";
import { listDashboard } from "./dashboard";
import { createDraftArticle } from "./save";

let t: TestDb;
const people: Record<"editor" | "reviewer" | "other", { id: string; role: Role }> = {
  editor: { id: "", role: "editor" },
  reviewer: { id: "", role: "reviewer" },
  other: { id: "", role: "reviewer" },
};
beforeAll(async () => {
  t = await createTestDb();
  for (const [key, person] of Object.entries(people)) {
    person.id = await insertUser(t.db, person.role, `${key}@example.test`);
    await t.db.update(users).set({ name: key }).where(eq(users.id, person.id));
  }
});
afterAll(() => t.close());

async function draft(): Promise<string> {
  return (await createDraftArticle(t.db, people.editor)).id;
}

describe("assignArticle", () => {
  it("lets an editor assign anyone active, records it, and reads back who it is", async () => {
    const articleId = await draft();
    const assigned = await assignArticle(t.db, people.editor, {
      articleId,
      assigneeId: people.reviewer.id,
      base: null,
    });
    expect(assigned).toEqual({ assigneeId: people.reviewer.id, assigneeLabel: "reviewer" });
    expect(await readAssignment(t.db, articleId)).toEqual(assigned);

    await assignArticle(t.db, people.editor, {
      articleId,
      assigneeId: null,
      base: people.reviewer.id,
    });
    const events = await t.db
      .select({ before: auditEvents.before, after: auditEvents.after, actor: auditEvents.actorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, articleId), eq(auditEvents.action, "assign")))
      .orderBy(auditEvents.id);
    expect(events).toEqual([
      {
        actor: people.editor.id,
        before: { assigneeId: null, assignee: null },
        after: { assigneeId: people.reviewer.id, assignee: "reviewer" },
      },
      {
        actor: people.editor.id,
        before: { assigneeId: people.reviewer.id, assignee: "reviewer" },
        after: { assigneeId: null, assignee: null },
      },
    ]);
  });

  it("lets a reviewer take an unassigned article and give back their own, nothing else", async () => {
    const articleId = await draft();
    await assignArticle(t.db, people.reviewer, {
      articleId,
      assigneeId: people.reviewer.id,
      base: null,
    });
    // Taking it from someone else, or handing it on, is an editor's call.
    const handOn = await refusal(
      assignArticle(t.db, people.reviewer, {
        articleId,
        assigneeId: people.other.id,
        base: people.reviewer.id,
      }),
    );
    expect(handOn.code).toBe("forbidden");
    const takeOver = await refusal(
      assignArticle(t.db, people.other, {
        articleId,
        assigneeId: people.other.id,
        base: people.reviewer.id,
      }),
    );
    expect(takeOver.code).toBe("forbidden");
    expect((await readAssignment(t.db, articleId))?.assigneeId).toBe(people.reviewer.id);

    await assignArticle(t.db, people.reviewer, {
      articleId,
      assigneeId: null,
      base: people.reviewer.id,
    });
    expect((await readAssignment(t.db, articleId))?.assigneeId).toBeNull();
  });

  it("refuses a choice made on a stale page, naming who has it now, and changes nothing", async () => {
    const articleId = await draft();
    await assignArticle(t.db, people.editor, {
      articleId,
      assigneeId: people.other.id,
      base: null,
    });
    const stale = await refusal(
      assignArticle(t.db, people.editor, {
        articleId,
        assigneeId: people.reviewer.id,
        base: null,
      }),
    );
    expect(stale.code).toBe("conflict");
    expect(stale.field).toBe("assigneeId");
    expect(stale.message).toContain("assigned to other");
    expect((await readAssignment(t.db, articleId))?.assigneeId).toBe(people.other.id);
  });

  it("refuses a disabled person and an article that does not exist", async () => {
    const articleId = await draft();
    const gone = await insertUser(t.db, "reviewer", "gone@example.test");
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, gone));
    const disabled = await refusal(
      assignArticle(t.db, people.editor, { articleId, assigneeId: gone, base: null }),
    );
    expect(disabled.code).toBe("invalid_input");
    expect(disabled.field).toBe("assigneeId");
    const missing = await refusal(
      assignArticle(t.db, people.editor, {
        articleId: "00000000-0000-4000-8000-000000000000",
        assigneeId: null,
        base: null,
      }),
    );
    expect(missing.code).toBe("not_found");
  });
});

describe("the dashboard's assignee filter", () => {
  it("lists what is assigned to me, or what nobody has, with the assignee's name", async () => {
    const mine = await draft();
    const theirs = await draft();
    const nobodys = await draft();
    await assignArticle(t.db, people.editor, {
      articleId: mine,
      assigneeId: people.reviewer.id,
      base: null,
    });
    await assignArticle(t.db, people.editor, {
      articleId: theirs,
      assigneeId: people.other.id,
      base: null,
    });
    const assignedToMe = await listDashboard(t.db, { assigneeId: people.reviewer.id });
    expect(assignedToMe.map((row) => [row.id, row.assignee])).toEqual([[mine, "reviewer"]]);
    const unassigned = (await listDashboard(t.db, { assigneeId: null })).map((row) => row.id);
    expect(unassigned).toContain(nobodys);
    expect(unassigned).not.toContain(mine);
    expect(unassigned).not.toContain(theirs);
  });
});
