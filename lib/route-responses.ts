import { type AppError, ERROR_STATUS } from "@/lib/errors";

/** JSON that no cache keeps: these answers depend on who asks, or on the moment. */
export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** How every route handler answers an AppError: `{ code, error }` with the code's HTTP status. */
export function appErrorResponse(error: AppError): Response {
  return jsonResponse({ code: error.code, error: error.message }, ERROR_STATUS[error.code]);
}
