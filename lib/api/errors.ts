import type { ApiErrorCode } from "./schemas";

/** The HTTP status of each error code the public API answers with. */
export const API_ERROR_STATUS: Record<ApiErrorCode, number> = {
  invalid_parameter: 400,
  not_found: 404,
  method_not_allowed: 405,
  internal_error: 500,
};

/** A refusal whose message tells the caller what to change. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}
