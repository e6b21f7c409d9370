import { LRUCache } from "lru-cache";
import { getDb } from "@/db/client";
import { publishedStateFingerprint } from "@/db/queries/reader";
import { sharedPromise } from "./shared-promise";
import { staticPage, type StaticPage } from "./static-page";

/** Pages made from published revisions only, by the published state they were made from. */
const pages = new LRUCache<string, Promise<StaticPage | null>>({ max: 256 });
let lookup: Promise<string> | null = null;

/** The current fingerprint; lookups under way at the same moment share one query. */
function currentFingerprint(): Promise<string> {
  lookup ??= publishedStateFingerprint(getDb()).finally(() => {
    lookup = null;
  });
  return lookup;
}

/**
 * A page built only from published revisions (the home page, the speakers' pages), made once
 * per published state and address: `render` runs again only after a publish, unpublish or
 * archive changed what readers can see. `render` returns null for "not found" (not kept).
 */
export async function publishedPage(
  address: string,
  render: () => Promise<string | null>,
): Promise<StaticPage | null> {
  const key = `${await currentFingerprint()} ${address}`;
  return sharedPromise(pages, key, async () => {
    const html = await render();
    return html === null ? null : staticPage(html);
  });
}
