import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Router } from '../routing/router.js'
import type { Routes } from './server.js'

/** How often the page gets the peer table and the cloud budget. Defaults to 2 s. */
export const DASHBOARD_REFRESH_MS = 2_000

const PAGE = new URL('../../assets/dashboard.html', import.meta.url)

export interface DashboardComponents {
  router: Pick<Router, 'recent' | 'addEventListener' | 'removeEventListener' | 'status'>
  /** The swarm as this node sees it: itself first, then its peers. */
  swarm: () => Promise<object>
}

/**
 * The dashboard: a page at `/` with no build step and no asset from the internet, and a
 * server-sent event stream at `/events` that feeds it the swarm, the routing decisions as
 * they happen and the cloud budget.
 */
export function createDashboardRoutes (components: DashboardComponents): Routes {
  let page: string | undefined
  return {
    '/': {
      GET: async (_req, res) => {
        page ??= await readFile(PAGE, 'utf8')
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(page)
      }
    },
    '/events': { GET: async (req, res) => { await stream(req, res, components) } }
  }
}

async function stream (req: IncomingMessage, res: ServerResponse, { router, swarm }: DashboardComponents): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
  const send = (event: string, data: unknown): void => { res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`) }
  const refresh = async (): Promise<void> => { send('swarm', await swarm()) }
  const onDecision = (e: CustomEvent): void => { send('decision', e.detail) }
  await refresh()
  for (const decision of router.recent) send('decision', decision)
  router.addEventListener('decision', onDecision)
  const timer = setInterval(() => { refresh().catch(() => {}) }, DASHBOARD_REFRESH_MS)
  await new Promise<void>(resolve => req.once('close', resolve))
  clearInterval(timer)
  router.removeEventListener('decision', onDecision)
}
