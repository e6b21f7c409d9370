import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "@/lib/security-headers";
import { READER_PAGE_PATH } from "@/lib/reader/encoding";
import { isReadablePath } from "@/lib/text/characters";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Gives every studio page a fresh CSP nonce (reader pages have a fixed policy and no inline
 * script, so one response can serve every reader), and answers 400 to an address that does not
 * decode (Next.js itself would answer 500). It also sends visitors without a session cookie
 * from /studio to sign in, for comfort only: every page and action checks the session itself.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const { pathname, search } = request.nextUrl;

  if (!isReadablePath(pathname)) {
    return new NextResponse("This address is not valid. Check it for typing mistakes.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": csp },
    });
  }

  // Reader pages are cached bytes with their own fixed policy (no nonce).
  if (READER_PAGE_PATH.test(pathname)) return NextResponse.next();

  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (pathname.startsWith("/studio") && !hasSession) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    const response = NextResponse.redirect(signIn);
    response.headers.set("Content-Security-Policy", csp);
    return response;
  }

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|r/).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
