import type { Counters } from '../metrics.js'
import type { PeerEntry } from '../p2p/peer-table.js'
import type { Reputation } from '../routing/reputation.js'
import type { TraceLog } from '../routing/trace.js'
import { HttpError, sendJson } from './http.js'
import type { Routes } from './server.js'
import { peerView } from './views.js'

/** The slice of the daemon the control routes read. */
export interface ControlComponents {
  /** This node's peer id; null outside a swarm. */
  peerId: () => string | null
  /** The daemon's state, as `/status` shows it. */
  status: () => Promise<Record<string, unknown>>
  counters: Counters
  /** The peer table now. */
  peers: () => PeerEntry[]
  /** The peers' records with the cloud, shown with each peer. */
  reputation?: Reputation
  /** The trace of routed queries, when the daemon keeps one. */
  trace: () => TraceLog | undefined
}

/**
 * The routes for operators and tools, beside the OpenAI API: `/health`, `/status`,
 * `/metrics` (Prometheus text), `/peers`, and `/trace?id=` (one routed query's trace line).
 */
export function createControlRoutes (components: ControlComponents): Routes {
  const { counters } = components
  return {
    '/health': {
      GET: (_req, res) => {
        const peerId = components.peerId()
        sendJson(res, 200, peerId != null ? { ok: true, peerId } : { ok: true })
      }
    },
    '/status': { GET: async (_req, res) => { sendJson(res, 200, await components.status()) } },
    '/metrics': {
      GET: async (_req, res) => {
        const text = await counters.registry.metrics()
        res.writeHead(200, { 'content-type': counters.registry.contentType }).end(text)
      }
    },
    '/peers': { GET: (_req, res) => { sendJson(res, 200, components.peers().map(p => peerView(p, Date.now(), components.reputation?.view(p.peerId)))) } },
    '/trace': {
      GET: async (req, res) => {
        const id = new URL(req.url ?? '/', 'http://localhost').searchParams.get('id')
        if (id == null || id === '') throw new HttpError(400, 'invalid_request', 'GET /trace?id=QUERY_ID', 'invalid_request_error', 'id')
        const entry = await components.trace()?.find(id)
        if (entry == null) throw new HttpError(404, 'not_found', `no query ${id} in this node's trace`)
        sendJson(res, 200, entry)
      }
    }
  }
}
