import type { Role } from "@/db/enums";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { searchQuerySchema } from "@/lib/sources/schemas";

/** What a studio search answers: the results, and the query they are for. */
export interface SearchAnswer<T> {
  query: string;
  results: T[];
}

function json(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
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
    return json(answer, 200);
  } catch (error) {
    if (error instanceof AppError) {
      return json({ code: error.code, error: error.message }, error.status);
    }
    console.error("Search failed:", error);
    return json(
      { code: "internal", error: "The search failed on our side. Try again in a moment." },
      500,
    );
  }
}
