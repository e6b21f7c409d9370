import { describe, expect, it } from "vitest";
import type { Role } from "@/db/enums";
import { can, type Permission } from "./roles";

const table: [Permission, Record<Role, boolean>][] = [
  ["manageUsers", { admin: true, editor: false, reviewer: false }],
  ["publish", { admin: true, editor: true, reviewer: false }],
  ["editDrafts", { admin: true, editor: true, reviewer: true }],
  ["submitForReview", { admin: true, editor: true, reviewer: true }],
];

describe("role checks", () => {
  for (const [permission, expected] of table) {
    for (const [role, allowed] of Object.entries(expected) as [Role, boolean][]) {
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }
});
