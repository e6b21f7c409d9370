import { getDb } from "@/db/client";
import { checkHealth } from "@/lib/health";

// Public on purpose: load balancers and monitors call it without a session.
export async function GET() {
  const health = await checkHealth(getDb);
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
