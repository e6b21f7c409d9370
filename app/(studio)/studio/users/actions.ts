"use server";

import { getDb } from "@/db/client";
import { runAction } from "@/lib/actions";
import { PERMISSIONS } from "@/lib/auth/roles";
import { changeRole, createUser, setDisabled } from "@/lib/users/manage";
import { changeRoleSchema, newUserSchema, setDisabledSchema } from "@/lib/users/schemas";

const onUsersPage = { roles: PERMISSIONS.manageUsers, revalidate: ["/studio/users"] };

export async function createUserAction(_previous: unknown, form: FormData) {
  return runAction({
    ...onUsersPage,
    schema: newUserSchema,
    input: form,
    run: (actor, input) => createUser(getDb(), actor, input),
    message: "User created. Give them their e-mail and password in person or by phone.",
  });
}

export async function changeRoleAction(_previous: unknown, form: FormData) {
  return runAction({
    ...onUsersPage,
    schema: changeRoleSchema,
    input: form,
    run: (actor, input) => changeRole(getDb(), actor, input),
    message: "Role changed.",
  });
}

export async function setDisabledAction(_previous: unknown, form: FormData) {
  return runAction({
    ...onUsersPage,
    schema: setDisabledSchema,
    input: form,
    run: (actor, input) => setDisabled(getDb(), actor, input),
  });
}
