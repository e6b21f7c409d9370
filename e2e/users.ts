/** The accounts the end-to-end server starts with (created by e2e/create-users.ts). */
export const E2E_USERS = {
  admin: {
    name: "Ada Admin",
    email: "admin@e2e.test",
    role: "admin",
    password: "e2e-admin-password",
  },
  editor: {
    name: "Eli Editor",
    email: "editor@e2e.test",
    role: "editor",
    password: "e2e-editor-password",
  },
  reviewer: {
    name: "Rae Reviewer",
    email: "reviewer@e2e.test",
    role: "reviewer",
    password: "e2e-reviewer-password",
  },
} as const;

export type E2ERole = keyof typeof E2E_USERS;
