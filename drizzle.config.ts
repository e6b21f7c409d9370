import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used: it needs the schema, not a connection.
// Migrations are applied by db/migrate.ts, at server start and by `npm run db:migrate`.
export default defineConfig({
  dialect: "postgresql",
  schema: ["./db/schema.ts", "./db/schema-desk.ts"],
  out: "./db/migrations",
});
