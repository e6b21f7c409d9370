"use server";

import { getDb } from "@/db/client";
import { runAction } from "@/lib/actions";
import { PERMISSIONS } from "@/lib/auth/roles";
import { changeRole, createUser, setDisabled, setPassword } from "@/lib/users/manage";
import {
  changeRoleSchema,
  newUserSchema,
  setDisabledSchema,
  setPasswordSchema,
} from "@/lib/users/schemas";

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

export async function setPasswordAction(_previous: unknown, form: FormData) {
  return runAction({
    ...onUsersPage,
    schema: setPasswordSchema,
    input: form,
    run: (actor, input) => setPassword(getDb(), actor, input),
    message: "Password set. Every session they had has ended; give them the new password.",
  });
}
