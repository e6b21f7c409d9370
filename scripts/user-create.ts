import { parseArgs } from "node:util";
import password from "@inquirer/password";
import { getDbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { describeDatabase } from "@/lib/startup";
import { createUser } from "@/lib/users/manage";
import { newUserSchema } from "@/lib/users/schemas";
import { runScript } from "./run";

const USAGE =
  'Usage: npm run user:create -- --email ada@example.org --role admin|editor|reviewer --name "Ada Lovelace"\n' +
  "The password is read from USER_PASSWORD when it is set, otherwise asked for.";

runScript(async () => {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
  });
  const secret =
    process.env.USER_PASSWORD ??
    (process.stdin.isTTY
      ? await password({ message: `Password for ${values.email ?? "the new user"}:`, mask: "*" })
      : "");
  const parsed = newUserSchema.safeParse({ ...values, password: secret });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const field = String(issue.path[0]);
      return `  ${field === "password" ? "password" : `--${field}`}: ${issue.message}`;
    });
    throw new Error(`${problems.join("\n")}\n${USAGE}`);
  }
  // Opening the embedded database here is refused while a server holds it: stop it first.
  const handle = getDbHandle();
  await migrateDatabase(handle);
  await createUser(handle.db, null, parsed.data);
  console.log(
    `Created ${parsed.data.role} ${parsed.data.email} in the ${describeDatabase(handle)}.`,
  );
});
