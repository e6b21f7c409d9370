import { hookEveryRequest } from "@/lib/request-hooks";

/**
 * What a reader response sets instead of Content-Encoding when its body is already gzipped.
 * Next.js drops a route's own Content-Encoding (it cannot know the body was not decoded on the
 * way) and would then gzip the bytes a second time on every request: for a long article that
 * was most of the server's work, and it mislabelled the result.
 */
export const PRECOMPRESSED_HEADER = "x-claimmark-content-encoding";

/**
 * Makes every HTTP server in this process turn PRECOMPRESSED_HEADER into Content-Encoding as
 * the header is set, before Next.js's compression looks at the response (it leaves a response
 * that already has an encoding alone). Run once per server process, from instrumentation.
 */
export function keepPrecompressedEncoding(): void {
  hookEveryRequest("precompressed", (_request, response) => {
    const setHeader = response.setHeader;
    response.setHeader = function (name, value) {
      const encoded = name.toLowerCase() === PRECOMPRESSED_HEADER;
      return setHeader.call(this, encoded ? "Content-Encoding" : name, value);
    };
  });
}
