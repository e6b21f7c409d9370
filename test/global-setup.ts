import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createScratchDatabase } from "@/db/scratch-database";
import { pgliteHandle } from "./pglite-handle";

declare module "vitest" {
  export interface ProvidedContext {
    /** A file holding a migrated, empty PGlite data directory (see test/db.ts). */
    pgliteImage: string;
    /** A migrated, empty PostgreSQL database each test file's database is copied from. */
    postgresTemplate: string;
  }
}

/**
 * Migrates one database per test project, once, for every test file to copy. Starting an
 * empty PGlite runs initdb, which costs seconds; loading a migrated copy takes a fraction of
 * that, and PostgreSQL copies a template database faster than it migrates an empty one.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (project.name === "postgres") return providePostgresTemplate(project);
  return providePgliteImage(project);
}

async function providePgliteImage(project: TestProject): Promise<() => Promise<void>> {
  const client = new PGlite();
  await migrateDatabase(pgliteHandle(client));
  const image = await client.dumpDataDir("none");
  await client.close();
  const file = path.join(os.tmpdir(), `claimmark-test-${randomBytes(6).toString("hex")}.tar`);
  await fs.writeFile(file, Buffer.from(await image.arrayBuffer()));
  project.provide("pgliteImage", file);
  return () => fs.rm(file, { force: true });
}

async function providePostgresTemplate(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL must be set for the postgres test project");
  const template = await createScratchDatabase(adminUrl, "claimmark_template");
  const handle = openPostgres(template.url);
  await migrateDatabase(handle);
  await handle.close();
  project.provide("postgresTemplate", template.name);
  return () => template.drop();
}
