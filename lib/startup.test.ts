import { describe, expect, it } from "vitest";
import { demoPlan } from "./startup";

type Case = [
  driver: "pglite" | "postgres",
  env: Parameters<typeof demoPlan>[1],
  expected: { content: boolean; users: boolean },
];

const table: Case[] = [
  ["pglite", { NODE_ENV: "development" }, { content: true, users: true }],
  ["pglite", { NODE_ENV: "production" }, { content: true, users: false }],
  ["pglite", { NODE_ENV: "test" }, { content: true, users: false }],
  ["pglite", {}, { content: true, users: false }],
  [
    "pglite",
    { NODE_ENV: "development", CLAIMMARK_DEMO_CONTENT: "off" },
    { content: false, users: true },
  ],
  [
    "pglite",
    { NODE_ENV: "production", CLAIMMARK_DEMO_CONTENT: "off" },
    { content: false, users: false },
  ],
  ["postgres", { NODE_ENV: "development" }, { content: false, users: false }],
  ["postgres", { NODE_ENV: "production" }, { content: false, users: false }],
  [
    "postgres",
    { NODE_ENV: "development", CLAIMMARK_DEMO_CONTENT: "on" },
    { content: false, users: false },
  ],
];

describe("what a starting server writes by itself", () => {
  for (const [driver, env, expected] of table) {
    it(`${driver} with ${JSON.stringify(env)}: demo content ${expected.content ? "yes" : "no"}, demo users ${expected.users ? "yes" : "no"}`, () => {
      expect(demoPlan(driver, env)).toEqual(expected);
    });
  }
});
