import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ModelInit, PolicyInit } from './config/index.js'
import { loadBackends } from './inference/backends.js'
import type { Backends } from './inference/backends.js'
import type { Counters } from './metrics.js'
import type { RouterComponents } from './routing/components.js'
import { TRACE_FILE } from './routing/constants.js'
import { createRouter } from './routing/router.js'
import type { Router } from './routing/router.js'
import { TraceLog } from './routing/trace.js'
import type { CloudPath, PeerPool } from './routing/types.js'
import { loadBuiltinClassifier } from './safety/builtin.js'
import { loadGuardClassifier } from './safety/guard.js'
import { parseSafetyPolicy } from './safety/policy.js'
import type { SafetyClassifier, SafetyPolicy } from './safety/types.js'

/** What a node that routes queries runs, swarm or not: `up` and `serve` alike. */
export interface NodeInit extends ModelInit, PolicyInit {
  /** Holds the trace. */
  dataDir: string
}

/** The parts of a routing node that hold memory or files: its models, safety classifier and trace. */
export interface NodeParts {
  backends: Backends
  safety: SafetyClassifier
  safetyPolicy?: SafetyPolicy
  trace: TraceLog
  /** Flushes the trace and frees the models and the classifier. */
  dispose: () => Promise<void>
}

/** Loads the models, the safety classifier (the guard model, or the built-in one) and the trace of a node. */
export async function loadNodeParts (init: NodeInit): Promise<NodeParts> {
  const safetyPolicy = init.safetyPolicy != null ? parseSafetyPolicy(init.safetyPolicy) : undefined
  await mkdir(init.dataDir, { recursive: true })
  const backends = await loadBackends({
    local: init.model != null ? { modelPath: init.model, threads: init.threads, sequences: init.parallel } : undefined,
    cloud: init.cloudModel != null
      ? { baseURL: init.cloudBaseUrl ?? 'https://api.openai.com/v1', model: init.cloudModel, apiKey: init.cloudApiKey ?? 'none', timeoutMs: init.cloudTimeoutMs }
      : undefined
  })
  let safety: SafetyClassifier
  try {
    safety = init.guardModel != null ? await loadGuardClassifier({ modelPath: init.guardModel, threads: init.threads }) : await loadBuiltinClassifier()
  } catch (err) {
    await backends.dispose()
    throw err
  }
  const trace = new TraceLog({ path: join(init.dataDir, TRACE_FILE), prompts: init.tracePrompts })
  return {
    backends,
    safety,
    safetyPolicy,
    trace,
    dispose: async () => {
      await trace.flush()
      await backends.dispose()
      await safety.dispose()
    }
  }
}

/** What the node's router reaches beyond its own parts. */
export interface NodeRouterComponents {
  /** The swarm's peers; none outside a swarm. */
  peers?: PeerPool
  /** Every summoner of the swarm; none outside a swarm. */
  summon?: CloudPath
  nodeId: () => string | null
  counters: Counters
}

/**
 * The router of a node, on its parts: safety screening, personal-data redaction and the
 * trace always; the `swarm` model when there are peers. Outside a swarm, clients name this
 * node's model or its cloud model.
 */
export function createNodeRouter (init: NodeInit, parts: NodeParts, components: NodeRouterComponents): Router {
  const inSwarm = components.peers != null
  const routerComponents: RouterComponents = {
    local: parts.backends.local,
    // in a swarm the cloud is reached through the summoners, this node among them
    cloud: inSwarm ? undefined : parts.backends.cloud,
    safety: parts.safety,
    peers: components.peers,
    summon: components.summon,
    trace: parts.trace,
    nodeId: components.nodeId,
    counters: components.counters
  }
  return createRouter({ ...init, swarm: inSwarm, sharePrompts: init.tracePrompts, safetyPolicy: parts.safetyPolicy, pii: init.pii }, routerComponents)
}
