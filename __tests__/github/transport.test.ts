// The transport against loopback servers: what a fetch caller relies on
// (status, headers, bodies, redirects, errors, cancelling) and that requests
// go through HTTP_PROXY as the toolkit's agents route them.
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { gzipSync, brotliCompressSync } from 'node:zlib'
import { createTransport, discard, isBody } from '../../src/github/transport.js'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
}

const servers: Server[] = []
const sockets = new Set<Socket>()
afterEach(async () => {
  for (const s of sockets) s.destroy()
  sockets.clear()
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))))
  delete process.env.HTTP_PROXY
  delete process.env.http_proxy
  delete process.env.NO_PROXY
  delete process.env.no_proxy
})

async function listen(server: Server): Promise<number> {
  servers.push(server)
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return (server.address() as AddressInfo).port
}

/** A loopback server; its requests are recorded in `seen`. */
async function serve(handler: Handler): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = []
  const port = await listen(
    createServer((req, res) => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
      handler(req, res)
    })
  )
  return { url: `http://127.0.0.1:${port}`, seen }
}

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

describe('transport.ts', () => {
  it('answers status, headers and a JSON body as fetch does', async () => {
    const s = await serve((_req, res) => {
      res.setHeader('ETag', 'W/"abc"')
      res.setHeader('Link', '<http://x/?page=2>; rel="next"')
      json(res, 200, { total_count: 1 })
    })
    const send = createTransport()
    const r = await send(`${s.url}/repos/o/r`, { headers: { Authorization: 'token t' } })
    expect([r.status, r.ok, r.url, r.redirected]).toEqual([200, true, `${s.url}/repos/o/r`, false])
    expect(r.headers.get('etag')).toBe('W/"abc"')
    expect(r.headers.get('LINK')).toBe('<http://x/?page=2>; rel="next"')
    expect(r.headers.has('x-missing')).toBe(false)
    expect(new Map(r.headers).get('content-type')).toBe('application/json; charset=utf-8')
    expect(await r.json()).toEqual({ total_count: 1 })
    await expect(r.text()).rejects.toThrow(/already been read/)
    expect(s.seen[0]?.headers.authorization).toBe('token t')
    expect(s.seen[0]?.headers['accept-encoding']).toBe('gzip, deflate, br')
  })

  it.each([
    ['gzip', gzipSync],
    ['br', brotliCompressSync]
  ] as const)('decodes a %s body', async (coding, compress) => {
    const text = JSON.stringify({ jobs: Array.from({ length: 200 }, (_, id) => ({ id })) })
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': coding })
      res.end(compress(Buffer.from(text)))
    })
    const r = await createTransport()(s.url)
    expect(await r.text()).toBe(text)
  })

  it('hands the body on as an async iterable of bytes, which can be left unread', async () => {
    const closed: Promise<void>[] = []
    const s = await serve((req, res) => {
      closed.push(new Promise((done) => req.socket.once('close', () => done())))
      res.writeHead(200)
      res.write('a'.repeat(70_000))
      setTimeout(() => res.end('b'), 20)
    })
    const send = createTransport()
    const r = await send(s.url)
    expect(isBody(r.body)).toBe(true)
    await discard(r.body)
    // The unread answer lets its connection go at once: nothing is left to
    // keep the process alive until the server's keep-alive timeout.
    await closed[0]
    const again = await send(s.url)
    let size = 0
    for await (const chunk of again.body ?? []) size += (chunk as Buffer).byteLength
    expect(size).toBe(70_001)
  })

  it('has no body for HEAD, 204 and 304, and keeps the byte order mark out of text()', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/304') res.writeHead(304).end()
      else if (req.url === '/204') res.writeHead(204).end()
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('\ufeffhello')
    })
    const send = createTransport()
    expect((await send(`${s.url}/304`)).body).toBeNull()
    expect((await send(`${s.url}/204`)).body).toBeNull()
    expect((await send(s.url, { method: 'HEAD' })).body).toBeNull()
    expect(await (await send(s.url)).text()).toBe('hello')
  })

  it('follows redirects, keeping the token only on the same origin', async () => {
    const other = await serve((_req, res) => json(res, 200, { where: 'other' }))
    const s = await serve((req, res) => {
      if (req.url === '/moved') res.writeHead(301, { location: '/here' }).end()
      else if (req.url === '/away') res.writeHead(302, { location: `${other.url}/blob` }).end()
      else json(res, 200, { where: 'here' })
    })
    const send = createTransport()
    const auth = { headers: { authorization: 'token t' } }
    const same = await send(`${s.url}/moved`, auth)
    expect([same.status, same.url, same.redirected]).toEqual([200, `${s.url}/here`, true])
    expect(s.seen.map((q) => q.headers.authorization)).toEqual(['token t', 'token t'])
    const away = await send(`${s.url}/away`, auth)
    expect(await away.json()).toEqual({ where: 'other' })
    expect(other.seen[0]?.headers.authorization).toBeUndefined()
  })

  it("returns the redirect itself with redirect: 'manual'", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(302, { location: 'https://storage.example/log?sig=secret' })
      res.end('redirecting')
    })
    const r = await createTransport()(s.url, { redirect: 'manual' })
    expect([r.status, r.ok, r.headers.get('location')]).toEqual([
      302,
      false,
      'https://storage.example/log?sig=secret'
    ])
    expect(s.seen).toHaveLength(1)
  })

  it("rejects a redirect loop as fetch does: TypeError('fetch failed')", async () => {
    const s = await serve((_req, res) => res.writeHead(302, { location: '/' }).end())
    const e = (await createTransport()(s.url).catch((x: unknown) => x)) as TypeError
    expect(e).toBeInstanceOf(TypeError)
    expect(e.message).toBe('fetch failed')
    expect((e.cause as Error).message).toBe('redirect count exceeded')
    expect(s.seen).toHaveLength(21)
  })

  it("rejects a refused connection as TypeError('fetch failed') with the cause's code", async () => {
    const s = await serve(() => {})
    await new Promise((done) => servers.pop()?.close(done))
    const e = (await createTransport()(s.url).catch((x: unknown) => x)) as TypeError
    expect(e.message).toBe('fetch failed')
    expect((e.cause as { code?: string }).code).toBe('ECONNREFUSED')
  })

  it('rejects reading a body that the server cuts off', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
      res.write('{"total_count": 250, "jobs": [')
      setTimeout(() => res.socket?.destroy(), 10)
    })
    const r = await createTransport()(s.url)
    await expect(r.text()).rejects.toMatchObject({ code: 'ECONNRESET' })
  })

  it("rejects with the signal's reason, before the answer and while the body is read", async () => {
    const s = await serve((req, res) => {
      if (req.url === '/slow-body') {
        res.writeHead(200)
        res.write('partial')
      }
      // '/hang' never answers.
    })
    const send = createTransport()
    const early = AbortSignal.timeout(50)
    await expect(send(`${s.url}/hang`, { signal: early })).rejects.toMatchObject({
      name: 'TimeoutError'
    })
    const late = new AbortController()
    const r = await send(`${s.url}/slow-body`, { signal: late.signal })
    setTimeout(() => late.abort(), 20)
    await expect(r.text()).rejects.toMatchObject({ name: 'AbortError' })
    const before = new AbortController()
    before.abort()
    await expect(send(s.url, { signal: before.signal })).rejects.toMatchObject({
      name: 'AbortError'
    })
  })

  it('sends a request body, and turns a POST into a GET after a 303', async () => {
    const s = await serve((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        if (req.url === '/form') res.writeHead(303, { location: '/result' }).end()
        else json(res, 200, { method: req.method, body })
      })
    })
    const send = createTransport()
    const r = await send(`${s.url}/echo`, { method: 'POST', body: '{"a":1}' })
    expect(await r.json()).toEqual({ method: 'POST', body: '{"a":1}' })
    const after = await send(`${s.url}/form`, { method: 'POST', body: 'x=1' })
    expect(await after.json()).toEqual({ method: 'GET', body: '' })
  })

  it('goes through HTTP_PROXY (a CONNECT tunnel), and around it for NO_PROXY hosts', async () => {
    const s = await serve((_req, res) => json(res, 200, { ok: true }))
    const port = new URL(s.url).port
    const tunnels: string[] = []
    const proxy = createServer()
    proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      tunnels.push(req.url ?? '')
      // Whatever host was asked for, the tunnel leads to the loopback server.
      const upstream = connect(Number(port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
      sockets.add(upstream)
    })
    process.env.HTTP_PROXY = `http://127.0.0.1:${await listen(proxy)}`
    // A name that does not resolve: only the proxy can reach it.
    const r = await createTransport()(`http://api.github.test:${port}/repos/o/r`)
    expect(await r.json()).toEqual({ ok: true })
    expect(tunnels).toEqual([`api.github.test:${port}`])
    expect(s.seen[0]?.headers.host).toBe(`api.github.test:${port}`)

    // With the host in NO_PROXY the name is looked up directly, and fails.
    process.env.NO_PROXY = 'example.test,api.github.test'
    const e = (await createTransport()(`http://api.github.test:${port}/`).catch(
      (x: unknown) => x
    )) as TypeError
    expect((e.cause as { code?: string }).code).toMatch(/^(ENOTFOUND|EAI_AGAIN)$/)
    expect(tunnels).toHaveLength(1)
  })
})
