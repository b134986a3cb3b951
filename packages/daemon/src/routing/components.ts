import type { OnlineCalibration } from '../calibration/online.js'
import type { Counters } from '../metrics.js'
import type { SafetyClassifier } from '../safety/types.js'
import type { VerdictSink } from './judge.js'
import type { Reputation } from './reputation.js'
import type { TraceLog } from './trace.js'
import type { Answerer, CloudPath, PeerEmbedder, PeerPool } from './types.js'

/** The slice of the daemon the router uses. */
export interface RouterComponents {
  /** This node's own model. */
  local?: Answerer
  /** This node's own cloud model, when it holds credentials; only for clients that name it. */
  cloud?: Answerer
  peers?: PeerPool
  /** Every summoner of the swarm, this node included. */
  summon?: CloudPath
  /** Embeddings by the models other nodes run. */
  embedder?: PeerEmbedder
  /** Judges every prompt before a route is chosen. */
  safety?: SafetyClassifier
  trace?: TraceLog
  /** This node's model's online calibration: the cloud's verdicts on its answers go there. */
  calibration?: OnlineCalibration
  /** The peers' records with the cloud, which scale their votes. */
  reputation?: Reputation
  /** Takes the verdicts on the peers' answers to them. */
  verdicts?: VerdictSink
  /** This node's peer id; null outside a swarm. */
  nodeId: () => string | null
  counters: Counters
}

export interface RouteOptions {
  signal?: AbortSignal
  /**
   * Text as it is generated, when the route is known before generation (a named model);
   * otherwise the chosen answer in one piece once the router has decided.
   */
  onText?: (delta: string) => void
  /** A reasoning model's thought, delivered as `onText` delivers the answer (and before it). */
  onReasoning?: (delta: string) => void
}
