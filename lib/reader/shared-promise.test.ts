import { LRUCache } from "lru-cache";
import { describe, expect, it } from "vitest";
import { sharedPromise } from "./shared-promise";

type Page = { n: number };

describe("sharedPromise", () => {
  it("makes a value once for requests arriving together, and keeps it", async () => {
    const cache = new LRUCache<string, Promise<Page | null>>({ max: 4 });
    let made = 0;
    const make = async () => ({ n: ++made });
    const together = await Promise.all([1, 2, 3].map(() => sharedPromise(cache, "k", make)));
    expect(together.map((page) => page!.n)).toEqual([1, 1, 1]);
    expect((await sharedPromise(cache, "k", make))!.n).toBe(1);
    expect(made).toBe(1);
  });

  it("keeps neither a failure nor a 'not found'", async () => {
    const cache = new LRUCache<string, Promise<Page | null>>({ max: 4 });
    await expect(
      sharedPromise(cache, "k", () => Promise.reject(new Error("down"))),
    ).rejects.toThrow("down");
    await Promise.resolve();
    expect(await sharedPromise(cache, "k", async () => null)).toBeNull();
    await Promise.resolve();
    expect(await sharedPromise(cache, "k", async () => ({ n: 7 }))).toEqual({ n: 7 });
  });
});
