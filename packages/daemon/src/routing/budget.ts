import { DEFAULT_BUDGET_WINDOW, DEFAULT_CLOUD_MAX_PER_MINUTE, DEFAULT_TAU_LOCAL } from './constants.js'

export interface CloudBudgetInit {
  /** The starting summon threshold τ_swarm. */
  tauSwarm: number
  /** The local threshold τ_local: the controller raises it, never lowers it, when the target needs more queries to reach the summon decision. Defaults to DEFAULT_TAU_LOCAL. */
  tauLocal?: number
  /** Share of queries the user wants answered by the cloud, in [0, 1]; unset keeps τ_local and τ_swarm fixed. */
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
  /** This node's model's calibrated confidence, when it answered on the way (what τ_local was held against). */
  local?: number
  escalated: boolean
}

/** The two thresholds the controller sets. */
export interface Thresholds {
  tauLocal: number
  tauSwarm: number
}

/** What a query's outcome counts for: one that may not leave the LAN could not have escalated, so its confidences do not steer the thresholds. */
export function budgetOutcome (outcome: BudgetOutcome, lanOnly: boolean): BudgetOutcome {
  return lanOnly ? { reached: false, escalated: false } : outcome
}

/**
 * Holds the cloud share near the user's target by setting τ_swarm, and τ_local when it must,
 * from the recent past.
 *
 * Over the last `window` queries, n in all, the target asks for s·n escalations. At the
 * starting τ_local, m of them would reach the summon decision (this node's model was less
 * confident than τ_local, or did not answer), with swarm confidences c₁…c_m. When s·n ≤ m,
 * τ_local holds and τ_swarm becomes the q-quantile of c₁…c_m, q = s·n/m: the least confident
 * swarm answers go to the cloud. When s·n > m, every query that reaches the decision must
 * escalate (τ_swarm EVERY, just above 1), and τ_local rises to the quantile of the local confidences that lets
 * s·n queries reach it: the cloud then also answers the queries this node's model was least
 * sure of. Every local confidence is seen whatever τ_local was, so any target from 0 to 1 is
 * reachable. The confidences of the next queries are not those of the last (the workload's mix
 * moves, and the online refit moves the maps), so what the last HISTORY_WINDOWS windows fell
 * short of the target (or beyond it) is added to s·n, at most a quarter of the window: a
 * drift, a rate cap, a failed summon or an audit is made up for. Until MIN_SAMPLES queries are recorded the starting thresholds hold.
 * Without a target, neither moves.
 */
export class CloudBudget {
  readonly targetShare?: number
  readonly cap: RateCap
  private readonly initial: Thresholds
  private readonly window: number
  private readonly recent: BudgetOutcome[] = []
  /** Whether each of the last HISTORY_WINDOWS windows' queries escalated: the shortfall the controller makes up. */
  private readonly history: boolean[] = []
  private total = { queries: 0, cloud: 0 }

  constructor (init: CloudBudgetInit) {
    if (init.targetShare != null && !(init.targetShare >= 0 && init.targetShare <= 1)) throw new RangeError(`the cloud target share must be in [0, 1], not ${init.targetShare}`)
    this.initial = { tauLocal: init.tauLocal ?? DEFAULT_TAU_LOCAL, tauSwarm: init.tauSwarm }
    this.targetShare = init.targetShare
    this.window = init.window ?? DEFAULT_BUDGET_WINDOW
    this.cap = new RateCap(init.maxPerMinute ?? DEFAULT_CLOUD_MAX_PER_MINUTE, init.now)
  }

  /** The summon threshold in force. */
  get tauSwarm (): number {
    return this.thresholds().tauSwarm
  }

  /** The local threshold in force. */
  get tauLocal (): number {
    return this.thresholds().tauLocal
  }

  /** Both thresholds in force, from the recent window. */
  thresholds (): Thresholds {
    const target = this.targetShare
    if (target == null || this.recent.length < MIN_SAMPLES) return { ...this.initial }
    // the confidences of the latest queries: those of the next are most like them
    const latest = this.recent.slice(-Math.max(MIN_SAMPLES, Math.ceil(this.window * LATEST_SHARE)))
    const n = latest.length
    // what the last few windows fell short of (or beyond) is made up over the next, a bounded amount at a time
    const escalated = this.history.filter(Boolean).length
    const shortfall = Math.max(-MAX_CATCH_UP, Math.min(MAX_CATCH_UP, (target * this.history.length - escalated) / this.window))
    const wanted = Math.max(0, (target + shortfall) * n)
    const start = this.initial.tauLocal
    const reaching = latest.filter(o => reaches(o, start))
    if (wanted <= reaching.length) {
      const confidences = reaching.filter(o => o.reached && o.confidence != null).map(o => o.confidence!).sort((a, b) => a - b)
      if (confidences.length === 0) return { ...this.initial }
      return { tauLocal: start, tauSwarm: below(confidences, wanted / reaching.length * confidences.length) }
    }
    // whatever reaches the decision escalates; τ_local lets enough reach it
    const always = latest.filter(o => o.local == null && o.reached).length
    const locals = latest.filter(o => o.local != null).map(o => o.local!).sort((a, b) => a - b)
    const k = Math.ceil(wanted) - always
    const tauLocal = k <= 0 ? start : k >= locals.length ? 1 : Math.max(start, locals[k])
    return { tauLocal, tauSwarm: EVERY }
  }

  /** Records how one query that could have gone to the cloud ended. */
  record (outcome: BudgetOutcome): void {
    this.total.queries++
    if (outcome.escalated) this.total.cloud++
    this.recent.push(outcome)
    if (this.recent.length > this.window) this.recent.shift()
    this.history.push(outcome.escalated)
    if (this.history.length > HISTORY_WINDOWS * this.window) this.history.shift()
  }

  /** The share achieved over the last `window` queries and since start. */
  status (): { targetShare: number | null, tauLocal: number, tauSwarm: number, windowShare: number | null, window: number, queries: number, cloudQueries: number, callsLeftThisMinute: number } {
    const n = this.recent.length
    const { tauLocal, tauSwarm } = this.thresholds()
    return {
      targetShare: this.targetShare ?? null,
      tauLocal,
      tauSwarm,
      windowShare: n > 0 ? this.recent.filter(o => o.escalated).length / n : null,
      window: n,
      queries: this.total.queries,
      cloudQueries: this.total.cloud,
      callsLeftThisMinute: this.cap.left()
    }
  }
}

/** Whether a query would have reached the summon decision with τ_local at `tauLocal`. */
function reaches (outcome: BudgetOutcome, tauLocal: number): boolean {
  return outcome.local != null ? outcome.local < tauLocal : outcome.reached
}

/**
 * The threshold below which `count` of the sorted confidences lie, as near as ties allow: a
 * vote that often lands on one value (a unanimous swarm's 1) escalates all of the tie or none,
 * whichever is nearer the count. Above the top value it is EVERY.
 */
function below (sorted: number[], count: number): number {
  const k = Math.floor(count)
  if (k >= sorted.length) return EVERY
  const value = sorted[k]
  const first = sorted.indexOf(value)
  const after = sorted.lastIndexOf(value) + 1
  if (count - first <= after - count) return value
  return after < sorted.length ? sorted[after] : EVERY
}

/** A τ_swarm that every swarm confidence falls short of, a unanimous 1 included: whatever reaches the summon decision escalates. */
export const EVERY = 1 + Number.EPSILON

/** Queries recorded before the target steers the thresholds. */
const MIN_SAMPLES = 10
/** The most of the shortfall or excess the controller makes up at once, as a share of the window. */
const MAX_CATCH_UP = 0.25
/** The share of the window whose confidences set the thresholds: the latest queries. */
const LATEST_SHARE = 0.25
/** Windows over which the shortfall or excess is counted. */
const HISTORY_WINDOWS = 3
