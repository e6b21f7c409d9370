// Auth.js endpoints (sign-in callbacks, session, CSRF). Public by nature; Auth.js checks CSRF.
export { GET, POST } from "@/lib/auth/handlers";
