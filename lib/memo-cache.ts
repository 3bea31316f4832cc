/**
 * A small bounded cache (least recently used first out) for values computed from the
 * data files, which only change with a deploy. Bounded so that hostile query strings
 * cannot grow memory without limit.
 */
export class MemoCache<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}

  get(key: string, compute: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const value = compute();
    this.map.set(key, value);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as string);
    return value;
  }

  /**
   * As `get`, for a computation that may fail: a rejected promise is forgotten (unless a newer
   * value has replaced it), so the next call computes again instead of repeating the failure.
   */
  getOrRetry<T>(this: MemoCache<Promise<T>>, key: string, compute: () => Promise<T>): Promise<T> {
    const value = this.get(key, compute);
    value.catch(() => {
      if (this.map.get(key) === value) this.map.delete(key);
    });
    return value;
  }

  /** Forgets a key (a failed computation must not be cached). */
  delete(key: string): void {
    this.map.delete(key);
  }

  get size(): number {
    return this.map.size;
  }
}
