// Builds what reader pages load: one stylesheet (Tailwind, the reader's styles and the fonts)
// and one small script, with content hashes in their names so they can be cached for good.
// Reader pages are plain HTML documents (lib/render/page-shell.ts), outside Next.js's own
// bundling, so they get their assets from here. Run by `npm run build` and `npm run dev`.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import tailwind from "@tailwindcss/postcss";
import { build } from "esbuild";
import postcss from "postcss";
import { ASSET_DIR, ASSET_PATH, MANIFEST_FILE, type AssetManifest } from "../lib/reader/assets";

const root = process.cwd();
const outDir = path.join(root, ASSET_DIR);
const FONT_FILES = [
  "@fontsource-variable/inter/index.css",
  "@fontsource-variable/source-serif-4/index.css",
  "@fontsource-variable/source-serif-4/wght-italic.css",
];

function hashed(name: string, content: Buffer | string): string {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  const ext = path.extname(name);
  return `${path.basename(name, ext)}.${hash}${ext}`;
}

function write(name: string, content: Buffer | string): string {
  const file = hashed(name, content);
  fs.writeFileSync(path.join(outDir, file), content);
  return `${ASSET_PATH}/${file}`;
}

/** The fonts' @font-face rules, pointing at copies of the font files next to the stylesheet. */
function fontFaces(): string {
  return FONT_FILES.map((entry) => {
    const cssFile = path.join(root, "node_modules", entry);
    const css = fs.readFileSync(cssFile, "utf8");
    return css.replace(/url\(\.\/files\/([^)]+)\)/g, (_, file: string) => {
      const font = fs.readFileSync(path.join(path.dirname(cssFile), "files", file));
      return `url(${write(file, font)})`;
    });
  }).join("\n");
}

async function stylesheet(): Promise<string> {
  const entry = path.join(root, "app", "styles", "reader-page.css");
  const result = await postcss([tailwind({ base: root, optimize: { minify: true } })]).process(
    `${fontFaces()}\n${fs.readFileSync(entry, "utf8")}`,
    { from: entry },
  );
  return write("reader.css", result.css);
}

async function script(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, "lib", "reader", "browser", "reader.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
  });
  return write("reader.js", result.outputFiles[0]!.text);
}

async function main() {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const manifest: AssetManifest = { css: await stylesheet(), js: await script() };
  fs.writeFileSync(path.join(outDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  console.log(`Reader assets: ${manifest.css}, ${manifest.js}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
