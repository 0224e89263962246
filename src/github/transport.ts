// The HTTP transport handed to octokit (`request: { fetch }`): node:http and
// node:https through the toolkit's proxy-aware agents (@actions/http-client:
// HTTPS_PROXY, HTTP_PROXY, NO_PROXY, as every toolkit action honours them).
//
// Why not fetch: the toolkit's fetch is undici's, bundled; loading it took
// about a third of the action's start-up (issue 6: 900 KB of the bundle; on
// Node 24 a cold start of 95 ms instead of 65, and 8 MB more memory), and
// Node's own fetch costs about as much the first time it is called. A GitHub
// Action is started cold for every run, so that is paid every time;
// node:http is already loaded by the toolkit.
//
// What it answers is the part of a fetch Response that octokit's fetch
// wrapper and this project read: status, statusText, ok, url, redirected,
// headers (get, has, iteration), text(), json(), arrayBuffer(), and a body that
// is an AsyncIterable<Uint8Array> (a Node stream; the Body helpers below read
// it, and a web ReadableStream as well). Like fetch it follows
// redirects unless `redirect: 'manual'` (dropping Authorization when the
// origin changes), asks for gzip, deflate or br and decodes them, rejects
// network errors as TypeError('fetch failed', { cause }) and an aborted signal
// with its reason.
import { HttpClient } from '@actions/http-client'
import * as http from 'node:http'
import * as https from 'node:https'
import type { Readable } from 'node:stream'
import * as zlib from 'node:zlib'

/** The request options this transport honours (the rest of a RequestInit is ignored). */
export interface TransportInit {
  method?: string
  headers?: Record<string, string> | [string, string][]
  body?: string | Uint8Array | null
  redirect?: 'follow' | 'manual' | 'error'
  signal?: AbortSignal | null
}

/** Response headers: what fetch's Headers offers for reading. */
export class ResponseHeaders implements Iterable<[string, string]> {
  private readonly map = new Map<string, string>()

  constructor(raw: http.IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(raw)) {
      if (value === undefined) continue
      this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value)
    }
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase())
  }

  forEach(fn: (value: string, name: string) => void): void {
    for (const [name, value] of this) fn(value, name)
  }

  entries(): IterableIterator<[string, string]> {
    return this.map.entries()
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries()
  }
}

export class TransportResponse {
  readonly ok: boolean
  /** The body, decoded; null for HEAD, 204, 205 and 304. Read it once. */
  readonly body: Readable | null
  private used = false

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    body: Readable | null,
    readonly url: string,
    readonly redirected: boolean
  ) {
    this.ok = status >= 200 && status <= 299
    this.body = body
  }

  get bodyUsed(): boolean {
    return this.used
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.bytes()
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  }

  /** The body as UTF-8, a leading byte order mark dropped (as fetch's text() does). */
  async text(): Promise<string> {
    return textOf(await this.bytes())
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown
  }

  private async bytes(): Promise<Buffer> {
    if (this.used) throw new TypeError('Body is unusable: Body has already been read')
    this.used = true
    return this.body ? allBytes(this.body) : Buffer.alloc(0)
  }
}

/**
 * A response body as readers here take it: this transport's Node stream, or
 * the web ReadableStream of an injected fetch. Both are async iterables of bytes.
 */
export type Body = AsyncIterable<Uint8Array>

export function isBody(x: unknown): x is Body {
  return typeof (x as Body | null)?.[Symbol.asyncIterator] === 'function'
}

/**
 * Stops reading a body, letting its connection go: a web stream is
 * cancelled, a Node stream destroyed. (Not through its async iterator: an
 * iterator never started ignores `return()`, and the unread answer would
 * keep its socket, and the process, alive until the server drops it.)
 */
export async function discard(body: unknown): Promise<void> {
  const b = body as { cancel?: () => Promise<void>; destroy?: () => void } | null | undefined
  if (typeof b?.cancel === 'function') await b.cancel()
  else if (typeof b?.destroy === 'function') b.destroy()
}

/**
 * A whole body as UTF-8 text, decoded once from the joined bytes (decoding
 * chunk by chunk and joining the parts made more garbage: a 250-job read
 * peaked 1 to 2 MB higher), a leading byte order mark dropped.
 */
export async function readText(body: Body): Promise<string> {
  return textOf(await allBytes(body))
}

async function allBytes(body: Body): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  for await (const chunk of body) chunks.push(chunk)
  return Buffer.concat(chunks)
}

/** UTF-8 as TextDecoder and fetch's text() read it: a byte order mark is not text. */
function textOf(bytes: Buffer): string {
  const text = bytes.toString('utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

export type Transport = (url: string | URL, init?: TransportInit) => Promise<TransportResponse>

const REDIRECTS = new Set([301, 302, 303, 307, 308])
/** As fetch: a chain of more redirects than this is an error. */
const MAX_REDIRECTS = 20

/**
 * A fetch-like transport over node:http and node:https. Connections are kept
 * alive between requests (pages of one run reuse one connection) and do not
 * keep the process alive once idle.
 */
export function createTransport(): Transport {
  // One client per protocol: http-client keeps a single agent for the URLs
  // it does not send through a proxy, which must match the protocol.
  const clients = new Map<string, HttpClient>()
  const agentFor = (url: URL): http.Agent => {
    let client = clients.get(url.protocol)
    if (!client) {
      client = new HttpClient('runlens', [], { keepAlive: true })
      clients.set(url.protocol, client)
    }
    return client.getAgent(url.href)
  }

  return async (input, init = {}) => {
    const signal = init.signal ?? undefined
    signal?.throwIfAborted()
    let url = new URL(String(input))
    let method = (init.method ?? 'GET').toUpperCase()
    let body = init.body ?? null
    const headers = headerRecord(init.headers)
    headers['accept-encoding'] ??= 'gzip, deflate, br'
    for (let hop = 0; ; hop++) {
      const res = await send(url, method, headers, body, agentFor(url), signal)
      const status = res.statusCode ?? 0
      const location = res.headers.location
      if (!REDIRECTS.has(status) || !location || init.redirect === 'manual') {
        return respond(res, url, method, hop > 0, signal)
      }
      res.resume()
      if (init.redirect === 'error' || hop >= MAX_REDIRECTS) {
        throw new TypeError('fetch failed', {
          cause: new Error(
            init.redirect === 'error' ? 'unexpected redirect' : 'redirect count exceeded'
          )
        })
      }
      const next = new URL(location, url)
      if (next.origin !== url.origin) delete headers.authorization
      // As fetch: a 303, and a 301 or 302 after a POST, become a GET without a body.
      if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
        if (method !== 'HEAD') method = 'GET'
        body = null
        delete headers['content-type']
        delete headers['content-length']
      }
      url = next
    }
  }
}

/** Header names lower-cased, as Node sends them anyway. */
function headerRecord(given: TransportInit['headers']): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Array.isArray(given) ? given : Object.entries(given ?? {})) {
    out[name.toLowerCase()] = String(value)
  }
  return out
}

/** One request; resolves with the answer's head, its body not yet read. */
function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | null,
  agent: http.Agent,
  signal: AbortSignal | undefined
): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method,
      headers,
      agent
    })
    const onAbort = (): void => {
      request.destroy()
      reject(signal?.reason as Error)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    request.on('response', (res) => {
      signal?.removeEventListener('abort', onAbort)
      resolve(res)
    })
    request.on('error', (error) => {
      signal?.removeEventListener('abort', onAbort)
      reject(new TypeError('fetch failed', { cause: error }))
    })
    request.end(body ?? undefined)
  })
}

/** The answer as a TransportResponse, its body decoded and tied to the signal. */
function respond(
  res: http.IncomingMessage,
  url: URL,
  method: string,
  redirected: boolean,
  signal: AbortSignal | undefined
): TransportResponse {
  const status = res.statusCode ?? 0
  const empty = method === 'HEAD' || status === 204 || status === 205 || status === 304
  let body: Readable | null = null
  if (empty) {
    res.resume()
  } else {
    body = decoded(res)
    if (signal) {
      const stream = body
      const onAbort = (): void => {
        stream.destroy(signal.reason as Error)
        res.destroy()
      }
      signal.addEventListener('abort', onAbort, { once: true })
      stream.once('close', () => signal.removeEventListener('abort', onAbort))
    }
  }
  return new TransportResponse(
    status,
    res.statusMessage ?? '',
    new ResponseHeaders(res.headers),
    body,
    url.href,
    redirected
  )
}

/** The body with its content-encoding undone (the header is left as sent, as fetch does). */
function decoded(res: http.IncomingMessage): Readable {
  const coding = (res.headers['content-encoding'] ?? '').trim().toLowerCase()
  const decoder =
    coding === 'gzip' || coding === 'x-gzip'
      ? zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH })
      : coding === 'deflate'
        ? zlib.createInflate()
        : coding === 'br'
          ? zlib.createBrotliDecompress()
          : null
  if (!decoder) return res
  res.on('error', (error) => decoder.destroy(error))
  decoder.on('close', () => res.destroy())
  return res.pipe(decoder)
}
