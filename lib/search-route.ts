import type { Role } from "@/db/enums";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { appErrorResponse, jsonResponse } from "@/lib/route-responses";
import { searchQuerySchema } from "@/lib/sources/schemas";

/** What a studio search answers: the results, and the query they are for. */
export interface SearchAnswer<T> {
  query: string;
  results: T[];
}

/**
 * A studio search as a GET route handler (`?q=`), answered as JSON: `{ query, results }`, or
 * `{ code, error }` with the status of the refusal (401, 403, 422). Searches are GETs rather
 * than server actions because Next.js runs one client's server actions one at a time: a
 * search per keystroke would queue every save behind it.
 */
export async function answerSearch<T>(
  request: Request,
  roles: readonly Role[],
  search: (query: string) => Promise<T[]>,
): Promise<Response> {
  try {
    await requireRole(roles);
    const parsed = searchQuerySchema.safeParse(new URL(request.url).searchParams.get("q") ?? "");
    if (!parsed.success) {
      throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Shorten the search.");
    }
    const answer: SearchAnswer<T> = { query: parsed.data, results: await search(parsed.data) };
    return jsonResponse(answer);
  } catch (error) {
    if (error instanceof AppError) return appErrorResponse(error);
    console.error("Search failed:", error);
    return jsonResponse(
      { code: "internal", error: "The search failed on our side. Try again in a moment." },
      500,
    );
  }
}
