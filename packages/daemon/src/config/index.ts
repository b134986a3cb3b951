import { DEFAULT_MAX_MESSAGE_BYTES } from '@swarm-llm/protocol'
import { join } from 'node:path'
import { validateDaemonInit } from './schema.js'
import {
  DEFAULT_ANNOUNCE_INTERVAL_MS, DEFAULT_API_HOST, DEFAULT_API_PORT, DEFAULT_LISTEN, DEFAULT_MDNS_INTERVAL_MS,
  DEFAULT_PEER_QUERY_BURST, DEFAULT_PEER_QUERY_RATE, DEFAULT_PEER_TTL_MS, DEFAULT_REDIAL_INTERVAL_MS
} from '../constants.js'

/** The models a node runs itself. */
export interface ModelInit {
  /** GGUF file of the local model. Defaults to none: the node routes and relays only. */
  model?: string
  /** CPU threads for it. Defaults to the cores this process may use. */
  threads?: number
  /** Generations it runs at once. Defaults to 1. */
  parallel?: number
  /** OpenAI-compatible base URL of the cloud model. Defaults to OpenAI's. */
  cloudBaseUrl?: string
  /** The cloud model's name; setting it turns cloud access on. Defaults to none. */
  cloudModel?: string
  /** The cloud key: read once at the edge, never logged, gossiped or sent to peers. */
  cloudApiKey?: string
  /** Per cloud request attempt. Defaults to DEFAULT_CLOUD_TIMEOUT_MS. */
  cloudTimeoutMs?: number
}

/** The routing policy; every default lives in routing/constants.ts. */
export interface PolicyInit {
  /** τ_local. Defaults to DEFAULT_TAU_LOCAL. */
  tauLocal?: number
  /** τ_swarm at start. Defaults to DEFAULT_TAU_SWARM. */
  tauSwarm?: number
  /** Defaults to DEFAULT_COLLABORATION_DEADLINE_MS. */
  collaborationDeadlineMs?: number
  /** Defaults to DEFAULT_SUMMON_TIMEOUT_MS. */
  summonTimeoutMs?: number
  /** One time budget per query, shared by every stage (local, peers, summon, the cloud's retries). Defaults to DEFAULT_QUERY_BUDGET_MS. */
  queryBudgetMs?: number
  /** Defaults to DEFAULT_MAX_VOTE_WEIGHT. */
  maxVoteWeight?: number
  /** Target cloud share in [0, 1]; the router adapts τ_swarm to hold it. Defaults to none. */
  cloudTargetShare?: number
  /** Hard cap on cloud calls per minute. Defaults to DEFAULT_CLOUD_MAX_PER_MINUTE. */
  cloudMaxPerMinute?: number
  /** Keep prompt and answer texts in the trace. Defaults to true. */
  tracePrompts?: boolean
  /** Size at which the trace file is rotated. Defaults to DEFAULT_TRACE_MAX_BYTES. */
  traceMaxBytes?: number
  /** Wait before answering peers, to play a slow machine. Defaults to 0. */
  answerDelayMs?: number
  /** Actions per unsafe category, e.g. "self-harm=answer,privacy=local-only", over DEFAULT_SAFETY_POLICY. Defaults to none. */
  safetyPolicy?: string
  /** A GGUF guard model (Llama Guard 3, ShieldGemma, Qwen3Guard-Gen or this project's format) that replaces the built-in safety classifier. Defaults to none. */
  guardModel?: string
  /** The guard model's prompt and verdict format, or `auto` to read it from the GGUF's chat template and name. Defaults to `auto`. */
  guardFormat?: 'auto' | 'swarm' | 'llama-guard-3' | 'shieldgemma' | 'qwen3guard'
  /** Personal data bound for the cloud: `redact` it, or keep such queries in the swarm (`never-leaves-lan`). Defaults to `redact`. */
  pii?: 'redact' | 'never-leaves-lan'
  /** A calibration file for the local model instead of the one beside it, or `none` to start with no map. Defaults to the one beside the model. */
  calibration?: string
  /** Refit the local model's map on the cloud's verdicts, in the data directory. Defaults to true. */
  onlineCalibration?: boolean
  /** Most of the recent queries that may be cloud audits of answers that would have stood. Defaults to DEFAULT_AUDIT_SHARE. */
  auditShare?: number
  /** Most the votes of all unproven peers weigh together. Defaults to DEFAULT_MAX_UNPROVEN_WEIGHT. */
  maxUnprovenWeight?: number
  /** Generations running or queued here past which a `swarm` query goes to one peer that announced a shorter queue, before this node's model. Defaults to DEFAULT_SPILL_QUEUE_DEPTH. */
  spillQueueDepth?: number
}

/** Everything a daemon needs, as the CLI resolves it from flags, a config file and the environment. */
export interface DaemonInit extends ModelInit, PolicyInit {
  /** Holds the node identity and lock. */
  dataDir: string
  /** Swarm key file made by `swarm-llm keygen`. Defaults to `<dataDir>/swarm.key`. */
  swarmKeyFile?: string
  /** libp2p listen multiaddrs. Defaults to [DEFAULT_LISTEN]. */
  listen?: string[]
  /** Multiaddrs to dial, for networks without multicast. Defaults to none. */
  bootstrap?: string[]
  /** Discover peers by mDNS. Defaults to true. */
  mdns?: boolean
  /** Defaults to DEFAULT_MDNS_INTERVAL_MS. */
  mdnsIntervalMs?: number
  /** Control API host. Defaults to DEFAULT_API_HOST (loopback). */
  apiHost?: string
  /** Control API port; 0 picks a free one. Defaults to DEFAULT_API_PORT. */
  apiPort?: number
  /**
   * Bearer token every API route but /health requires. Required when `apiHost` is not a
   * loopback address, so a daemon is never open to the LAN by accident. Defaults to none.
   */
  apiKey?: string
  /** Defaults to DEFAULT_ANNOUNCE_INTERVAL_MS. */
  announceIntervalMs?: number
  /** Defaults to DEFAULT_PEER_TTL_MS. */
  peerTtlMs?: number
  /** Defaults to DEFAULT_REDIAL_INTERVAL_MS. */
  redialIntervalMs?: number
  /** Defaults to DEFAULT_MAX_MESSAGE_BYTES. */
  maxMessageBytes?: number
  /** Queries (and, apart, summon requests) per second accepted from one member, on average. Defaults to DEFAULT_PEER_QUERY_RATE. */
  peerQueryRate?: number
  /** How many of them one member may send at once. Defaults to DEFAULT_PEER_QUERY_BURST. */
  peerQueryBurst?: number
}

type NetworkKeys = 'dataDir' | 'swarmKeyFile' | 'listen' | 'bootstrap' | 'mdns' | 'mdnsIntervalMs' | 'apiHost' | 'apiPort' | 'announceIntervalMs' | 'peerTtlMs' | 'redialIntervalMs' | 'maxMessageBytes' | 'peerQueryRate' | 'peerQueryBurst'

/** Network settings filled in; model and policy options stay optional (their owners hold the defaults). */
export type ResolvedDaemonInit = Required<Pick<DaemonInit, NetworkKeys>> & Pick<DaemonInit, 'apiKey'> & ModelInit & PolicyInit

/** Fills every default. */
export function resolveDaemonInit (init: DaemonInit): ResolvedDaemonInit {
  validateDaemonInit(init)
  const positive = (name: string, value: number): number => {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number, not ${value}`)
    return value
  }
  const apiPort = init.apiPort ?? DEFAULT_API_PORT
  const apiHost = init.apiHost ?? DEFAULT_API_HOST
  if (!isLoopback(apiHost) && (init.apiKey == null || init.apiKey === '')) {
    throw new ApiKeyRequiredError(apiHost)
  }
  if (!Number.isInteger(apiPort) || apiPort < 0 || apiPort > 65535) throw new RangeError(`apiPort must be 0..65535, not ${apiPort}`)
  return {
    ...init,
    dataDir: init.dataDir,
    swarmKeyFile: init.swarmKeyFile ?? join(init.dataDir, 'swarm.key'),
    listen: init.listen?.length ? init.listen : [DEFAULT_LISTEN],
    bootstrap: init.bootstrap ?? [],
    mdns: init.mdns ?? true,
    mdnsIntervalMs: positive('mdnsIntervalMs', init.mdnsIntervalMs ?? DEFAULT_MDNS_INTERVAL_MS),
    apiHost,
    apiPort,
    announceIntervalMs: positive('announceIntervalMs', init.announceIntervalMs ?? DEFAULT_ANNOUNCE_INTERVAL_MS),
    peerTtlMs: positive('peerTtlMs', init.peerTtlMs ?? DEFAULT_PEER_TTL_MS),
    redialIntervalMs: positive('redialIntervalMs', init.redialIntervalMs ?? DEFAULT_REDIAL_INTERVAL_MS),
    maxMessageBytes: positive('maxMessageBytes', init.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES),
    peerQueryRate: positive('peerQueryRate', init.peerQueryRate ?? DEFAULT_PEER_QUERY_RATE),
    peerQueryBurst: positive('peerQueryBurst', init.peerQueryBurst ?? DEFAULT_PEER_QUERY_BURST)
  }
}

export { CONFIG_FIELDS, ConfigError, configFileIssues, daemonInitSchema, describeIssue, textIssues, validateDaemonInit } from './schema.js'
export type { ConfigIssue, ConfigKey } from './schema.js'

/** Whether an API host only answers this machine. */
export function isLoopback (host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** The API would listen beyond loopback with no key: anyone on the LAN could use the models and the cloud budget. */
export class ApiKeyRequiredError extends Error {
  static name = 'ApiKeyRequiredError'
  constructor (host: string) {
    super(`the API would listen on ${host}, beyond this machine, with no key: anyone on the network could use its models and cloud budget. Set --api-key (or SWARM_LLM_API_KEY), or keep the default --api-host 127.0.0.1`)
    this.name = 'ApiKeyRequiredError'
  }
}
