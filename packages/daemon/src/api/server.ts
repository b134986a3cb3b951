import { timingSafeEqual } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { logger } from '@libp2p/logger'
import type { Counters } from '../metrics.js'
import { HttpError, sendError, sendJson } from './http.js'

const log = logger('swarm-llm:api')

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void
/** path -> method -> handler; a path ending in `/*` serves every path below it (`/v1/models/*`). */
export type Routes = Record<string, Partial<Record<string, Handler>>>

export interface ApiServerInit {
  host: string
  port: number
  /** When set, every route but /health needs `Authorization: Bearer <apiKey>`. */
  apiKey?: string
}

export interface ApiServerComponents {
  routes: Routes
  counters: Counters
}

function bearerMatches (header: string | undefined, key: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '')
  const expected = Buffer.from(key)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The daemon's HTTP API. Unknown paths get 404, wrong methods 405, failures a JSON error. */
export class ApiServer {
  private server?: Server

  constructor (private readonly init: ApiServerInit, private readonly components: ApiServerComponents) {}

  async start (): Promise<void> {
    const server = createServer((req, res) => { void this.handle(req, res) })
    this.server = server
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.init.port, this.init.host, () => { server.off('error', reject); resolve() })
    })
  }

  async stop (): Promise<void> {
    const server = this.server
    if (server == null) return
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => resolve()))
  }

  /** The bound address, e.g. `http://127.0.0.1:7700`. */
  get url (): string {
    const address = this.server?.address() as AddressInfo
    return `http://${address.address}:${address.port}`
  }

  /** The `/*` route serving a path, if any. */
  private patternOf (path: string): string | undefined {
    const slash = path.lastIndexOf('/')
    if (slash <= 0 || slash === path.length - 1) return undefined
    const pattern = `${path.slice(0, slash)}/*`
    return this.components.routes[pattern] != null ? pattern : undefined
  }

  private async handle (req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const path = url.pathname
    const method = req.method ?? 'GET'
    const pattern = this.components.routes[path] != null ? path : this.patternOf(path)
    // label by route, never by the raw path: junk paths must not make new series
    this.components.counters.increment('http_requests', pattern ?? 'other')
    try {
      // a browser cannot set headers on EventSource or a link: `?access_token=` does the same
      const token = req.headers.authorization ?? (url.searchParams.has('access_token') ? `Bearer ${url.searchParams.get('access_token') ?? ''}` : undefined)
      if (this.init.apiKey != null && path !== '/health' && !bearerMatches(token, this.init.apiKey)) {
        throw new HttpError(401, 'invalid_api_key', 'a valid API key is required (Authorization: Bearer ...)')
      }
      const route = pattern != null ? this.components.routes[pattern] : undefined
      if (route == null) throw new HttpError(404, 'not_found', `no route ${path}`)
      const handler = route[method]
      if (handler == null) {
        res.setHeader('allow', Object.keys(route).join(', '))
        throw new HttpError(405, 'method_not_allowed', `${method} is not allowed on ${path}`)
      }
      await handler(req, res)
    } catch (err) {
      const error = err instanceof HttpError ? err : new HttpError(500, 'internal_error', (err as Error).message, 'server_error')
      if (error.status >= 500) log.error('%s %s failed: %e', method, path, err)
      this.components.counters.increment('http_errors', String(error.status))
      if (res.headersSent) {
        res.end()
      } else {
        sendError(res, error)
      }
    }
  }
}
