// Running async work on a list with a bound on how much runs at once.

/**
 * Runs `fn` over the items, at most `limit` at once, results in item order.
 * After a failure no further item is started; the first failure is thrown
 * once the items already started have settled, so nothing is left running.
 *
 * @example await mapLimit([1, 2, 3], 2, async (x) => x * 2) // [2, 4, 6]
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const out: R[] = []
  let next = 0
  let failure: { error: unknown } | null = null
  const worker = async (): Promise<void> => {
    while (failure === null && next < items.length) {
      const i = next++
      try {
        out[i] = await fn(items[i] as T, i)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  if (failure !== null) throw (failure as { error: unknown }).error
  return out
}
