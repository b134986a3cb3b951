/**
 * Routing: for each query, answer locally, collaborate with peers, or summon the cloud.
 *
 * @example
 * ```ts
 * const router = createRouter({ tauLocal: 0.8, tauSwarm: 0.6 }, { local, peers, summon, nodeId, counters })
 * const { text, receipt } = await router.answer({ model: 'swarm', generate: { messages } })
 * ```
 */
export * from './constants.js'
export * from './errors.js'
export * from './types.js'
export { answerKey, tally, REFUSAL_KEY } from './aggregate.js'
export type { Ballot, Tally } from './aggregate.js'
export { CloudBudget, RateCap } from './budget.js'
export { Router, createRouter, REFUSAL_TEXT } from './router.js'
export type { RouterInit, RouterComponents, RouteOptions, RouterEvents, Decision } from './router.js'
export { TraceLog } from './trace.js'
export type { TraceEntry } from './trace.js'
export { Reputation } from './reputation.js'
export type { ReputationView } from './reputation.js'
export { AuditBudget } from './audit.js'
export { agreesWith } from './judge.js'
export type { Judgement, VerdictSink } from './judge.js'
