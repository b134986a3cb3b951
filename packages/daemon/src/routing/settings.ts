import { CloudBudget } from './budget.js'
import { AuditBudget } from './audit.js'
import { DEFAULT_AUDIT_SHARE, DEFAULT_AUDIT_UNTIL_LABELS, DEFAULT_COLLABORATION_DEADLINE_MS, DEFAULT_MAX_UNPROVEN_WEIGHT, DEFAULT_MAX_VOTE_WEIGHT, DEFAULT_QUERY_BUDGET_MS, DEFAULT_SPILL_QUEUE_DEPTH, DEFAULT_TAU_LOCAL, DEFAULT_TAU_SWARM } from './constants.js'
import { DEFAULT_SAFETY_POLICY } from '../safety/constants.js'
import type { SafetyPolicy } from '../safety/types.js'
import type { PiiMode } from './types.js'

export interface RouterInit {
  /** τ_local at start; the budget controller raises it when a target share needs more queries to reach the cloud. Defaults to DEFAULT_TAU_LOCAL. */
  tauLocal?: number
  /** τ_swarm at start; the budget controller moves it when a target share is set. Defaults to DEFAULT_TAU_SWARM. */
  tauSwarm?: number
  /** Defaults to DEFAULT_COLLABORATION_DEADLINE_MS. */
  collaborationDeadlineMs?: number
  /** Defaults to DEFAULT_MAX_VOTE_WEIGHT. */
  maxVoteWeight?: number
  /** One time budget per query, shared by every stage. Defaults to DEFAULT_QUERY_BUDGET_MS. */
  queryBudgetMs?: number
  /** Queue depth of this node's model past which a `swarm` query goes first to one peer that announced a shorter queue. Defaults to DEFAULT_SPILL_QUEUE_DEPTH. */
  spillQueueDepth?: number
  /** Target cloud share in [0, 1]. Defaults to none: τ_local and τ_swarm stay fixed. */
  cloudTargetShare?: number
  /** Hard cap on cloud calls this node asks for per minute. Defaults to DEFAULT_CLOUD_MAX_PER_MINUTE. */
  cloudMaxPerMinute?: number
  /** Offer the `swarm` model and the peers' models. Defaults to true when peers are given. */
  swarm?: boolean
  /** Put prompts in `decision` events (the dashboard's feed). Defaults to true. */
  sharePrompts?: boolean
  /** What a flagged prompt of each category gets. Defaults to DEFAULT_SAFETY_POLICY. */
  safetyPolicy?: SafetyPolicy
  /** Personal data bound for the cloud. Defaults to `redact`. */
  pii?: PiiMode
  /** Most the votes of all unproven peers weigh together. Defaults to DEFAULT_MAX_UNPROVEN_WEIGHT. */
  maxUnprovenWeight?: number
  /** Most of the recent queries that may be audits by the cloud. Defaults to DEFAULT_AUDIT_SHARE. */
  auditShare?: number
  /** Labels this node's map needs before its confident answers are no longer audited. Defaults to DEFAULT_AUDIT_UNTIL_LABELS. */
  auditUntilLabels?: number
}

/** A router's options with their defaults filled in: what every query's run reads. */
export interface RouterSettings {
  /** τ_local at start: the one in force is `budget.tauLocal`. */
  readonly tauLocal: number
  /** Holds the thresholds in force and the cloud call cap. */
  readonly budget: CloudBudget
  readonly collaborationDeadlineMs: number
  readonly maxVoteWeight: number
  readonly queryBudgetMs: number
  readonly spillQueueDepth: number
  readonly swarm: boolean
  readonly sharePrompts: boolean
  readonly safetyPolicy: SafetyPolicy
  readonly pii: PiiMode
  readonly maxUnprovenWeight: number
  readonly audits: AuditBudget
  readonly auditUntilLabels: number
}

/** Fills in the defaults and checks that every threshold is in [0, 1]. */
export function resolveRouterSettings (init: RouterInit, hasPeers: boolean): RouterSettings {
  const settings: RouterSettings = {
    sharePrompts: init.sharePrompts ?? true,
    safetyPolicy: init.safetyPolicy ?? { ...DEFAULT_SAFETY_POLICY },
    pii: init.pii ?? 'redact',
    tauLocal: init.tauLocal ?? DEFAULT_TAU_LOCAL,
    budget: new CloudBudget({ tauLocal: init.tauLocal ?? DEFAULT_TAU_LOCAL, tauSwarm: init.tauSwarm ?? DEFAULT_TAU_SWARM, targetShare: init.cloudTargetShare, maxPerMinute: init.cloudMaxPerMinute }),
    collaborationDeadlineMs: init.collaborationDeadlineMs ?? DEFAULT_COLLABORATION_DEADLINE_MS,
    maxVoteWeight: init.maxVoteWeight ?? DEFAULT_MAX_VOTE_WEIGHT,
    queryBudgetMs: init.queryBudgetMs ?? DEFAULT_QUERY_BUDGET_MS,
    spillQueueDepth: init.spillQueueDepth ?? DEFAULT_SPILL_QUEUE_DEPTH,
    swarm: init.swarm ?? hasPeers,
    maxUnprovenWeight: init.maxUnprovenWeight ?? DEFAULT_MAX_UNPROVEN_WEIGHT,
    audits: new AuditBudget(init.auditShare ?? DEFAULT_AUDIT_SHARE),
    auditUntilLabels: init.auditUntilLabels ?? DEFAULT_AUDIT_UNTIL_LABELS
  }
  for (const [name, value] of [['tauLocal', settings.tauLocal], ['tauSwarm', settings.budget.tauSwarm], ['maxVoteWeight', settings.maxVoteWeight], ['maxUnprovenWeight', settings.maxUnprovenWeight]] as const) {
    if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be in [0, 1], not ${value}`)
  }
  return settings
}
