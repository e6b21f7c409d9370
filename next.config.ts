import type { NextConfig } from "next";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/articles/limits";
import { staticSecurityHeaders } from "./lib/security-headers";

const production = process.env.NODE_ENV === "production";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time,
  // so it must be required from node_modules rather than bundled. The suggester's language
  // model (3.8 MB of JavaScript) is required from there too, instead of bloating server chunks.
  serverExternalPackages: ["@electric-sql/pglite", "wink-nlp", "wink-eng-lite-web-model"],
  poweredByHeader: false,
  // CI type-checks the whole tree first (`npm run check`) and says so; the end-to-end suite's
  // build then skips Next's second pass over the same code (about 20 s on two cores).
  typescript: { ignoreBuildErrors: process.env.CLAIMMARK_TYPES_CHECKED === "1" },
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx for a signed-in user without the role.
    authInterrupts: true,
    // Next's default of 1 MB would refuse long articles the app itself allows (and answer 500).
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
  },
  async headers() {
    const headers = staticSecurityHeaders(production);
    return [
      { source: "/:path*", headers },
      // The reader's stylesheet, script and fonts have content hashes in their names.
      {
        source: "/r/:file*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
};

export default nextConfig;
