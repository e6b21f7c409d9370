import { articlePage } from "@/lib/reader/page";
import { readerResponse } from "@/lib/reader/respond";
import { requestedFilter } from "@/lib/render/reader-filter";

/**
 * A published article, served like a static file: the same bytes for every reader of a
 * revision, with an ETag and cache headers (lib/reader/static-page.ts). Public: no session.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const filter = requestedFilter(new URL(request.url).searchParams);
  return readerResponse(request, await articlePage(slug, filter));
}
