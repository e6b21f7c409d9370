import type { Role } from "@/db/enums";

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  editor: "Editor",
  reviewer: "Reviewer",
};

/** Who may do what. Every check in the app goes through these lists. */
export const PERMISSIONS = {
  manageUsers: ["admin"],
  /** The verdict scale and the newsroom's identity, at /studio/settings. */
  manageSettings: ["admin"],
  publish: ["admin", "editor"],
  /** Assign articles to anyone; reviewers may only take one or give back their own. */
  assignOthers: ["admin", "editor"],
  editDrafts: ["admin", "editor", "reviewer"],
  submitForReview: ["admin", "editor", "reviewer"],
  /** The speaker and source desks: fixing a name, an alias, a title. */
  editSpeakersAndSources: ["admin", "editor", "reviewer"],
  /** Merging and deleting speakers and sources, which change every article that uses them. */
  mergeSpeakersAndSources: ["admin", "editor"],
  /** Comment, reply, resolve and reopen discussions on annotations; read the inbox. */
  discuss: ["admin", "editor", "reviewer"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
