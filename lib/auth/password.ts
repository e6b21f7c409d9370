import { hash, verify } from "@node-rs/argon2";

// OWASP's recommended argon2id settings (19 MiB, 2 passes, 1 lane). Argon2id is the library's
// default algorithm (its const enum cannot be imported here); the tests check the "$argon2id$" prefix.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

let decoy: Promise<string> | undefined;

/**
 * Spends the same time as a real check when there is no account (or no password) to check,
 * so response times do not reveal which e-mail addresses have accounts.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword("decoy password that matches nothing");
  await verifyPassword(await decoy, password);
  return false;
}
