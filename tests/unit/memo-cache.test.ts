import { describe, expect, it } from "vitest";
import { MemoCache } from "@/lib/memo-cache";

describe("MemoCache", () => {
  it("computes a key once and drops the least recently used past its limit", () => {
    const cache = new MemoCache<number>(2);
    let calls = 0;
    const get = (key: string) => cache.get(key, () => ++calls);
    expect([get("a"), get("b"), get("a")]).toEqual([1, 2, 1]);
    get("c"); // evicts b, the least recently used
    expect(cache.size).toBe(2);
    expect(get("a")).toBe(1);
    expect(get("b")).toBe(4);
  });

  it("getOrRetry keeps a result but forgets a failure, so the next call computes again", async () => {
    const cache = new MemoCache<Promise<string>>(4);
    let calls = 0;
    const flaky = () => (++calls === 1 ? Promise.reject(new Error("down")) : Promise.resolve(`ok ${calls}`));
    await expect(cache.getOrRetry("k", flaky)).rejects.toThrow("down");
    expect(await cache.getOrRetry("k", flaky)).toBe("ok 2");
    expect(await cache.getOrRetry("k", flaky)).toBe("ok 2");
    expect(calls).toBe(2);
  });
});
