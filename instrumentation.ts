export async function register() {
  // Node.js runtime only, and never while `next build` collects page data.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./db/startup");
  await startServer();
}
