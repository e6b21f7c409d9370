import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/test/db";
import { createUser, setDisabled, setPassword } from "@/lib/users/manage";
import { endSessionsOnSignOut, userOfSession } from "./session-version";
import { checkCredentials } from "./sign-in";

let t: TestDb;
let admin: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  admin = await newUser("admin@example.test");
});
afterAll(() => t.close());

const PASSWORD = "a long enough password";
const newUser = (email: string) =>
  createUser(t.db, null, { name: email, email, role: "editor", password: PASSWORD });

/** What a session cookie would carry after signing in with this password. */
async function signIn(email: string, password = PASSWORD) {
  const outcome = await checkCredentials(t.db, { email, password, ip: "10.0.0.1" });
  if (!outcome.ok) throw new Error(`sign-in refused: ${JSON.stringify(outcome)}`);
  return { userId: outcome.user.id, sessionVersion: outcome.user.sessionVersion };
}

const isLive = async (token: { userId: string; sessionVersion?: unknown }) =>
  (await userOfSession(t.db, token)) !== null;

describe("ending sessions", () => {
  it("a fresh session is live; a token without a version is not", async () => {
    const token = await signIn("admin@example.test");
    expect(await isLive(token)).toBe(true);
    expect(await isLive({ userId: token.userId })).toBe(false);
  });

  it("signing out ends every session of the user, on every device", async () => {
    const { id } = await newUser("out@example.test");
    const laptop = await signIn("out@example.test");
    const phone = await signIn("out@example.test");
    await endSessionsOnSignOut(t.db, laptop);
    expect(await isLive(laptop)).toBe(false);
    expect(await isLive(phone)).toBe(false);
    const again = await signIn("out@example.test");
    expect(again.sessionVersion).toBe(laptop.sessionVersion + 1);
    // Signing out with an already ended token leaves the new session alone.
    await endSessionsOnSignOut(t.db, laptop);
    expect(await isLive(again)).toBe(true);
    expect(again.userId).toBe(id);
  });

  it("disabling a user ends their sessions, and enabling them does not bring those back", async () => {
    const { id } = await newUser("disabled@example.test");
    const token = await signIn("disabled@example.test");
    await setDisabled(t.db, admin, { userId: id, disabled: true });
    expect(await isLive(token)).toBe(false);
    await setDisabled(t.db, admin, { userId: id, disabled: false });
    expect(await isLive(token)).toBe(false);
    expect(await isLive(await signIn("disabled@example.test"))).toBe(true);
  });

  it("a new password ends the user's sessions and is the one that signs in", async () => {
    const { id } = await newUser("reset@example.test");
    const token = await signIn("reset@example.test");
    await setPassword(t.db, admin, { userId: id, password: "another long password" });
    expect(await isLive(token)).toBe(false);
    expect(await isLive(await signIn("reset@example.test", "another long password"))).toBe(true);
  });
});
