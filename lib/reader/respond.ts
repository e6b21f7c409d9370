import { publicBaseUrl } from "@/lib/public-url";
import { notFoundDocument } from "@/lib/render/not-found-page";
import { readerAssets } from "./assets";
import { rememberServedPage } from "./front-door";
import { staticPage, staticPageResponse, type StaticPage } from "./static-page";

let notFound: StaticPage | null = null;

/**
 * A reader page's response, or the reader's "Page not found" (404) when there is none. A page
 * found is remembered for the front door, which answers the next requests for a moment.
 */
export function readerResponse(request: Request, page: StaticPage | null): Response {
  if (page) {
    const url = new URL(request.url);
    rememberServedPage(`${url.pathname}${url.search}`, page);
    return staticPageResponse(request, page);
  }
  notFound ??= staticPage(notFoundDocument(readerAssets(), publicBaseUrl().href));
  return staticPageResponse(request, notFound, 404);
}
