import { z } from "zod";
import { AppError } from "@/lib/errors";
import { WEB_ANNOTATION_MEDIA_TYPE, webAnnotationCollection } from "@/lib/exports/web-annotation";
import { publicBaseUrl } from "@/lib/public-url";
import { publishedArticle } from "@/lib/reader/cache";
import { appErrorResponse } from "@/lib/route-responses";
import { slugField } from "@/lib/slugs";

const paramsSchema = z.object({ slug: slugField });

/**
 * The annotations of a published article as W3C Web Annotations. Public on purpose, like the
 * reader page: it serves what readers see, the live published revision, and nothing else; an
 * address with no published article (a draft, an unpublished or archived article) is not found.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  const article = parsed.success ? await publishedArticle(parsed.data.slug) : null;
  if (!article) {
    return appErrorResponse(
      new AppError("not_found", "There is no published article at this address."),
    );
  }
  const collection = webAnnotationCollection(article, publicBaseUrl());
  return new Response(JSON.stringify(collection, null, 2), {
    headers: {
      "Content-Type": WEB_ANNOTATION_MEDIA_TYPE,
      "Content-Disposition": `attachment; filename="${article.slug}-annotations.json"`,
      // A new publish or an unpublish must show at once, as on the reader page.
      "Cache-Control": "no-cache",
      // Published annotations are public: other sites' annotation tools may read them.
      "Access-Control-Allow-Origin": "*",
    },
  });
}
