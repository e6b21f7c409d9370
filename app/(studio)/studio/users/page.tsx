import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { PERMISSIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { CreateUserForm, DisabledToggle, PasswordForm, RoleForm } from "./user-forms";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageRole("/studio/users", PERMISSIONS.manageUsers);
  const users = await listUsers(getDb());

  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
      <section aria-labelledby="users-heading">
        <h1 id="users-heading" className="text-2xl font-semibold">
          Users
        </h1>
        <p className="mt-1 text-sm text-muted">
          Admins manage users. Editors edit and publish. Reviewers annotate and edit drafts and
          submit them for review.
        </p>
        <ul className="mt-6 divide-y divide-rule border-y border-rule" aria-label="Users">
          {users.map((user) => {
            const label = user.name || user.email;
            return (
              <li key={user.id} className="flex flex-wrap items-start gap-x-6 gap-y-3 py-4">
                <div className="min-w-56 flex-1">
                  <p className="font-medium">
                    {label}
                    {user.id === me.id ? <span className="text-muted"> (you)</span> : null}
                  </p>
                  <p className="text-sm text-muted">
                    {user.email} · {ROLE_LABELS[user.role]}
                    {user.disabledAt ? " · Disabled" : ""}
                  </p>
                </div>
                <div className="flex flex-col gap-2 sm:items-end">
                  <div className="flex flex-wrap items-start gap-2">
                    <RoleForm userId={user.id} label={label} role={user.role} />
                    {user.id === me.id ? null : (
                      <DisabledToggle
                        userId={user.id}
                        label={label}
                        disabled={Boolean(user.disabledAt)}
                      />
                    )}
                  </div>
                  <PasswordForm userId={user.id} label={label} />
                </div>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="new-user-heading">
        <h2 id="new-user-heading" className="text-lg font-semibold">
          Add a user
        </h2>
        <CreateUserForm />
      </section>
    </div>
  );
}
