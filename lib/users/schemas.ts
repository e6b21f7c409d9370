import { z } from "zod";
import { ROLES } from "@/db/enums";

export const MIN_PASSWORD_LENGTH = 12;

export const emailSchema = z
  .string({ error: "Enter an e-mail address." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter an e-mail address." })
  .pipe(z.email({ error: "Enter an e-mail address like name@example.org." }));

const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(256, { error: "Use at most 256 characters." });

const roleSchema = z.enum(ROLES, { error: "Choose Admin, Editor or Reviewer." });

export const newUserSchema = z.object({
  name: z
    .string({ error: "Enter the person's name." })
    .trim()
    .min(1, { error: "Enter the person's name." })
    .max(120, { error: "Use at most 120 characters." }),
  email: emailSchema,
  role: roleSchema,
  password: passwordSchema,
});
export type NewUser = z.infer<typeof newUserSchema>;

const userIdSchema = z.uuid({ error: "Unknown user." });

export const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });
export const setDisabledSchema = z.object({
  userId: userIdSchema,
  disabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export const setPasswordSchema = z.object({ userId: userIdSchema, password: passwordSchema });
