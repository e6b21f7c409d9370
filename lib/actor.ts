import type { Role } from "@/db/enums";

/** The person a use case acts for: audit events and "saved by" name them by this id. */
export interface Actor {
  id: string;
}

/** An actor whose role decides what they may do (the workflow's transitions). */
export interface ActorWithRole extends Actor {
  role: Role;
}
