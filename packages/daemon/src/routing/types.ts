import type { Calibration } from '../inference/calibration.js'
import type { EmbedResult, GenerateOptions, GenerateRequest, GenerateResult, InferenceBackend } from '../inference/types.js'

export type Route = 'local' | 'peers' | 'cloud'

/** A backend and what the router needs to weigh its answers. */
export interface Answerer {
  backend: InferenceBackend
  /** The model's calibration map; remote backends report calibrated confidences themselves. */
  calibration?: Calibration
}

/** What the router asks of the swarm's peers. */
export interface PeerPool {
  /**
   * Asks every live peer that hosts a model (or only `targets`) at once, and resolves with
   * their answers when each has answered or left, or when `deadlineMs` passes.
   */
  ask: (request: GenerateRequest, options: PeerAskOptions) => Promise<PeerAnswer[]>
  /** Models hosted by peers now, with the queue depth each node last announced (unknown: idle). */
  models: () => Array<{ modelId: string, node: string, queueDepth?: number }>
}

export interface PeerAskOptions {
  signal?: AbortSignal
  /** Absolute deadline, ms since the epoch. */
  deadlineMs: number
  lanOnly: boolean
  /** Peer ids asked; all model-hosting peers when unset. */
  targets?: string[]
  /** Id of the query, for traces and replay protection. */
  queryId: string
}

/** How a peer answered; `cancelled`: it had not when the client hung up, and was told to stop. */
export type PeerStatus = 'ok' | 'busy' | 'timeout' | 'context-overflow' | 'refused' | 'error' | 'left' | 'cancelled' | 'throttled'

export interface PeerAnswer {
  node: string
  model: string
  status: PeerStatus
  result?: GenerateResult
  error?: string
  latencyMs: number
}

/** What the router asks of the nodes that hold cloud credentials (this one included). */
export interface CloudPath {
  /** Cloud models reachable through the swarm now. */
  models: () => Array<{ modelId: string, node: string }>
  /**
   * Sends a query to the cloud through the least loaded summoner that offers `modelId` (any
   * when unset), failing over to the next; the result's `remote.node` names the summoner.
   * Throws NoSummonerError when none is left, CloudBudgetError when every one is capped.
   */
  summon: (request: GenerateRequest, options: GenerateOptions & { modelId?: string, queryId: string }) => Promise<GenerateResult>
}

/** Embeddings by a model another node runs (its own model, or the cloud model it holds the key for). */
export interface PeerEmbedder {
  /** Asks `node` for the embeddings of `inputs` by `modelId`; `node` may be this node. */
  embed: (node: string, modelId: string, inputs: string[], options: { signal?: AbortSignal, deadlineMs: number }) => Promise<EmbedResult>
}

/** An embedding request: the texts, and the model that embeds them (`swarm`: this node's model). */
export interface EmbedRouteRequest {
  model: string
  inputs: string[]
  /** Never leave the LAN. Defaults to false. */
  lanOnly?: boolean
}

/** Embeddings, and where they were made. */
export interface EmbedAnswer extends EmbedResult {
  route: Route
  /** Peer id of the node whose model made them (the summoner, for the cloud); null outside a swarm. */
  node: string | null
  /** Personal data replaced by placeholders before the inputs went to the cloud. */
  redacted: number
}

/** One model's answer as the receipt shows it. */
export interface VoteView {
  node: string
  model: string
  status: PeerStatus
  answer: string | null
  confidence: number | null
  weight: number | null
  latencyMs: number
  error?: string
}

/** How an answer was produced, why, and who took part. Sent to the client in every response. */
export interface Receipt {
  queryId: string
  route: Route
  /** Peer id of the coordinator: the daemon that received the query. Null outside a swarm. */
  node: string | null
  /** Peer id of the node whose model produced the answer (the summoner, for the cloud). */
  answeredBy: string | null
  model: string
  /** Confidence of the answer returned: the local model's, the swarm's, or the cloud model's. */
  confidence: number
  /** The answer fell short of every threshold and nothing better could be had. */
  lowConfidence: boolean
  /** Why this route, in words. */
  reason: string
  /** Why the route stopped short of the cloud when it should have summoned it. */
  degraded: 'lan-only' | 'no-summoner' | 'rate-cap' | 'cloud-failed' | 'deadline' | null
  uncertainty: { meanLogprob: number | null, minTokenProb: number, meanEntropy: number, tokenCount: number }
  votes: VoteView[]
  /** Share of the vote weight behind the answer, when peers voted. */
  agreement: number | null
  /** How the answers were compared: by text, by JSON with sorted keys, or by tool name and canonical arguments. */
  comparison: 'text' | 'json' | 'tool-call'
  thresholds: { local: number, swarm: number, targetShare: number | null }
  summoner: string | null
  cloudTokens: { prompt: number, completion: number }
  /** Tokens the answering model spent thinking before it answered (counted in its completion tokens too). */
  reasoningTokens: number
  /** Peers whose answers were counted. */
  peers: string[]
  timings: GenerateResult['timings']
  /** Milliseconds per stage; `overheadMs` is the total less the model generations on the path. */
  stages: { safetyMs: number | null, localMs: number | null, collaborationMs: number | null, summonMs: number | null, modelMs: number, overheadMs: number, totalMs: number }
  /** The safety classifier's verdict on the prompt and what the policy made of it; null when no classifier runs. */
  safety: { category: string, score: number, flagged: boolean, action: string, classifier: string } | null
  /** Personal data found in the query; `redacted` when it was replaced by placeholders before the cloud. */
  pii: { found: number, types: string[], redacted: boolean, keptInLan: boolean }
}

export interface RouteRequest {
  generate: GenerateRequest
  /** `swarm` lets the router decide; a model id routes to that model. */
  model: string
  /** Never leave the LAN. Defaults to false. */
  lanOnly?: boolean
  /** Force a route. Defaults to `auto`. */
  route?: Route | 'auto'
  /** `never-leaves-lan` keeps a query that holds personal data inside the swarm. Defaults to the node's setting. */
  pii?: PiiMode
}

/** What happens to personal data bound for the cloud: replaced by placeholders, or kept in the swarm with its query. */
export type PiiMode = 'redact' | 'never-leaves-lan'

export interface RoutedAnswer {
  text: string
  /** The chosen answer's generation: tokens (when local), usage and finish reason. */
  result: GenerateResult
  receipt: Receipt
}
