import { AppError } from "@/lib/errors";

/** Why an import was refused, for code and tests; people read the message instead. */
export type ImportRefusal =
  | "invalid_url"
  | "scheme"
  | "credentials"
  | "blocked_address"
  | "dns"
  | "too_many_redirects"
  | "timeout"
  | "too_large"
  | "content_type"
  | "http_status"
  | "network"
  | "no_article";

/**
 * An import Claimmark will not or cannot do. It reads as invalid input on the address field,
 * so the form shows the message next to the address the person typed.
 */
export class ImportRefusedError extends AppError {
  readonly reason: ImportRefusal;

  constructor(reason: ImportRefusal, message: string) {
    super("invalid_input", message, { field: "url" });
    this.name = "ImportRefusedError";
    this.reason = reason;
  }
}
