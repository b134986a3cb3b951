import { DEFAULT_BUDGET_WINDOW, DEFAULT_CLOUD_MAX_PER_MINUTE } from './constants.js'

export interface CloudBudgetInit {
  /** The starting summon threshold τ_swarm. */
  tauSwarm: number
  /** Share of queries the user wants answered by the cloud, in [0, 1]; unset keeps τ_swarm fixed. */
  targetShare?: number
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

/** How one query that could have gone to the cloud ended. */
export interface BudgetOutcome {
  /** It got as far as the summon decision (neither the local model nor a forced route settled it). */
  reached: boolean
  /** The swarm's confidence at that decision. */
  confidence?: number
  escalated: boolean
}

/** What a query's outcome counts for: one that may not leave the LAN could not have escalated, so its confidence does not steer τ_swarm. */
export function budgetOutcome (outcome: BudgetOutcome, lanOnly: boolean): BudgetOutcome {
  return lanOnly ? { reached: false, escalated: false } : outcome
}

/**
 * Holds the cloud share near the user's target by setting τ_swarm from the recent past.
 *
 * Over the last `window` queries, n in all, m reached the summon decision with swarm
 * confidences c₁…c_m. To send a share s of all queries to the cloud, the router must
 * escalate a share q = s·n/m of those that reach it, the least confident ones; so τ_swarm
 * becomes the q-quantile of c₁…c_m. Until MIN_SAMPLES queries have reached the decision, the
 * starting τ_swarm holds. Without a target, τ_swarm never moves.
 */
export class CloudBudget {
  readonly targetShare?: number
  readonly cap: RateCap
  private readonly initialTau: number
  private readonly window: number
  private readonly recent: BudgetOutcome[] = []
  private total = { queries: 0, cloud: 0 }

  constructor (init: CloudBudgetInit) {
    if (init.targetShare != null && !(init.targetShare >= 0 && init.targetShare <= 1)) throw new RangeError(`the cloud target share must be in [0, 1], not ${init.targetShare}`)
    this.initialTau = init.tauSwarm
    this.targetShare = init.targetShare
    this.window = init.window ?? DEFAULT_BUDGET_WINDOW
    this.cap = new RateCap(init.maxPerMinute ?? DEFAULT_CLOUD_MAX_PER_MINUTE, init.now)
  }

  /** The summon threshold in force. */
  get tauSwarm (): number {
    if (this.targetShare == null) return this.initialTau
    const reached = this.recent.filter(o => o.reached && o.confidence != null).map(o => o.confidence!).sort((a, b) => a - b)
    if (reached.length < MIN_SAMPLES) return this.initialTau
    const q = Math.min(1, this.targetShare * this.recent.length / reached.length)
    const k = Math.floor(q * reached.length)
    // escalate when below τ: k of the m recent confidences lie below reached[k]
    return k >= reached.length ? 1 : reached[k]
  }

  /** Records how one query that could have gone to the cloud ended. */
  record (outcome: BudgetOutcome): void {
    this.total.queries++
    if (outcome.escalated) this.total.cloud++
    this.recent.push(outcome)
    if (this.recent.length > this.window) this.recent.shift()
  }

  /** The share achieved over the last `window` queries and since start. */
  status (): { targetShare: number | null, tauSwarm: number, windowShare: number | null, window: number, queries: number, cloudQueries: number, callsLeftThisMinute: number } {
    const n = this.recent.length
    return {
      targetShare: this.targetShare ?? null,
      tauSwarm: this.tauSwarm,
      windowShare: n > 0 ? this.recent.filter(o => o.escalated).length / n : null,
      window: n,
      queries: this.total.queries,
      cloudQueries: this.total.cloud,
      callsLeftThisMinute: this.cap.left()
    }
  }
}

/** Queries that must reach the summon decision before the target steers τ_swarm. */
const MIN_SAMPLES = 10
