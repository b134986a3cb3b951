import { logger } from '@libp2p/logger'
import type { Tally } from './aggregate.js'
import { AbortedError, BusyError, ContextOverflowError, ModelGoneError } from '../inference/errors.js'
import type { BudgetOutcome } from './budget.js'
import { CloudBudgetError, NoAnswerError, NoSummonerError, QueryBudgetError, RouteUnavailableError } from './errors.js'
import { DEFAULT_ONLINE_MIN_LABELS } from '../calibration/constants.js'
import { FIRST_LABELS_AUDIT_SCALE } from './constants.js'
import { judge } from './judge.js'
import type { RouteRun } from './run.js'
import type { Scored } from './score.js'
import type { Receipt, RoutedAnswer } from './types.js'

const log = logger('swarm-llm:routing')

/**
 * The policy, for a query sent to the `swarm` model:
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
 * A route forced by the client or the safety policy cuts the steps short. An answer that
 * would stand at step 1 or 3 may be audited instead: sent to the cloud to label it, within
 * the audit budget, while this node's map has few labels or unproven peers carry the vote.
 * Every cloud answer to a query the swarm answered labels the swarm's answers (judge.ts).
 */
export async function routeAuto (run: RouteRun): Promise<RoutedAnswer> {
  if (run.forced === 'cloud') return await forcedCloud(run)
  const spilledTo = spillTarget(run)
  const spilled = spilledTo != null
  const local = spilled ? undefined : await answerLocally(run)
  if (local != null) return local
  // a client that hung up gets nothing more: no peer is asked, no cloud summoned
  run.checkClient()
  await run.collaborate(spilled ? [spilledTo] : undefined)
  run.checkClient()
  let swarm = await tallySwarm(run)
  if (swarm.answer != null) return swarm.answer
  const summoned = await summonCloud(run, swarm)
  if ('answer' in summoned) return summoned.answer
  run.checkClient()
  if (spilled && swarm.winner == null && run.remainingMs() > 0) {
    // nothing else answered: this node's own model after all, queue or not
    await answerLocally(run, true)
    swarm = await tallySwarm(run)
    if (swarm.answer != null) return swarm.answer
  }
  return bestSwarmAnswer(run, swarm, summoned)
}

/** Failures of this node's own model that the peers or the cloud can make up for. */
const LOCAL_FAILURES = new Set([BusyError.name, ContextOverflowError.name, ModelGoneError.name, AbortedError.name])

/**
 * A `swarm` query skips a local queue this deep when a peer that hosts a model announced a
 * shallower one, and goes to that one peer (one drawn at random among the less busy, so that a
 * burst does not land on a single peer): it answers sooner, and the query takes one place in
 * one queue rather than one in every peer's. When every peer is as busy, it waits here.
 */
function spillTarget (run: RouteRun): string | undefined {
  const { local, peers } = run.components
  if (run.forced !== 'auto' || local == null || peers == null) return undefined
  const depth = local.backend.queueDepth()
  if (depth < run.settings.spillQueueDepth) return undefined
  const idler = peers.models().filter(m => (m.queueDepth ?? 0) < depth)
  if (idler.length === 0) {
    run.components.counters.increment('spilled', 'peers-busy')
    return undefined
  }
  const target = idler[Math.floor(Math.random() * idler.length)].node
  run.votes.push({ node: run.self, model: local.backend.info.modelId, status: 'busy', answer: null, confidence: null, weight: null, latencyMs: 0, error: `${depth} generations running or queued here: asked a less busy peer first` })
  run.components.counters.increment('spilled', 'queue')
  return target
}

/** The swarm's vote, and the answer when it settles the query. */
interface SwarmVerdict {
  counted: Tally
  winner?: Scored
  /** The vote in words, for the receipt. */
  says: string
  /** The vote in words when it fell short of τ_swarm. */
  short: string
  answer?: RoutedAnswer
}

/** Why the cloud did not answer. */
interface Shortfall {
  degraded: NonNullable<Receipt['degraded']>
  failure: string
}

/** The client or the safety policy sent the query to the cloud. */
async function forcedCloud (run: RouteRun): Promise<RoutedAnswer> {
  if (run.lanOnly) throw new RouteUnavailableError('route "cloud" was forced on a query that may not leave the LAN')
  if (!run.settings.budget.cap.take()) throw new CloudBudgetError()
  return run.emit(run.finish('cloud', await run.cloud(), run.safetyReason ?? 'the client forced the cloud route'))
}

/** Step 1: this node's model answers; the answer stands when it is confident enough, or when the local route is forced. */
async function answerLocally (run: RouteRun, lastResort = false): Promise<RoutedAnswer | undefined> {
  const { local } = run.components
  const tauLocal = run.settings.budget.tauLocal
  if (run.forced !== 'peers' && local != null) {
    let scored: Scored
    try {
      scored = await run.askLocal(local)
    } catch (err) {
      // the local route forced, the client gone, or nothing else to turn to: the error stands
      const name = (err as Error).name
      if (run.forced === 'local' || run.clientGone || lastResort || !LOCAL_FAILURES.has(name)) throw err
      run.votes.push({ node: run.self, model: local.backend.info.modelId, status: name === ContextOverflowError.name ? 'context-overflow' : name === BusyError.name ? 'busy' : 'error', answer: null, confidence: null, weight: null, latencyMs: run.stages.localMs ?? 0, error: (err as Error).message })
      run.localFailure = err as Error
      run.components.counters.increment('local_fallback', name)
      log('local model failed for %s (%s): asking the peers and the cloud', run.id, (err as Error).message)
      return undefined
    }
    if (lastResort) return undefined
    run.localConfidence = scored.confidence
    if (run.forced === 'local') return run.emit(run.finish('local', scored, run.safetyReason ?? 'the client forced the local route'))
    if (scored.confidence >= tauLocal) {
      const standing = `local confidence ${scored.confidence.toFixed(3)} ≥ τ_local ${Number(tauLocal.toFixed(3))}`
      const audited = await audit(run, mapNeedsLabels(run), { reached: false }, standing)
      if (audited != null) return audited
      run.record({ reached: false, escalated: false })
      return run.emit(run.finish('local', scored, standing))
    }
  } else if (run.forced === 'local') {
    throw new RouteUnavailableError('route "local" was forced but this node hosts no model')
  }
  return undefined
}

/** Step 3: the ballots are tallied; the winner stands when the swarm is confident enough, or when the peers route is forced. */
async function tallySwarm (run: RouteRun): Promise<SwarmVerdict> {
  const counted = run.tally()
  const tauSwarm = run.settings.budget.tauSwarm
  const winner = counted.best != null ? run.ballots.find(b => b.node === counted.best!.node) : undefined
  const backing = counted.ballots.filter(b => b.key === counted.key).length
  const says = `swarm confidence ${counted.confidence.toFixed(3)} (${backing} of ${counted.ballots.length} answers agree, with ${counted.agreement.toFixed(2)} of the weight)`
  const forcedPeers = run.forced === 'peers'
  if (winner != null && (forcedPeers || counted.confidence >= tauSwarm)) {
    const why = forcedPeers ? `the client forced the peers route; ${says}` : `${says} ≥ τ_swarm ${tauSwarm.toFixed(3)}`
    const audited = forcedPeers ? undefined : await audit(run, unprovenCarry(run, counted) ?? mapNeedsLabels(run), { reached: true, confidence: counted.confidence }, why, counted)
    if (audited != null) return { counted, winner, says, short: '', answer: audited }
    run.record({ reached: !forcedPeers, confidence: counted.confidence, escalated: false })
    const answer = run.emit(run.finish(run.swarmRoute(), { ...winner, confidence: counted.confidence }, why, { tally: counted, lowConfidence: counted.confidence < tauSwarm }))
    return { counted, winner, says, short: '', answer }
  }
  const short = `${winner != null ? says : 'no model in the swarm answered'} < τ_swarm ${tauSwarm.toFixed(3)}`
  return { counted, winner, says, short }
}

/** Step 4: the cloud is summoned, unless the query may not leave the LAN or the minute's calls are spent. */
async function summonCloud (run: RouteRun, swarm: SwarmVerdict): Promise<{ answer: RoutedAnswer } | Shortfall> {
  if (run.lanOnly) return { degraded: 'lan-only', failure: '' }
  if (!run.settings.budget.cap.take()) return { degraded: 'rate-cap', failure: '' }
  try {
    const scored = await run.cloud()
    judge(run, scored)
    run.record({ reached: run.forced !== 'peers', confidence: swarm.counted.confidence, escalated: true })
    return { answer: run.emit(run.finish('cloud', scored, `${swarm.short}: summoned the cloud through ${scored.node}`, { summoner: scored.node, tally: swarm.counted })) }
  } catch (err) {
    const name = (err as Error).name
    const failure = (err as Error).message
    log('cloud route failed for %s: %s', run.id, failure)
    if (run.clientGone) throw new AbortedError('the client hung up')
    return { degraded: name === NoSummonerError.name ? 'no-summoner' : name === CloudBudgetError.name ? 'rate-cap' : name === QueryBudgetError.name ? 'deadline' : 'cloud-failed', failure }
  }
}

/** Step 5: the best swarm answer, marked low-confidence, with the reason the cloud did not answer. */
function bestSwarmAnswer (run: RouteRun, swarm: SwarmVerdict, shortfall: Shortfall): RoutedAnswer {
  run.record({ reached: run.forced !== 'peers', confidence: swarm.counted.confidence, escalated: false })
  const { degraded, failure } = shortfall
  const lan = run.pii.keptInLan ? 'the query holds personal data that may not leave the LAN' : 'the query may not leave the LAN'
  const why = `${swarm.short}; ${degraded === 'lan-only' ? lan : failure !== '' ? failure : 'the cloud call cap for this minute is reached'}`
  // nothing answered in place of this node's failed model: its own typed error (busy: 503) stands
  if (swarm.winner == null) throw run.localFailure ?? new NoAnswerError(why)
  return run.emit(run.finish(run.swarmRoute(),
    { ...swarm.winner, confidence: swarm.counted.confidence }, `${why}: returned the best swarm answer`, { tally: swarm.counted, lowConfidence: true, degraded }))
}

/** Why this node's own answers want labels: its map has few (the labels its file was fitted on count). */
function mapNeedsLabels (run: RouteRun): string | undefined {
  const { calibration } = run.components
  if (calibration == null) return undefined
  const labels = calibration.evidence()
  return labels < run.settings.auditUntilLabels ? `this node's map has ${labels} labels` : undefined
}

/** This node's map still rests on fewer labels than the online refit needs: its confidences mean little yet. */
function firstLabels (run: RouteRun): boolean {
  const { calibration } = run.components
  return calibration != null && calibration.evidence() < DEFAULT_ONLINE_MIN_LABELS
}

/** Why the swarm's answer wants checking: unproven peers are among those that carry it. */
function unprovenCarry (run: RouteRun, counted: Tally): string | undefined {
  const { reputation } = run.components
  if (reputation == null) return undefined
  const peers = new Set(run.peerNodes)
  const fresh = counted.ballots.filter(b => b.key === counted.key && peers.has(b.node) && !reputation.proven(b.node))
  return fresh.length > 0 ? `${fresh.length} unproven peer${fresh.length > 1 ? 's' : ''} back the answer` : undefined
}

/**
 * An answer that would stand, checked by the cloud instead, when `why` says its labels are
 * wanted, the query may leave the LAN, and both the audit budget and the cloud call cap allow.
 * The cloud's answer is returned (it is the better one) and labels the swarm's.
 */
async function audit (run: RouteRun, why: string | undefined, outcome: Omit<BudgetOutcome, 'escalated'>, standing: string, counted?: Tally): Promise<RoutedAnswer | undefined> {
  const { audits, budget } = run.settings
  if (why == null || run.lanOnly || run.forced !== 'auto' || run.components.summon == null || !audits.allows(firstLabels(run) ? FIRST_LABELS_AUDIT_SCALE : 1)) return undefined
  if (!budget.cap.take()) return undefined
  try {
    const scored = await run.cloud()
    run.audited = true
    judge(run, scored)
    run.record({ ...outcome, escalated: true })
    return run.emit(run.finish('cloud', scored, `${standing}, but audited by the cloud through ${scored.node}: ${why}`, { summoner: scored.node, tally: counted }))
  } catch (err) {
    log('audit of %s failed, the answer stands: %s', run.id, (err as Error).message)
    return undefined
  }
}
