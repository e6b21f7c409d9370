// Public by design: published articles only, for anyone. This handler reads no cookie and no
// session, so every caller, signed in or not, gets the same answer (see lib/api/respond.ts).
import { answerArticles, liveApiContext } from "@/lib/api/endpoints";
import { publicApiRoute } from "@/lib/api/respond";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = publicApiRoute((request) =>
  answerArticles(request, liveApiContext()),
);
