import { randomUUID } from 'node:crypto'
import type { GenerateResult } from '../inference/types.js'
import { comparisonOf } from './aggregate.js'
import type { Comparison, Tally } from './aggregate.js'
import { budgetOutcome } from './budget.js'
import type { BudgetOutcome } from './budget.js'
import type { RouteOptions, RouterComponents } from './components.js'
import { AbortedError } from '../inference/errors.js'
import { NoSummonerError, QueryBudgetError } from './errors.js'
import { finish } from './receipt.js'
import type { FinishExtra } from './receipt.js'
import { redactTurns } from './redact.js'
import { score, voteOf } from './score.js'
import type { Scored } from './score.js'
import type { RouterSettings } from './settings.js'
import type { Answerer, PeerAnswer, Receipt, Route, RouteRequest, RoutedAnswer, VoteView } from './types.js'
import { countVotes } from './vote.js'

type Stage = 'safetyMs' | 'localMs' | 'collaborationMs' | 'summonMs'

/**
 * One query's way through the router: the stages it went through and the ballots it
 * gathered, and the moves every route is made of (ask the peers, summon the cloud, tally,
 * finish with a receipt). The screen, the policy and the named routes decide which moves.
 */
export class RouteRun {
  readonly id = randomUUID()
  readonly started = performance.now()
  readonly stages: Receipt['stages'] = { safetyMs: null, localMs: null, collaborationMs: null, summonMs: null, modelMs: 0, overheadMs: 0, totalMs: 0 }
  safety: Receipt['safety'] = null
  pii: Receipt['pii'] = { found: 0, types: [], redacted: false, keptInLan: false }
  /** May not leave the LAN: the client said so, the safety policy did, or personal data must stay. */
  lanOnly: boolean
  /** The route the client or the safety policy forced. */
  forced: Route | 'auto'
  /** Set when the safety policy chose the route, to say so in the receipt. */
  safetyReason?: string
  readonly votes: VoteView[] = []
  readonly ballots: Scored[] = []
  /** Peers whose answers were counted. */
  readonly peerNodes: string[] = []
  /** Generation time of the models on the path: this node's, the slowest peer's, the cloud's. */
  readonly modelMs = { local: 0, peers: 0, cloud: 0 }
  /** How this query stands with the cloud budget; recorded once it is answered. */
  outcome: BudgetOutcome = { reached: false, escalated: false }
  /** This node's model's calibrated confidence on the auto route, for the cloud budget's τ_local. */
  localConfidence?: number
  /** When this query's time budget ends, ms since the epoch on this machine's clock: every stage shares it. */
  readonly deadlineMs: number
  /** This node's own model failed (busy, context overflow, file gone): what the peers and the cloud then made up for. */
  localFailure?: Error
  /** Aborts when the client hangs up or the budget ends: what every stage's work is given. */
  readonly signal: AbortSignal
  /** The cloud checked an answer that would have stood, to label it. */
  audited = false

  constructor (
    readonly settings: RouterSettings,
    readonly components: RouterComponents,
    readonly request: RouteRequest,
    readonly options: RouteOptions
  ) {
    this.lanOnly = request.lanOnly === true
    this.forced = request.route ?? 'auto'
    this.deadlineMs = Date.now() + settings.queryBudgetMs
    const budget = AbortSignal.timeout(settings.queryBudgetMs)
    this.signal = options.signal != null ? AbortSignal.any([options.signal, budget]) : budget
  }

  /** What is left of the query's time budget, in ms. */
  remainingMs (): number {
    return this.deadlineMs - Date.now()
  }

  /** Whether the client hung up (not the budget). */
  get clientGone (): boolean {
    return this.options.signal?.aborted === true
  }

  /** Between stages: a query whose client hung up goes no further (no peer is asked, no cloud summoned). */
  checkClient (): void {
    if (this.clientGone) throw new AbortedError('the client hung up')
  }

  /** This node's name in ballots. */
  get self (): string {
    return this.components.nodeId() ?? 'self'
  }

  /** Notes how the query ended for the cloud budget. */
  record (outcome: BudgetOutcome): void {
    this.outcome = budgetOutcome({ ...outcome, local: this.localConfidence }, this.lanOnly)
  }

  /** Delivers a decided answer in one piece, and returns it. */
  emit (answer: RoutedAnswer): RoutedAnswer {
    this.emitWhole(answer.result)
    return answer
  }

  /** A finished generation in one piece: its thought, if any, then its answer. */
  emitWhole (result: GenerateResult): void {
    if (result.reasoning != null && result.reasoning !== '') this.options.onReasoning?.(result.reasoning)
    this.options.onText?.(result.text)
  }

  /** Weighs a result: remote nodes report their calibrated confidence; local ones get this model's calibration. */
  score (result: GenerateResult, answerer?: Answerer): Scored {
    return score(result, this.self, answerer)
  }

  async timed<T> (stage: Stage, work: () => Promise<T>): Promise<T> {
    const start = performance.now()
    try {
      return await work()
    } finally {
      this.stages[stage] = Math.round(performance.now() - start)
    }
  }

  /** This node's model answers, as a ballot of the vote. */
  async askLocal (local: Answerer): Promise<Scored> {
    const scored = await this.timed('localMs', async () => this.score(await local.backend.generate(this.request.generate, { signal: this.signal, deadlineMs: this.deadlineMs }), local))
    this.ballots.push(scored)
    this.modelMs.local = scored.result.timings.totalMs
    this.votes.push(voteOf(scored, 'ok', scored.result.timings.totalMs))
    return scored
  }

  /** Asks the peers (all, or `targets`) and adds their answers as ballots. */
  async collaborate (targets?: string[]): Promise<PeerAnswer[]> {
    const { peers } = this.components
    if (peers == null || this.remainingMs() <= 0) return []
    const answers = await this.timed('collaborationMs', async () => await peers.ask(this.request.generate, {
      signal: this.signal,
      deadlineMs: Date.now() + Math.min(this.settings.collaborationDeadlineMs, this.remainingMs()),
      lanOnly: this.lanOnly,
      targets,
      queryId: this.id
    }))
    for (const answer of answers) {
      if (answer.status === 'ok' && answer.result != null) {
        const scored = this.score(answer.result)
        this.ballots.push(scored)
        this.peerNodes.push(scored.node)
        this.modelMs.peers = Math.max(this.modelMs.peers, answer.result.timings.totalMs)
        this.votes.push(voteOf(scored, 'ok', answer.latencyMs))
      } else {
        this.votes.push({ node: answer.node, model: answer.model, status: answer.status, answer: null, confidence: null, weight: null, latencyMs: answer.latencyMs, error: answer.error })
      }
    }
    return answers
  }

  /** The ballots gathered so far, tallied; each vote gets its weight. */
  tally (): Tally {
    return countVotes(this.ballots, this.votes, { maxVoteWeight: this.settings.maxVoteWeight, reputation: this.components.reputation, maxUnprovenWeight: this.settings.maxUnprovenWeight, comparison: this.comparison })
  }

  /** How answers are compared: tool calls, JSON, or text, as the request asks for. */
  get comparison (): Comparison {
    return comparisonOf(this.request.generate)
  }

  /** A tally with no peer's answer in it is this node's answer alone. */
  swarmRoute (): Route {
    return this.peerNodes.length > 0 ? 'peers' : 'local'
  }

  /** Summons the cloud (`modelId`, or any), with personal data replaced by placeholders on the way out. */
  async cloud (modelId?: string): Promise<Scored> {
    const { summon } = this.components
    if (summon == null) throw new NoSummonerError()
    // personal data leaves as typed placeholders, and comes back in the answer the user sees
    const redaction = redactTurns(this.request.generate.messages)
    if (redaction.count > 0) this.pii.redacted = true
    if (this.remainingMs() <= 0) throw new QueryBudgetError(this.settings.queryBudgetMs, 'summon')
    return await this.timed('summonMs', async () => {
      const generate = this.request.generate
      // a raw prompt is the last turn's text: it leaves redacted too
      const prompt = generate.prompt != null ? { prompt: redaction.messages[redaction.messages.length - 1]?.content ?? '' } : {}
      try {
        const result = await summon.summon({ ...generate, messages: redaction.messages, ...prompt }, { signal: this.signal, deadlineMs: this.deadlineMs, modelId, queryId: this.id })
        return this.score({ ...result, text: redaction.restore(result.text), ...(result.toolCalls != null ? { toolCalls: result.toolCalls.map(c => ({ ...c, arguments: redaction.restore(c.arguments) })) } : {}) })
      } catch (err) {
        // the budget, not the client, stopped the summon: say so
        if (!this.clientGone && (this.signal.aborted || this.remainingMs() <= 0)) throw new QueryBudgetError(this.settings.queryBudgetMs, 'summon')
        throw err
      }
    })
  }

  finish (route: Route, scored: Scored, reason: string, extra: FinishExtra = {}): RoutedAnswer {
    return finish(this, route, scored, reason, extra)
  }
}
