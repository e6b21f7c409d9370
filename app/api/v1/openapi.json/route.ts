// Public by design: the API's own description, the same for everyone. This handler reads no
// cookie and no session.
import { answerOpenApi } from "@/lib/api/endpoints";
import { publicApiRoute } from "@/lib/api/respond";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = publicApiRoute(answerOpenApi);
