import type { LRUCache } from "lru-cache";

/**
 * The value cached under `key`, or `make()`'s, kept as a promise from the moment it starts so
 * requests arriving together share one piece of work (a popular page's first requests right
 * after a publish must not each render and gzip it). A failure or a null ("not found") is not
 * kept: the next request tries again.
 */
export function sharedPromise<T extends object>(
  cache: LRUCache<string, Promise<T | null>>,
  key: string,
  make: () => Promise<T | null>,
): Promise<T | null> {
  const cached = cache.get(key);
  if (cached) return cached;
  const made = make();
  cache.set(key, made);
  const forget = () => {
    if (cache.get(key) === made) cache.delete(key);
  };
  made.then((value) => value === null && forget(), forget);
  return made;
}
