// Reading a response body that octokit hands on unread
// (`parseSuccessResponseBody: false`): a web ReadableStream from fetch, which
// is an async iterable of bytes.

export type Body = AsyncIterable<Uint8Array>

export function isBody(x: unknown): x is Body {
  return typeof (x as Body | null)?.[Symbol.asyncIterator] === 'function'
}

/**
 * Stops reading a body, letting its connection go. (Not through its async
 * iterator: an iterator never started ignores `return()`, and the unread
 * answer would keep its socket, and the process, alive.)
 */
export async function discard(body: unknown): Promise<void> {
  const b = body as { cancel?: () => Promise<void>; destroy?: () => void } | null | undefined
  if (typeof b?.cancel === 'function') await b.cancel()
  else if (typeof b?.destroy === 'function') b.destroy()
}

/**
 * A whole body as UTF-8 text, decoded once from the joined bytes, a leading
 * byte order mark dropped (as fetch's text() does).
 */
export async function readText(body: Body): Promise<string> {
  const chunks: Uint8Array[] = []
  for await (const chunk of body) chunks.push(chunk)
  const text = Buffer.concat(chunks).toString('utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
