import { speakerPage } from "@/lib/reader/listing-pages";
import { readerResponse } from "@/lib/reader/respond";

/**
 * A speaker's published annotations (`?page=`), served like a static file; "Page not found"
 * when nothing attributed to them is published.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return readerResponse(request, await speakerPage(slug, new URL(request.url).searchParams));
}
