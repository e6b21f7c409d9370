import type { DefaultSession } from "next-auth";
import type { Role } from "@/db/enums";

declare module "next-auth" {
  interface Session {
    user: { id: string; role?: Role; sessionVersion?: number } & DefaultSession["user"];
  }
}
