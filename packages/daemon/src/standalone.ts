import { appendFileSync } from 'node:fs'
import { sendJson } from './api/http.js'
import { createOpenAIRoutes } from './api/openai.js'
import { ApiServer } from './api/server.js'
import { DEFAULT_API_HOST, DEFAULT_API_PORT, DEFAULT_MAX_REQUEST_BYTES } from './constants.js'
import { loadBackends } from './inference/backends.js'
import type { ModelInit } from './config/index.js'
import { Counters } from './metrics.js'
import { createRouter } from './routing/router.js'

export interface StandaloneInit extends ModelInit {
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
 * `swarm-llm serve` runs (the cloud stand-in, for instance). Clients name the model.
 */
export async function startStandaloneServer (init: StandaloneInit): Promise<StandaloneServer> {
  const backends = await loadBackends({
    local: init.model != null ? { modelPath: init.model, threads: init.threads, sequences: init.parallel } : undefined,
    cloud: init.cloudModel != null
      ? { baseURL: init.cloudBaseUrl ?? 'https://api.openai.com/v1', model: init.cloudModel, apiKey: init.cloudApiKey ?? 'none', timeoutMs: init.cloudTimeoutMs }
      : undefined
  })
  const counters = new Counters()
  const router = createRouter({ swarm: false }, { local: backends.local, cloud: backends.cloud, nodeId: () => null, counters })
  const server = new ApiServer({ host: init.apiHost ?? DEFAULT_API_HOST, port: init.apiPort ?? DEFAULT_API_PORT, apiKey: init.apiKey }, {
    routes: {
      '/health': { GET: (_req, res) => { sendJson(res, 200, { ok: true }) } },
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
    await backends.dispose()
    throw err
  }
  return {
    url: server.url,
    models: router.models().map(m => m.id),
    stop: async () => { await server.stop(); await backends.dispose() }
  }
}
