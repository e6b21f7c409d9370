/** The person a use case acts for: audit events and "saved by" name them by this id. */
export interface Actor {
  id: string;
}
