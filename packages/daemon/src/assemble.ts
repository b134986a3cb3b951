import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ModelInit, PolicyInit } from './config/index.js'
import { OnlineCalibration } from './calibration/online.js'
import { ONLINE_CALIBRATION_FILE } from './calibration/constants.js'
import { readCalibrationFile } from './inference/calibration.js'
import type { Calibration } from './inference/calibration.js'
import { loadBackends } from './inference/backends.js'
import type { Backends } from './inference/backends.js'
import type { Counters } from './metrics.js'
import type { RouterComponents } from './routing/components.js'
import { TRACE_FILE } from './routing/constants.js'
import type { VerdictSink } from './routing/judge.js'
import { Reputation } from './routing/reputation.js'
import { createRouter } from './routing/router.js'
import type { Router } from './routing/router.js'
import { TraceLog } from './routing/trace.js'
import type { CloudPath, PeerEmbedder, PeerPool } from './routing/types.js'
import { loadBuiltinClassifier } from './safety/builtin.js'
import { loadGuardClassifier } from './safety/guard.js'
import { parseSafetyPolicy } from './safety/policy.js'
import type { SafetyClassifier, SafetyPolicy } from './safety/types.js'

/** What a node that routes queries runs, swarm or not: `up` and `serve` alike. */
export interface NodeInit extends ModelInit, PolicyInit {
  /** Holds the trace and the online calibration. */
  dataDir: string
}

/** The parts of a routing node that hold memory or files: its models, safety classifier, trace, calibration and reputations. */
export interface NodeParts {
  backends: Backends
  /** The local model's online calibration; none without a local model. */
  calibration?: OnlineCalibration
  /** The peers' records with the cloud. */
  reputation: Reputation
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
  let calibration: OnlineCalibration | undefined
  try {
    const local = backends.local
    if (local != null) {
      if (init.calibration === 'none') local.calibration = undefined
      else if (init.calibration != null) local.calibration = await readCalibration(init.calibration)
      calibration = new OnlineCalibration({ path: join(init.dataDir, ONLINE_CALIBRATION_FILE), modelId: local.backend.info.modelId, online: init.onlineCalibration }, local)
      await calibration.load()
    }
    safety = init.guardModel != null ? await loadGuardClassifier({ modelPath: init.guardModel, format: init.guardFormat, threads: init.threads }) : await loadBuiltinClassifier()
  } catch (err) {
    await backends.dispose()
    throw err
  }
  const trace = new TraceLog({ path: join(init.dataDir, TRACE_FILE), prompts: init.tracePrompts, maxBytes: init.traceMaxBytes })
  return {
    backends,
    calibration,
    reputation: new Reputation(),
    safety,
    safetyPolicy,
    trace,
    dispose: async () => {
      await trace.flush()
      await calibration?.flush()
      await backends.dispose()
      await safety.dispose()
    }
  }
}

/** A calibration file named by the user: it must exist and be one. */
async function readCalibration (path: string): Promise<Calibration> {
  const calibration = await readCalibrationFile(path)
  if (calibration == null) throw new CalibrationFileMissingError(path)
  return calibration
}

/** The calibration file named with --calibration does not exist. */
export class CalibrationFileMissingError extends Error {
  static name = 'CalibrationFileMissingError'
  constructor (readonly path: string) {
    super(`no calibration file at ${path} (pass a file written by swarm-llm calibrate, or none)`)
    this.name = 'CalibrationFileMissingError'
  }
}

/** What the node's router reaches beyond its own parts. */
export interface NodeRouterComponents {
  /** The swarm's peers; none outside a swarm. */
  peers?: PeerPool
  /** Every summoner of the swarm; none outside a swarm. */
  summon?: CloudPath
  /** Takes the verdicts on the peers' answers to them; none outside a swarm. */
  verdicts?: VerdictSink
  /** Embeddings by the models other nodes run; none outside a swarm. */
  embedder?: PeerEmbedder
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
  parts.backends.local?.backend.addEventListener('gone', e => { components.counters.increment('model_gone', e.detail.change) })
  parts.trace.addEventListener('write-failed', e => { components.counters.increment('trace_write_failed', e.detail.code) })
  parts.trace.addEventListener('rotated', () => { components.counters.increment('trace_rotated') })
  const routerComponents: RouterComponents = {
    local: parts.backends.local,
    // in a swarm the cloud is reached through the summoners, this node among them
    cloud: inSwarm ? undefined : parts.backends.cloud,
    safety: parts.safety,
    peers: components.peers,
    summon: components.summon,
    trace: parts.trace,
    calibration: parts.calibration,
    reputation: parts.reputation,
    verdicts: components.verdicts,
    embedder: components.embedder,
    nodeId: components.nodeId,
    counters: components.counters
  }
  return createRouter({ ...init, swarm: inSwarm, sharePrompts: init.tracePrompts, safetyPolicy: parts.safetyPolicy, pii: init.pii }, routerComponents)
}
