import { readerResponse } from "@/lib/reader/respond";
import { searchPage } from "@/lib/reader/search-page";

/**
 * The public search over published annotations (`?q=` and filters, `?page=`), server-rendered and
 * served like a static file until the next publish. Public: no session.
 */
export async function GET(request: Request) {
  return readerResponse(request, await searchPage(new URL(request.url).searchParams));
}
