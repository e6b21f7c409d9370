// Public by design: one published article's live revision, for anyone. This handler reads no
// cookie and no session, so every caller gets the same answer; a draft's slug is not found.
import { answerArticle, liveApiContext } from "@/lib/api/endpoints";
import { publicApiRoute } from "@/lib/api/respond";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = publicApiRoute(
  (request, { slug }: { slug: string }) => answerArticle(request, liveApiContext(), slug),
);
