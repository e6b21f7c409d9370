/**
 * The Content-Security-Policy for one response. Scripts run only with this response's nonce
 * (Next.js puts it on its own scripts); 'strict-dynamic' lets those load their chunks.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes at run time; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response carries, static files included (set in next.config.ts). */
export function staticSecurityHeaders(production: boolean): { key: string; value: string }[] {
  const hsts = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };
  return production ? [...STATIC_SECURITY_HEADERS, hsts] : STATIC_SECURITY_HEADERS;
}

const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  },
];

/**
 * The reader pages' policy: the same for every response, so the bytes can be cached. They run
 * no inline script at all, only the one built reader script from this origin, and that script
 * writes no HTML (Trusted Types with no policy allowed), so an injected string could not become
 * code even through the DOM. Styles come from the stylesheet only.
 */
export const READER_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");
