/** What happened to one item of a bounded run. */
export type Settled<T, R> = { item: T; ok: true; value: R } | { item: T; ok: false; error: unknown };

/**
 * Runs `task` over `items` with at most `limit` running at once (an API with one call per item:
 * a bulk change over 20 tickets sends 20 requests, `limit` at a time), each item standing or failing
 * alone. Results come back in the items' order; `onSettled` reports each one as it ends (progress).
 * Once `signal` aborts, no further item starts (the ones running finish or abort themselves).
 */
export async function runBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, signal?: AbortSignal) => Promise<R>,
  options: { signal?: AbortSignal; onSettled?: (result: Settled<T, R>, done: number) => void } = {},
): Promise<Array<Settled<T, R>>> {
  const results: Array<Settled<T, R>> = new Array(items.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !options.signal?.aborted) {
      const index = next++;
      const item = items[index]!;
      try {
        results[index] = { item, ok: true, value: await task(item, options.signal) };
      } catch (error) {
        results[index] = { item, ok: false, error };
      }
      options.onSettled?.(results[index]!, ++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results.filter(Boolean);
}
