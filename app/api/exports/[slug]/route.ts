import { z } from "zod";
import { AppError } from "@/lib/errors";
import { exportFile } from "@/lib/exports/files";
import { exportFormatSchema } from "@/lib/exports/formats";
import { staticPageResponse } from "@/lib/reader/static-page";
import { appErrorResponse } from "@/lib/route-responses";
import { slugField } from "@/lib/slugs";

const paramsSchema = z.object({ slug: slugField });

/** Published annotations are public: other sites' tools may read them, and why they cannot. */
const ANY_ORIGIN = "*";

function errorResponse(error: AppError): Response {
  const response = appErrorResponse(error);
  response.headers.set("Access-Control-Allow-Origin", ANY_ORIGIN);
  return response;
}

/**
 * The annotations of a published article as W3C Web Annotations (the default), CSV or
 * schema.org ClaimReview (`?format=w3c|csv|claimreview`). Public on purpose, like the reader
 * page: it serves what readers see, the live published revision, and nothing else; an address
 * with no published article (a draft, an unpublished or archived article) is not found.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const format = exportFormatSchema.safeParse(
    new URL(request.url).searchParams.get("format") ?? undefined,
  );
  if (!format.success) {
    return errorResponse(new AppError("bad_request", format.error.issues[0]!.message));
  }
  const parsed = paramsSchema.safeParse(await params);
  const file = parsed.success ? await exportFile(parsed.data.slug, format.data) : null;
  if (!file) {
    return errorResponse(
      new AppError("not_found", "There is no published article at this address."),
    );
  }
  return staticPageResponse(request, file.bytes, 200, {
    contentType: file.mediaType,
    headers: {
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      // Revalidated on every use (a cheap 304 while the ETag holds): a new publish or an
      // unpublish must show at once, as on the reader page.
      "Cache-Control": "no-cache",
      Vary: "Accept-Encoding",
      "Access-Control-Allow-Origin": ANY_ORIGIN,
    },
  });
}
