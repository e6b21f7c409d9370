export async function register() {
  // Node.js runtime only, and never while `next build` collects page data.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { recordPeerAddresses } = await import("./lib/auth/peer-address");
  const { trustedProxies } = await import("./lib/auth/client-address");
  trustedProxies(); // a malformed CLAIMMARK_TRUSTED_PROXIES stops the server here, saying why
  recordPeerAddresses();
  const { keepPrecompressedEncoding } = await import("./lib/reader/precompressed");
  keepPrecompressedEncoding();
  const { answerReaderPagesFromMemory } = await import("./lib/reader/front-door");
  answerReaderPagesFromMemory();
  const { startServer } = await import("./lib/startup");
  await startServer();
}
