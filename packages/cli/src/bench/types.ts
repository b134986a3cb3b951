import type { WorkloadRow } from '@swarm-llm/daemon'

export type Route = 'local' | 'peers' | 'cloud'

/** One model's reply to one row, as the coordinator returned it. */
export interface Reply {
  text: string
  /** Calibrated confidence, from the receipt. */
  confidence: number
  /** From sending the request to reading the response, on the client. */
  latencyMs: number
  route: Route
  /** Prompt and completion tokens sent to the cloud. */
  cloudTokens: number
  /** Set when the coordinator's safety policy kept the prompt from this model: no answer, scored wrong. */
  withheld?: string
}

/** The full policy's reply (model "swarm"). */
export interface SwarmReply extends Reply {
  /** Time from request to receipt less the model generations on the path, from the receipt. */
  overheadMs: number
  lowConfidence: boolean
  degraded: string | null
}

/** A workload row may carry string tags (kind, phrasing, …) beside its fixed fields. */
export type BenchRow = WorkloadRow & Record<string, unknown>

export interface Sample {
  row: BenchRow
  /** Each model's reply by model id: every edge model and the cloud model. */
  replies: Record<string, Reply>
  /** The full policy's reply; only on the workload reported on. */
  swarm?: SwarmReply
}

/** The swarm the answers came from. */
export interface SwarmSetup {
  /** The coordinator's own model. */
  coordinator: string
  edges: string[]
  cloud: string
  /**
   * The policy in force at the coordinator when the bench began. With a cloud target share, the
   * router moves τ_swarm as it goes: this is where it started. Older saved runs lack the target.
   */
  policy: { tauLocal: number, tauSwarm: number, maxVoteWeight: number, cloudTargetShare?: number | null }
}

/** Everything the bench asked the swarm: enough to replay every router offline. */
export interface Collected {
  setup: SwarmSetup
  /** Rows of the workload thresholds are fitted on. */
  fit: Sample[]
  /** Rows of the workload reported on, with the full policy's replies. */
  scored: Sample[]
}
