import { DEFAULT_BUDGET_STEP, DEFAULT_BUDGET_WINDOW, DEFAULT_CLOUD_MAX_PER_MINUTE } from './constants.js'

export interface CloudBudgetInit {
  /** The starting summon threshold τ_swarm. */
  tauSwarm: number
  /** Share of queries the user wants answered by the cloud, in [0, 1]; unset keeps τ_swarm fixed. */
  targetShare?: number
  /** Defaults to DEFAULT_BUDGET_STEP. */
  step?: number
  /** Defaults to DEFAULT_BUDGET_WINDOW. */
  window?: number
  /** Hard cap on cloud calls in any 60 s. Defaults to DEFAULT_CLOUD_MAX_PER_MINUTE. */
  maxPerMinute?: number
  /** Clock, for tests. Defaults to Date.now. */
  now?: () => number
}

/** Cloud calls in a sliding minute: a hard cap, whatever the share. */
export class RateCap {
  private readonly calls: number[] = []

  constructor (readonly maxPerMinute: number, private readonly now: () => number = Date.now) {}

  /** Takes one call from the cap; false when the minute is full. */
  take (): boolean {
    const now = this.now()
    while (this.calls.length > 0 && this.calls[0] <= now - 60_000) this.calls.shift()
    if (this.calls.length >= this.maxPerMinute) return false
    this.calls.push(now)
    return true
  }

  /** Calls left in the current minute. */
  left (): number {
    const now = this.now()
    return Math.max(0, this.maxPerMinute - this.calls.filter(t => t > now - 60_000).length)
  }
}

/**
 * Holds the cloud share near the user's target by moving τ_swarm after every query that
 * could have gone to the cloud (a Robbins–Monro quantile tracker):
 *
 *   τ ← τ + step · (target − escalated)
 *
 * An escalation lowers τ by step · (1 − target), a query kept in the swarm raises it by
 * step · target, so τ settles where the long-run share of escalations equals the target.
 * Queries that stay local or that may not leave the LAN count as kept, since they spend
 * no budget either.
 */
export class CloudBudget {
  readonly targetShare?: number
  readonly cap: RateCap
  private tau: number
  private readonly step: number
  private readonly window: number
  private readonly recent: boolean[] = []
  private total = { queries: 0, cloud: 0 }

  constructor (init: CloudBudgetInit) {
    if (init.targetShare != null && !(init.targetShare >= 0 && init.targetShare <= 1)) throw new RangeError(`the cloud target share must be in [0, 1], not ${init.targetShare}`)
    this.tau = init.tauSwarm
    this.targetShare = init.targetShare
    this.step = init.step ?? DEFAULT_BUDGET_STEP
    this.window = init.window ?? DEFAULT_BUDGET_WINDOW
    this.cap = new RateCap(init.maxPerMinute ?? DEFAULT_CLOUD_MAX_PER_MINUTE, init.now)
  }

  /** The summon threshold in force. */
  get tauSwarm (): number {
    return this.tau
  }

  /** Records how one routed query ended, and adapts τ_swarm when a target is set. */
  record (escalated: boolean): void {
    this.total.queries++
    if (escalated) this.total.cloud++
    this.recent.push(escalated)
    if (this.recent.length > this.window) this.recent.shift()
    if (this.targetShare != null) {
      this.tau = Math.min(1, Math.max(0, this.tau + this.step * (this.targetShare - (escalated ? 1 : 0))))
    }
  }

  /** The share achieved over the last `window` queries and since start. */
  status (): { targetShare: number | null, tauSwarm: number, windowShare: number | null, window: number, queries: number, cloudQueries: number, callsLeftThisMinute: number } {
    const n = this.recent.length
    return {
      targetShare: this.targetShare ?? null,
      tauSwarm: this.tau,
      windowShare: n > 0 ? this.recent.filter(Boolean).length / n : null,
      window: n,
      queries: this.total.queries,
      cloudQueries: this.total.cloud,
      callsLeftThisMinute: this.cap.left()
    }
  }
}
