import { speakersPage } from "@/lib/reader/listing-pages";
import { readerResponse } from "@/lib/reader/respond";

/** The speaker list with its search (`?q=`) and pages (`?page=`), served like a static file. */
export async function GET(request: Request) {
  return readerResponse(request, await speakersPage(new URL(request.url).searchParams));
}
