// Public by design: speakers as published revisions name them, for anyone. This handler reads
// no cookie and no session, so every caller, signed in or not, gets the same answer.
import { answerSpeakers, liveApiContext } from "@/lib/api/endpoints";
import { publicApiRoute } from "@/lib/api/respond";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = publicApiRoute((request) =>
  answerSpeakers(request, liveApiContext()),
);
