import { randomUUID } from 'node:crypto'
import { logger } from '@libp2p/logger'
import { TypedEventEmitter } from 'main-event'
import { confidenceCeiling, confidenceOf } from '../inference/calibration.js'
import { uncertaintyOf } from '../inference/uncertainty.js'
import type { UncertaintyFigures } from '../inference/uncertainty.js'
import type { GenerateOptions, GenerateResult } from '../inference/types.js'
import type { Counters } from '../metrics.js'
import { tally } from './aggregate.js'
import type { Ballot, Tally } from './aggregate.js'
import { CloudBudget } from './budget.js'
import type { BudgetOutcome } from './budget.js'
import { DEFAULT_COLLABORATION_DEADLINE_MS, DEFAULT_MAX_VOTE_WEIGHT, DEFAULT_TAU_LOCAL, DEFAULT_TAU_SWARM, SWARM_MODEL_ID } from './constants.js'
import { CloudBudgetError, NoAnswerError, NoSummonerError, RouteUnavailableError, UnknownModelError } from './errors.js'
import type { TraceLog } from './trace.js'
import { safetyAction } from '../safety/policy.js'
import { DEFAULT_SAFETY_POLICY } from '../safety/constants.js'
import { detectPii } from '../safety/pii/detect.js'
import { redactPii } from '../safety/pii/redact.js'
import type { SafetyAction, SafetyClassifier, SafetyPolicy } from '../safety/types.js'
import type { ChatTurn } from '../inference/types.js'
import type { Answerer, CloudPath, PeerAnswer, PeerPool, PiiMode, Receipt, Route, RouteRequest, RoutedAnswer, VoteView } from './types.js'

const log = logger('swarm-llm:routing')

/** Decisions a router remembers for dashboards. */
const RECENT_DECISIONS = 50

export interface RouterInit {
  /** τ_local. Defaults to DEFAULT_TAU_LOCAL. */
  tauLocal?: number
  /** τ_swarm at start; the budget controller moves it when a target share is set. Defaults to DEFAULT_TAU_SWARM. */
  tauSwarm?: number
  /** Defaults to DEFAULT_COLLABORATION_DEADLINE_MS. */
  collaborationDeadlineMs?: number
  /** Defaults to DEFAULT_MAX_VOTE_WEIGHT. */
  maxVoteWeight?: number
  /** Target cloud share in [0, 1]. Defaults to none: τ_swarm stays fixed. */
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
}

/** The slice of the daemon the router uses. */
export interface RouterComponents {
  /** This node's own model. */
  local?: Answerer
  /** This node's own cloud model, when it holds credentials; only for clients that name it. */
  cloud?: Answerer
  peers?: PeerPool
  /** Every summoner of the swarm, this node included. */
  summon?: CloudPath
  /** Judges every prompt before a route is chosen. */
  safety?: SafetyClassifier
  trace?: TraceLog
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

/** A model's answer, weighed. */
interface Scored {
  node: string
  model: string
  result: GenerateResult
  confidence: number
  figures: UncertaintyFigures
}

/**
 * Decides, for each query, whether this node answers alone, with its peers, or through the
 * cloud, and runs that route:
 *
 * 1. the local model answers; if its calibrated confidence is at least τ_local, done;
 * 2. otherwise every live peer that hosts a model is asked at once, until each has answered
 *    or left, or the collaboration deadline passes;
 * 3. the answers are tallied by confidence-weighted vote; if the swarm's confidence is at
 *    least τ_swarm, the winner is the answer;
 * 4. otherwise the cloud is summoned through the least loaded node that holds credentials;
 * 5. failing that (LAN-only, no summoner, cap reached, cloud error) the best swarm answer is
 *    returned, marked low-confidence.
 *
 * A client that names a model (not `swarm`) gets that model, wherever it runs.
 */
export interface RouterEvents {
  /** A query was routed: its receipt, and its prompt unless prompts are kept out of traces. */
  decision: CustomEvent<Decision>
}

export interface Decision {
  time: string
  prompt?: string
  receipt: Receipt
}

export class Router extends TypedEventEmitter<RouterEvents> {
  readonly tauLocal: number
  /** The last RECENT_DECISIONS decisions, oldest first, for a dashboard that just connected. */
  readonly recent: Decision[] = []
  readonly budget: CloudBudget
  private readonly collaborationDeadlineMs: number
  private readonly maxVoteWeight: number
  private readonly swarm: boolean

  private readonly sharePrompts: boolean
  readonly safetyPolicy: SafetyPolicy
  readonly pii: PiiMode

  constructor (init: RouterInit, private readonly components: RouterComponents) {
    super()
    this.sharePrompts = init.sharePrompts ?? true
    this.safetyPolicy = init.safetyPolicy ?? { ...DEFAULT_SAFETY_POLICY }
    this.pii = init.pii ?? 'redact'
    this.tauLocal = init.tauLocal ?? DEFAULT_TAU_LOCAL
    this.budget = new CloudBudget({ tauSwarm: init.tauSwarm ?? DEFAULT_TAU_SWARM, targetShare: init.cloudTargetShare, maxPerMinute: init.cloudMaxPerMinute })
    this.collaborationDeadlineMs = init.collaborationDeadlineMs ?? DEFAULT_COLLABORATION_DEADLINE_MS
    this.maxVoteWeight = init.maxVoteWeight ?? DEFAULT_MAX_VOTE_WEIGHT
    this.swarm = init.swarm ?? components.peers != null
    for (const [name, value] of [['tauLocal', this.tauLocal], ['tauSwarm', this.budget.tauSwarm], ['maxVoteWeight', this.maxVoteWeight]] as const) {
      if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be in [0, 1], not ${value}`)
    }
  }

  /** Every model a client may name: `swarm`, this node's, the peers', and the cloud's. */
  models (): Array<{ id: string, ownedBy: string, nodes: string[] }> {
    const byId = new Map<string, { id: string, ownedBy: string, nodes: Set<string> }>()
    const add = (id: string, ownedBy: string, node: string | null): void => {
      const entry = byId.get(id) ?? { id, ownedBy, nodes: new Set<string>() }
      byId.set(id, entry)
      if (node != null) entry.nodes.add(node)
    }
    const self = this.components.nodeId()
    if (this.swarm) add(SWARM_MODEL_ID, 'swarm-llm', self)
    if (this.components.local != null) add(this.components.local.backend.info.modelId, 'swarm-llm', self)
    if (this.swarm) for (const m of this.components.peers?.models() ?? []) add(m.modelId, 'swarm-llm', m.node)
    if (this.components.cloud != null) add(this.components.cloud.backend.info.modelId, 'cloud', self)
    if (this.swarm) for (const m of this.components.summon?.models() ?? []) add(m.modelId, 'cloud', m.node)
    return [...byId.values()].map(e => ({ id: e.id, ownedBy: e.ownedBy, nodes: [...e.nodes] }))
  }

  /** The routing state for /status. */
  status (): Record<string, unknown> {
    return {
      tauLocal: this.tauLocal,
      // what this node's model gives a fully certain answer: a τ_local above it answers nothing locally
      localConfidenceCeiling: this.components.local != null ? confidenceCeiling(this.components.local.calibration) : null,
      collaborationDeadlineMs: this.collaborationDeadlineMs,
      maxVoteWeight: this.maxVoteWeight,
      safety: { classifier: this.components.safety?.name ?? null, policy: this.safetyPolicy },
      pii: this.pii,
      cloud: this.budget.status()
    }
  }

  async answer (request: RouteRequest, options: RouteOptions = {}): Promise<RoutedAnswer> {
    const run = new RouteRun(this, this.components, request, options)
    const { counters } = this.components
    try {
      const auto = request.model === SWARM_MODEL_ID && this.swarm
      const answered = await run.screen() ?? (auto ? await run.auto() : await run.named())
      // the cloud share counts every query the swarm routed, refused and LAN-only ones too
      if (auto) this.budget.record(run.outcome)
      this.observe(answered.receipt)
      this.components.trace?.write(promptOf(request), answered.receipt)
      const decision: Decision = { time: new Date().toISOString(), ...(this.sharePrompts ? { prompt: promptOf(request) } : {}), receipt: answered.receipt }
      this.recent.push(decision)
      if (this.recent.length > RECENT_DECISIONS) this.recent.shift()
      this.safeDispatchEvent('decision', { detail: decision })
      return answered
    } catch (err) {
      counters.increment('queries', `error/${(err as Error).name}`)
      throw err
    }
  }

  private observe (receipt: Receipt): void {
    const { counters } = this.components
    counters.increment('queries', `${receipt.route}/${receipt.lowConfidence ? 'low-confidence' : 'ok'}`)
    const s = receipt.stages
    const stages: Array<[string, number | null]> = [['queue', receipt.timings.queueMs], ['local', s.localMs], ['collaboration', s.collaborationMs], ['summon', s.summonMs], ['total', s.totalMs]]
    for (const [stage, ms] of stages) if (ms != null) counters.stageSeconds.observe({ stage }, ms / 1000)
    for (const vote of receipt.votes) if (vote.confidence != null) counters.confidence.observe({ model: counters.bounded('model', vote.model) }, vote.confidence)
    if (receipt.route === 'cloud') {
      counters.increment('cloud_tokens', 'prompt', receipt.cloudTokens.prompt)
      counters.increment('cloud_tokens', 'completion', receipt.cloudTokens.completion)
    }
  }

  /** @internal */
  settings (): { collaborationDeadlineMs: number, maxVoteWeight: number } {
    return { collaborationDeadlineMs: this.collaborationDeadlineMs, maxVoteWeight: this.maxVoteWeight }
  }
}

function promptOf (request: RouteRequest): string {
  return request.generate.messages.map(m => `${m.role}: ${m.content}`).join('\n')
}

/** One query's way through the router: the stages it went through and the ballots it gathered. */
class RouteRun {
  readonly id = randomUUID()
  private readonly started = performance.now()
  private readonly stages: Receipt['stages'] = { safetyMs: null, localMs: null, collaborationMs: null, summonMs: null, modelMs: 0, overheadMs: 0, totalMs: 0 }
  private safety: Receipt['safety'] = null
  private pii: Receipt['pii'] = { found: 0, types: [], redacted: false, keptInLan: false }
  /** May not leave the LAN: the client said so, the safety policy did, or personal data must stay. */
  private lanOnly: boolean
  /** The route the client or the safety policy forced. */
  private forced: Route | 'auto'
  private readonly votes: VoteView[] = []
  private readonly ballots: Scored[] = []
  /** Peers whose answers were counted. */
  private readonly peerNodes: string[] = []
  /** Generation time of the models on the path: this node's, the slowest peer's, the cloud's. */
  private readonly modelMs = { local: 0, peers: 0, cloud: 0 }

  constructor (
    private readonly router: Router,
    private readonly components: RouterComponents,
    private readonly request: RouteRequest,
    private readonly options: RouteOptions
  ) {
    this.lanOnly = request.lanOnly === true
    this.forced = request.route ?? 'auto'
  }

  /**
   * Runs before any route is chosen: the safety verdict and its policy, and the personal
   * data that must not reach the cloud. Returns the answer itself when the policy refuses.
   */
  async screen (): Promise<RoutedAnswer | undefined> {
    const turns = this.request.generate.messages
    const found = detectPii(turns.map(m => m.content).join('\n'))
    if (found.length > 0) {
      const keep = (this.request.pii ?? this.router.pii) === 'never-leaves-lan'
      this.pii = { found: found.length, types: [...new Set(found.map(e => e.type))], redacted: false, keptInLan: keep }
      if (keep) this.lanOnly = true
    }
    const classifier = this.components.safety
    if (classifier == null) return undefined
    const prompt = turns.filter(m => m.role === 'user').map(m => m.content).join('\n')
    const verdict = await this.timed('safetyMs', async () => await classifier.classify(prompt, { signal: this.options.signal }))
    const action: SafetyAction = safetyAction(verdict, this.router.safetyPolicy)
    this.safety = { category: verdict.category, score: verdict.score, flagged: verdict.flagged, action, classifier: verdict.classifier }
    this.components.counters.increment('safety', `${verdict.category}/${action}`)
    const why = `the safety classifier (${verdict.classifier}) put the prompt in "${verdict.category}" with score ${verdict.score.toFixed(3)}`
    switch (action) {
      case 'refuse':
        return this.emit(this.finish('local', this.refusal(), `${why}; the policy for it is to refuse`))
      case 'local-only':
        if (this.components.local == null) throw new RouteUnavailableError(`${why}; its policy keeps it on this node, which hosts no model`)
        this.forced = 'local'
        this.lanOnly = true
        this.safetyReason = `${why}; its policy keeps it on this node`
        return undefined
      case 'cloud':
        if (!this.lanOnly) {
          this.forced = 'cloud'
          this.safetyReason = `${why}; its policy sends it to the cloud`
        }
        return undefined
      default:
        return undefined
    }
  }

  /** Set when the safety policy chose the route, to say so in the receipt. */
  private safetyReason?: string

  private refusal (): Scored {
    const text = REFUSAL_TEXT
    const result: GenerateResult = { text, tokens: [], finishReason: 'stop', promptTokens: 0, completionTokens: 0, timings: { queueMs: 0, timeToFirstTokenMs: 0, totalMs: 0 }, modelId: `safety:${this.safety!.classifier}` }
    return { node: this.components.nodeId() ?? 'self', model: result.modelId, result, confidence: this.safety!.score, figures: { meanLogprob: 0, minTokenProb: 1, meanEntropy: 0, tokenCount: 0 } }
  }

  /** A named model: this node's, a peer's, or a cloud model reached through its summoner. */
  async named (): Promise<RoutedAnswer> {
    const { local, cloud, peers, summon } = this.components
    const model = this.request.model
    const generateOptions: GenerateOptions = { signal: this.options.signal, onText: this.options.onText, onReasoning: this.options.onReasoning }
    if (local != null && model === local.backend.info.modelId) {
      const scored = await this.timed('localMs', async () => this.score(await local.backend.generate(this.request.generate, generateOptions), local))
      this.modelMs.local = scored.result.timings.totalMs
      return this.finish('local', scored, `the client named ${model}, this node's model`)
    }
    if (this.forced === 'local' && this.safety?.action === 'local-only' && (local == null || model !== local.backend.info.modelId)) {
      throw new RouteUnavailableError(`${this.safetyReason ?? 'the safety policy keeps this prompt on this node'}: it cannot go to ${model}`)
    }
    if (cloud != null && model === cloud.backend.info.modelId && !this.lanOnly) {
      const scored = await this.timed('summonMs', async () => this.score(await cloud.backend.generate(this.request.generate, generateOptions), cloud))
      return this.finish('cloud', scored, `the client named ${model}, the cloud model this node holds the key for`, { summoner: scored.node })
    }
    const peer = peers?.models().find(m => m.modelId === model)
    if (peer != null) {
      const answers = await this.collaborate([peer.node])
      const scored = this.ballots[0]
      if (scored == null) throw new NoAnswerError(`${model} on ${peer.node} did not answer (${answers[0]?.status ?? 'no answer'})`)
      this.emitWhole(scored.result)
      return this.finish('peers', scored, `the client named ${model}, hosted by peer ${peer.node}`)
    }
    if (summon?.models().some(m => m.modelId === model) === true) {
      if (this.lanOnly) throw new RouteUnavailableError(`${model} is a cloud model and the query may not leave the LAN${this.pii.keptInLan ? ' (it holds personal data)' : ''}`)
      const scored = await this.cloud(model)
      this.emitWhole(scored.result)
      return this.finish('cloud', scored, `the client named ${model}, a cloud model summoned through ${scored.node}`, { summoner: scored.node })
    }
    throw new UnknownModelError(model)
  }

  /** The policy. */
  async auto (): Promise<RoutedAnswer> {
    const forced = this.forced
    const lanOnly = this.lanOnly
    const tauLocal = this.router.tauLocal
    const { local } = this.components

    if (forced === 'cloud') {
      if (lanOnly) throw new RouteUnavailableError('route "cloud" was forced on a query that may not leave the LAN')
      if (!this.router.budget.cap.take()) throw new CloudBudgetError()
      return this.emit(this.finish('cloud', await this.cloud(), this.safetyReason ?? 'the client forced the cloud route'))
    }

    if (forced !== 'peers' && local != null) {
      const scored = await this.timed('localMs', async () => this.score(await local.backend.generate(this.request.generate, { signal: this.options.signal }), local))
      this.ballots.push(scored)
      this.modelMs.local = scored.result.timings.totalMs
      this.votes.push(this.vote(scored, 'ok', scored.result.timings.totalMs))
      if (forced === 'local') return this.emit(this.finish('local', scored, this.safetyReason ?? 'the client forced the local route'))
      if (scored.confidence >= tauLocal) {
        this.record({ reached: false, escalated: false })
        return this.emit(this.finish('local', scored, `local confidence ${scored.confidence.toFixed(3)} ≥ τ_local ${tauLocal}`))
      }
    } else if (forced === 'local') {
      throw new RouteUnavailableError('route "local" was forced but this node hosts no model')
    }

    await this.collaborate()
    const counted = this.tally()
    const tauSwarm = this.router.budget.tauSwarm
    const winner = counted.best != null ? this.ballots.find(b => b.node === counted.best!.node) : undefined
    const backing = counted.ballots.filter(b => b.key === counted.key).length
    const swarmSays = `swarm confidence ${counted.confidence.toFixed(3)} (${backing} of ${counted.ballots.length} answers agree, with ${counted.agreement.toFixed(2)} of the weight)`
    const reached = { reached: forced !== 'peers', confidence: counted.confidence }
    if (winner != null && (forced === 'peers' || counted.confidence >= tauSwarm)) {
      this.record({ ...reached, escalated: false })
      const why = forced === 'peers' ? `the client forced the peers route; ${swarmSays}` : `${swarmSays} ≥ τ_swarm ${tauSwarm.toFixed(3)}`
      return this.emit(this.finish(this.swarmRoute(), { ...winner, confidence: counted.confidence }, why, { tally: counted, lowConfidence: counted.confidence < tauSwarm }))
    }

    const short = `${winner != null ? swarmSays : 'no model in the swarm answered'} < τ_swarm ${tauSwarm.toFixed(3)}`
    let degraded: Receipt['degraded']
    let failure = ''
    if (lanOnly) {
      degraded = 'lan-only'
    } else if (!this.router.budget.cap.take()) {
      degraded = 'rate-cap'
    } else {
      try {
        const scored = await this.cloud()
        this.record({ ...reached, escalated: true })
        return this.emit(this.finish('cloud', scored, `${short}: summoned the cloud through ${scored.node}`, { summoner: scored.node, tally: counted }))
      } catch (err) {
        const name = (err as Error).name
        degraded = name === NoSummonerError.name ? 'no-summoner' : name === CloudBudgetError.name ? 'rate-cap' : 'cloud-failed'
        failure = (err as Error).message
        log('cloud route failed for %s: %s', this.id, failure)
      }
    }
    this.record({ ...reached, escalated: false })
    const lan = this.pii.keptInLan ? 'the query holds personal data that may not leave the LAN' : 'the query may not leave the LAN'
    const why = `${short}; ${degraded === 'lan-only' ? lan : failure !== '' ? failure : 'the cloud call cap for this minute is reached'}`
    if (winner == null) throw new NoAnswerError(why)
    return this.emit(this.finish(this.swarmRoute(),
      { ...winner, confidence: counted.confidence }, `${why}: returned the best swarm answer`, { tally: counted, lowConfidence: true, degraded }))
  }

  /** A tally with no peer's answer in it is this node's answer alone. */
  private swarmRoute (): Route {
    return this.peerNodes.length > 0 ? 'peers' : 'local'
  }

  /** How this query stands with the cloud budget; recorded once it is answered. */
  outcome: BudgetOutcome = { reached: false, escalated: false }

  private record (outcome: BudgetOutcome): void {
    // a query that may not leave the LAN could not have escalated: its confidence does not steer τ_swarm
    this.outcome = this.lanOnly ? { reached: false, escalated: false } : outcome
  }

  private emit (answer: RoutedAnswer): RoutedAnswer {
    this.emitWhole(answer.result)
    return answer
  }

  /** A finished generation in one piece: its thought, if any, then its answer. */
  private emitWhole (result: GenerateResult): void {
    if (result.reasoning != null && result.reasoning !== '') this.options.onReasoning?.(result.reasoning)
    this.options.onText?.(result.text)
  }

  /** Weighs a result: remote nodes report their calibrated confidence; local ones get this model's calibration. */
  private score (result: GenerateResult, answerer?: Answerer): Scored {
    if (result.remote != null) return { node: result.remote.node, model: result.modelId, result, confidence: result.remote.confidence, figures: result.remote.figures }
    const figures = uncertaintyOf(result.tokens)
    return { node: this.components.nodeId() ?? 'self', model: result.modelId, result, confidence: confidenceOf(figures, answerer?.calibration), figures }
  }

  private vote (scored: Scored, status: VoteView['status'], latencyMs: number): VoteView {
    return { node: scored.node, model: scored.model, status, answer: scored.result.text, confidence: scored.confidence, weight: null, latencyMs }
  }

  private async timed<T> (stage: 'safetyMs' | 'localMs' | 'collaborationMs' | 'summonMs', work: () => Promise<T>): Promise<T> {
    const start = performance.now()
    try {
      return await work()
    } finally {
      this.stages[stage] = Math.round(performance.now() - start)
    }
  }

  /** Asks the peers (all, or `targets`) and adds their answers as ballots. */
  private async collaborate (targets?: string[]): Promise<PeerAnswer[]> {
    const { peers } = this.components
    if (peers == null) return []
    const answers = await this.timed('collaborationMs', async () => await peers.ask(this.request.generate, {
      signal: this.options.signal,
      deadlineMs: Date.now() + this.router.settings().collaborationDeadlineMs,
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
        this.votes.push(this.vote(scored, 'ok', answer.latencyMs))
      } else {
        this.votes.push({ node: answer.node, model: answer.model, status: answer.status, answer: null, confidence: null, weight: null, latencyMs: answer.latencyMs, error: answer.error })
      }
    }
    return answers
  }

  private tally (): Tally {
    const ballots: Ballot[] = this.ballots.map(b => ({ node: b.node, model: b.model, text: b.result.text, confidence: b.confidence }))
    const counted = tally(ballots, { maxVoteWeight: this.router.settings().maxVoteWeight })
    for (const b of counted.ballots) {
      const vote = this.votes.find(v => v.node === b.node && v.status === 'ok')
      if (vote != null) vote.weight = b.weight
    }
    return counted
  }

  private async cloud (modelId?: string): Promise<Scored> {
    const { summon } = this.components
    if (summon == null) throw new NoSummonerError()
    // personal data leaves as typed placeholders, and comes back in the answer the user sees
    const redaction = redactTurns(this.request.generate.messages)
    if (redaction.count > 0) this.pii.redacted = true
    return await this.timed('summonMs', async () => {
      const result = await summon.summon({ ...this.request.generate, messages: redaction.messages }, { signal: this.options.signal, modelId, queryId: this.id })
      return this.score({ ...result, text: redaction.restore(result.text) })
    })
  }

  private finish (route: Route, scored: Scored, reason: string, extra: { summoner?: string, tally?: Tally, lowConfidence?: boolean, degraded?: Receipt['degraded'] } = {}): RoutedAnswer {
    const self = this.components.nodeId()
    const totalMs = Math.round(performance.now() - this.started)
    if (route === 'cloud') {
      this.modelMs.cloud = scored.result.timings.totalMs
      this.votes.push(this.vote(scored, 'ok', scored.result.timings.totalMs))
    }
    // the models on the path ran one after another: here, then the peers at once, then the cloud
    const modelMs = this.modelMs.local + this.modelMs.peers + this.modelMs.cloud
    const f = scored.figures
    const receipt: Receipt = {
      queryId: this.id,
      route,
      node: self,
      answeredBy: scored.node,
      model: scored.model,
      confidence: scored.confidence,
      lowConfidence: extra.lowConfidence ?? false,
      reason,
      degraded: extra.degraded ?? null,
      uncertainty: { meanLogprob: Number.isFinite(f.meanLogprob) ? f.meanLogprob : null, minTokenProb: f.minTokenProb, meanEntropy: f.meanEntropy, tokenCount: f.tokenCount },
      votes: this.votes,
      agreement: extra.tally?.agreement ?? null,
      thresholds: { local: this.router.tauLocal, swarm: this.router.budget.tauSwarm, targetShare: this.router.budget.targetShare ?? null },
      summoner: route === 'cloud' ? (extra.summoner ?? scored.node) : null,
      cloudTokens: route === 'cloud' ? { prompt: scored.result.promptTokens, completion: scored.result.completionTokens } : { prompt: 0, completion: 0 },
      reasoningTokens: scored.result.reasoningTokens ?? 0,
      peers: this.peerNodes,
      timings: { ...scored.result.timings, totalMs },
      stages: { ...this.stages, modelMs, overheadMs: Math.max(0, totalMs - modelMs), totalMs },
      safety: this.safety,
      pii: this.pii
    }
    return { text: scored.result.text, result: scored.result, receipt }
  }
}


/** What a refused prompt gets, in the words the workload's scoring counts as a refusal. */
export const REFUSAL_TEXT = "I can't help with that."

/** Redacts every turn with one numbering, so [EMAIL_1] means the same address in each. */
function redactTurns (turns: ChatTurn[]): { messages: ChatTurn[], count: number, restore: (text: string) => string } {
  const SEPARATOR = '\u0000\u0001\u0000'
  const redaction = redactPii(turns.map(t => t.content).join(SEPARATOR))
  const parts = redaction.text.split(SEPARATOR)
  return { messages: turns.map((t, i) => ({ ...t, content: parts[i] ?? '' })), count: redaction.entities.length, restore: redaction.restore }
}

/** Creates the router of one node. */
export function createRouter (init: RouterInit, components: RouterComponents): Router {
  return new Router(init, components)
}
