import type { Db } from "@/db/client";
import { findUserByEmail } from "@/db/queries/users";
import { createUser } from "@/lib/users/manage";

/** Sign-in details for trying Claimmark locally. Created only by `npm run dev` on the embedded database. */
export const DEMO_USERS = [
  { name: "Ada Admin", email: "admin@claimmark.test", role: "admin", password: "claimmark-admin" },
  {
    name: "Eli Editor",
    email: "editor@claimmark.test",
    role: "editor",
    password: "claimmark-editor",
  },
  {
    name: "Rae Reviewer",
    email: "reviewer@claimmark.test",
    role: "reviewer",
    password: "claimmark-reviewer",
  },
] as const;

export async function ensureDemoUsers(db: Db): Promise<void> {
  for (const user of DEMO_USERS) {
    if (!(await findUserByEmail(db, user.email))) await createUser(db, null, user);
  }
}

export function demoUsersBanner(): string {
  const rows = DEMO_USERS.map((u) => `  ${u.role.padEnd(9)} ${u.email.padEnd(26)} ${u.password}`);
  return ["Demo sign-in details (development only):", ...rows].join("\n");
}
