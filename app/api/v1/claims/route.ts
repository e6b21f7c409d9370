// Public by design: claims in published revisions only, for anyone. This handler reads no
// cookie and no session, so every caller, signed in or not, gets the same answer.
import { answerClaims, liveApiContext } from "@/lib/api/endpoints";
import { publicApiRoute } from "@/lib/api/respond";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = publicApiRoute((request) =>
  answerClaims(request, liveApiContext()),
);
