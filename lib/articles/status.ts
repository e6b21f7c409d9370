import type { ArticleStatus, Role } from "@/db/enums";
import { PERMISSIONS } from "@/lib/auth/roles";

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  archived: "Archived",
};

/** Every status change, in the order buttons are offered in. */
export const TRANSITION_NAMES = ["submit", "publish", "unpublish", "archive", "restore"] as const;
export type Transition = (typeof TRANSITION_NAMES)[number];

export interface TransitionRule {
  from: ArticleStatus[];
  to: ArticleStatus;
  roles: readonly Role[];
  /** The button's text. */
  label: string;
}

/** Which status change each role may make, from where. Roles come from PERMISSIONS. */
export const TRANSITIONS: Record<Transition, TransitionRule> = {
  submit: {
    from: ["draft"],
    to: "in_review",
    roles: PERMISSIONS.submitForReview,
    label: "Submit for review",
  },
  // From published too: publishing again takes a new revision of the edited draft.
  publish: {
    from: ["draft", "in_review", "published"],
    to: "published",
    roles: PERMISSIONS.publish,
    label: "Publish",
  },
  unpublish: { from: ["published"], to: "draft", roles: PERMISSIONS.publish, label: "Unpublish" },
  archive: {
    from: ["draft", "in_review", "published"],
    to: "archived",
    roles: PERMISSIONS.publish,
    label: "Archive",
  },
  restore: {
    from: ["archived"],
    to: "draft",
    roles: PERMISSIONS.publish,
    label: "Restore to draft",
  },
};

export function isTransition(value: unknown): value is Transition {
  return typeof value === "string" && Object.hasOwn(TRANSITIONS, value);
}

/** What `role` may do with an article in `status`, in button order. */
export function allowedTransitions(status: ArticleStatus, role: Role): Transition[] {
  return TRANSITION_NAMES.filter((name) => {
    const rule = TRANSITIONS[name];
    return rule.from.includes(status) && rule.roles.includes(role);
  });
}
