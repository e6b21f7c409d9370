"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/app/_components/field";
import { InlineError } from "@/app/_components/inline-error";
import { type Role, ROLES } from "@/db/enums";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/schemas";
import {
  changeRoleAction,
  createUserAction,
  setDisabledAction,
  setPasswordAction,
} from "./actions";

const button =
  "rounded-md border border-rule px-3 py-1.5 text-sm font-medium hover:bg-rule/40 disabled:opacity-60";

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, null);
  const failed = state && !state.ok ? state : null;
  // A new key after success empties the form; after a failure the typed values come back.
  const values = failed?.values ?? {};
  return (
    <form
      action={action}
      className="mt-4 space-y-4"
      noValidate
      key={state?.ok ? state.data.id : "form"}
    >
      <FormMessage state={state} />
      <Field
        label="Name"
        name="name"
        autoComplete="off"
        defaultValue={values.name}
        errors={failed?.fieldErrors?.name}
      />
      <Field
        label="New user's email"
        name="email"
        type="email"
        autoComplete="off"
        defaultValue={values.email}
        errors={failed?.fieldErrors?.email}
      />
      <div>
        <label htmlFor="new-user-role" className="block text-sm font-medium">
          Role
        </label>
        <select
          id="new-user-role"
          name="role"
          defaultValue={values.role ?? "reviewer"}
          className="mt-1 w-full rounded-md border border-rule bg-transparent px-3 py-2"
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <Field
        label="Temporary password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        errors={failed?.fieldErrors?.password}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-accent px-4 py-2 font-medium text-white dark:text-black"
      >
        {pending ? "Creating…" : "Create user"}
      </button>
    </form>
  );
}

export function RoleForm({ userId, label, role }: { userId: string; label: string; role: Role }) {
  const [state, action, pending] = useActionState(changeRoleAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role for {label}
      </label>
      <select
        id={`role-${userId}`}
        name="role"
        defaultValue={role}
        key={role}
        className="rounded-md border border-rule bg-transparent px-2 py-1.5 text-sm"
      >
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {ROLE_LABELS[option]}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending}
        className={button}
        aria-label={`Change role for ${label}`}
      >
        Change role
      </button>
      <InlineError className="basis-full" message={state && !state.ok ? state.error : null} />
    </form>
  );
}

export function DisabledToggle({
  userId,
  label,
  disabled,
}: {
  userId: string;
  label: string;
  disabled: boolean;
}) {
  const [state, action, pending] = useActionState(setDisabledAction, null);
  const verb = disabled ? "Enable" : "Disable";
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <button type="submit" disabled={pending} className={button} aria-label={`${verb} ${label}`}>
        {verb}
      </button>
      <InlineError className="basis-full" message={state && !state.ok ? state.error : null} />
    </form>
  );
}

/** Sets a new password for someone who forgot theirs; it also signs them out everywhere. */
export function PasswordForm({ userId, label }: { userId: string; label: string }) {
  const [state, action, pending] = useActionState(setPasswordAction, null);
  const failed = state && !state.ok ? state : null;
  const id = `password-${userId}`;
  const problem = failed?.fieldErrors?.password?.[0] ?? failed?.error;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={id}>
        New password for {label}
      </label>
      <input
        id={id}
        name="password"
        type="password"
        autoComplete="new-password"
        placeholder="New password"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        className="w-40 rounded-md border border-rule bg-transparent px-2 py-1.5 text-sm aria-[invalid=true]:border-red-700"
      />
      <button
        type="submit"
        disabled={pending}
        className={button}
        aria-label={`Set password for ${label}`}
      >
        Set password
      </button>
      <InlineError id={`${id}-error`} message={problem} className="basis-full" />
      {state?.ok ? (
        <p role="status" className="basis-full text-sm">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
