import { homePage } from "@/lib/reader/listing-pages";
import { readerResponse } from "@/lib/reader/respond";

/**
 * The home page: every published article, served like a static file and made again only after
 * a publish, unpublish or archive (lib/reader/listing-pages.ts). Public: no session.
 */
export async function GET(request: Request) {
  return readerResponse(request, await homePage());
}
