// The Link header of a list's pages, and the pages between two of its links.

/**
 * The addresses of the pages from `next` to `last`, both included, made by
 * setting their `page` parameter; none unless both are pages of one list.
 *
 * @example numberedPages('…/jobs?per_page=100&page=2', '…/jobs?per_page=100&page=4')
 *   // ['…&page=2', '…&page=3', '…&page=4']
 */
export function numberedPages(next: string | null, last: string | null): string[] {
  if (!next || !last) return []
  let from: URL
  let to: URL
  try {
    from = new URL(next)
    to = new URL(last)
  } catch {
    return []
  }
  const a = Number(from.searchParams.get('page'))
  const b = Number(to.searchParams.get('page'))
  // Not page numbers, or a page count past any run's (GitHub lists 100 a page).
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b < a || b - a > 1000) return []
  // Another list: the two differ in more than the page number.
  from.searchParams.set('page', String(a))
  to.searchParams.set('page', String(a))
  if (to.href !== from.href) return []
  return Array.from({ length: b - a + 1 }, (_, i) => {
    from.searchParams.set('page', String(a + i))
    return from.href
  })
}

/** The address of a Link header with relation `rel`, or null. ex. rel 'next': null on the last page */
export function linkOf(link: string | undefined, rel: 'next' | 'last'): string | null {
  if (!link) return null
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part)
    if (m && m[2]?.split(/\s+/).includes(rel)) return m[1] ?? null
  }
  return null
}
