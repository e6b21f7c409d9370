import fs from "node:fs";
import path from "node:path";
import type { ReaderAssets } from "@/lib/render/page-shell";

/** Where scripts/build-reader-assets.ts puts the reader's stylesheet, script and fonts. */
export const ASSET_DIR = path.join("public", "r");
/** Their address: Next.js serves the public folder; next.config.ts marks it immutable. */
export const ASSET_PATH = "/r";
export const MANIFEST_FILE = "manifest.json";

export type AssetManifest = ReaderAssets;

let loaded: AssetManifest | null = null;

/** The built assets' addresses (read once: they change only with a new build). */
export function readerAssets(): AssetManifest {
  if (loaded) return loaded;
  const file = path.join(process.cwd(), ASSET_DIR, MANIFEST_FILE);
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: run "npm run build" (or "npm run dev"), which builds it.`);
  loaded = JSON.parse(fs.readFileSync(file, "utf8")) as AssetManifest;
  return loaded;
}
