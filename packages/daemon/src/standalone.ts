import { appendFileSync } from 'node:fs'
import { createControlRoutes } from './api/control.js'
import { createOpenAIRoutes } from './api/openai.js'
import { createOllamaRoutes } from './api/ollama.js'
import { ApiServer } from './api/server.js'
import { createNodeRouter, loadNodeParts } from './assemble.js'
import type { NodeInit } from './assemble.js'
import { DEFAULT_API_HOST, DEFAULT_API_PORT, DEFAULT_MAX_REQUEST_BYTES } from './constants.js'
import { Counters } from './metrics.js'

export interface StandaloneInit extends NodeInit {
  /** Defaults to DEFAULT_API_HOST. */
  apiHost?: string
  /** Defaults to DEFAULT_API_PORT. */
  apiPort?: number
  /** When set, clients must send it as a bearer token. */
  apiKey?: string
  /** Append every request's model and messages to this JSONL file (to see what a cloud receives). Defaults to none. */
  requestLog?: string
}

export interface StandaloneServer {
  url: string
  models: string[]
  stop: () => Promise<void>
}

/**
 * A plain OpenAI-compatible server for the models of one machine, with no swarm: what
 * `swarm-llm serve` runs (the cloud stand-in, for instance). Clients name the model. It is
 * assembled by the same code as a daemon's (assemble.ts): the safety screening, personal-data
 * redaction on the way to a cloud model, and the trace all apply.
 */
export async function startStandaloneServer (init: StandaloneInit): Promise<StandaloneServer> {
  const parts = await loadNodeParts(init)
  const counters = new Counters()
  const router = createNodeRouter(init, parts, { nodeId: () => null, counters })
  const server = new ApiServer({ host: init.apiHost ?? DEFAULT_API_HOST, port: init.apiPort ?? DEFAULT_API_PORT, apiKey: init.apiKey }, {
    routes: {
      ...createControlRoutes({
        peerId: () => null,
        status: async () => ({ routing: router.status(), trace: parts.trace.path, counters: await counters.toJSON() }),
        counters,
        peers: () => [],
        trace: () => parts.trace
      }),
      ...createOllamaRoutes({ maxRequestBytes: DEFAULT_MAX_REQUEST_BYTES }, { router, counters }),
      ...createOpenAIRoutes({ maxRequestBytes: DEFAULT_MAX_REQUEST_BYTES }, {
        router,
        counters,
        onRequest: init.requestLog == null ? undefined : request => {
          appendFileSync(init.requestLog!, JSON.stringify({ time: new Date().toISOString(), model: request.model, messages: request.generate.messages }) + '\n')
        }
      })
    },
    counters
  })
  try {
    await server.start()
  } catch (err) {
    await parts.dispose()
    throw err
  }
  return {
    url: server.url,
    models: router.models().map(m => m.id),
    stop: async () => { await server.stop(); await parts.dispose() }
  }
}
