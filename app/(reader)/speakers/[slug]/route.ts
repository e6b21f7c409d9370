import { getDb } from "@/db/client";
import { findMergedSpeakerSlug } from "@/db/queries/speakers-public";
import { speakerPage } from "@/lib/reader/listing-pages";
import { readerResponse } from "@/lib/reader/respond";

/**
 * A speaker's published annotations (`?page=`), served like a static file; "Page not found"
 * when nothing attributed to them is published. A merged speaker's old address moves for good
 * (308) to the speaker it was merged into, whose page lists both speakers' claims.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const survivor = await findMergedSpeakerSlug(getDb(), slug);
  if (survivor) {
    return new Response(null, {
      status: 308,
      headers: { Location: `/speakers/${encodeURIComponent(survivor)}` },
    });
  }
  return readerResponse(request, await speakerPage(slug, new URL(request.url).searchParams));
}
