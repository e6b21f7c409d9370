// Public by design: any other address under /api/v1 answers a JSON 404 naming where the
// endpoints are described, rather than an HTML page, whatever the method. Reads no cookie and
// no session.
import { answerUnknownPath } from "@/lib/api/endpoints";
import { publicApiRoute } from "@/lib/api/respond";

const { GET: notFound, OPTIONS } = publicApiRoute(answerUnknownPath);
export { notFound as GET, notFound as HEAD, OPTIONS, notFound as POST, notFound as PUT };
export { notFound as PATCH, notFound as DELETE };
