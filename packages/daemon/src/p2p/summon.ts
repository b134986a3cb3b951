import { randomUUID } from 'node:crypto'
import { logger } from '@libp2p/logger'
import { Status, TOPICS } from '@swarm-llm/protocol'
import type { Answer, Cancel, MessageInit, Query, SummonRequest, SummonResult, Topic } from '@swarm-llm/protocol'
import { confidenceOf } from '../inference/calibration.js'
import { AbortedError, UpstreamError } from '../inference/errors.js'
import type { GenerateOptions, GenerateRequest, GenerateResult } from '../inference/types.js'
import { uncertaintyOf } from '../inference/uncertainty.js'
import type { Counters } from '../metrics.js'
import type { RateCap } from '../routing/budget.js'
import { DEFAULT_SUMMON_TIMEOUT_MS, SEEN_QUERY_IDS } from '../routing/constants.js'
import { CloudBudgetError, NoSummonerError } from '../routing/errors.js'
import type { Answerer, CloudPath } from '../routing/types.js'
import type { Direct, DirectKind } from './direct.js'
import type { Gossip, Received } from './gossip.js'
import type { PeerTable } from './peer-table.js'
import { BoundedSet, errorAnswer, fromQuery, resultOf, toAnswer, toQuery } from './wire.js'

const log = logger('swarm-llm:summon')

export interface SwarmSummonInit {
  /** How long to wait for one summoner before trying the next. Defaults to DEFAULT_SUMMON_TIMEOUT_MS. */
  summonTimeoutMs?: number
}

export interface SwarmSummonComponents {
  gossip: Gossip
  /** Results and cancels for one peer go on a direct stream; without it, on gossip. */
  direct?: Pick<Direct, 'deliver' | 'addEventListener' | 'removeEventListener'>
  peers: PeerTable
  peerId: string
  /** This node's cloud model, when it holds the credentials. The key stays inside its client. */
  cloud?: Answerer
  /** Cloud calls this node makes per minute, for itself and for its peers. */
  cap: RateCap
  counters: Counters
}

interface Waiting {
  /** The summoner asked: the only peer whose result counts. */
  summoner: string
  resolve: (result: SummonResult) => void
}

/**
 * The cloud, reached through whichever node holds the credentials. As a client it picks the
 * least loaded summoner (this node counts, when it holds a key) and fails over to the next;
 * as a summoner it serves its peers' requests with its own cloud client, within its cap,
 * and sends back only the answer and its token counts: never the key.
 */
export class SwarmSummon implements CloudPath {
  private readonly waiting = new Map<string, Waiting>()
  private readonly served = new BoundedSet(SEEN_QUERY_IDS)
  /** Cloud calls for peers, by `origin/queryId`, so that a cancel from the origin can stop one. */
  private readonly running = new Map<string, AbortController>()
  private readonly withdrawn = new BoundedSet(SEEN_QUERY_IDS)
  private readonly timeoutMs: number
  private readonly onMessage = (event: CustomEvent<Received>): void => {
    const message = event.detail
    if (message.kind === 'summonRequest') void this.serve(message.body)
    else if (message.kind === 'summonResult') this.receive(message.body, message.from)
    else if (message.kind === 'cancel') this.cancelled(message.body, message.from)
  }

  constructor (init: SwarmSummonInit, private readonly components: SwarmSummonComponents) {
    this.timeoutMs = init.summonTimeoutMs ?? DEFAULT_SUMMON_TIMEOUT_MS
  }

  start (): void {
    this.components.gossip.addEventListener('message', this.onMessage)
    this.components.direct?.addEventListener('message', this.onMessage)
  }

  stop (): void {
    this.components.gossip.removeEventListener('message', this.onMessage)
    this.components.direct?.removeEventListener('message', this.onMessage)
  }

  /** Summoners, least loaded first: this node (if it holds a key) and peers that announce cloud access. */
  summoners (modelId?: string): Array<{ node: string, modelId: string, load: number }> {
    const { cloud, peerId, peers } = this.components
    const all = [
      ...(cloud != null ? [{ node: peerId, modelId: cloud.backend.info.modelId, load: cloud.backend.queueDepth() }] : []),
      ...peers.list().filter(p => p.capability.canSummon && p.capability.cloudModelId !== '')
        .map(p => ({ node: p.peerId, modelId: p.capability.cloudModelId, load: p.capability.queueDepth }))
    ]
    return all.filter(s => modelId == null || s.modelId === modelId).sort((a, b) => a.load - b.load)
  }

  models (): Array<{ modelId: string, node: string }> {
    return this.summoners().map(s => ({ modelId: s.modelId, node: s.node }))
  }

  async summon (request: GenerateRequest, options: GenerateOptions & { modelId?: string, queryId: string }): Promise<GenerateResult> {
    const candidates = this.summoners(options.modelId)
    if (candidates.length === 0) throw new NoSummonerError()
    const failures: string[] = []
    const errors: Error[] = []
    let capped = 0
    for (const candidate of candidates) {
      if (options.signal?.aborted === true) throw new AbortedError('the query was aborted')
      try {
        const result = candidate.node === this.components.peerId
          ? await this.callCloud(request, options.signal, options.deadlineMs)
          : await this.ask(candidate.node, request, options)
        this.components.counters.increment('summons', candidate.node === this.components.peerId ? 'self' : 'peer')
        return result
      } catch (err) {
        if ((err as Error).name === CloudBudgetError.name) capped++
        errors.push(err as Error)
        failures.push(`${candidate.node}: ${(err as Error).message}`)
        this.components.counters.increment('summons_failed', (err as Error).name)
        log('summoner %s failed, trying the next: %s', candidate.node, (err as Error).message)
      }
    }
    // one summoner: its own error, typed (a timeout stays a timeout)
    if (errors.length === 1) throw errors[0]
    if (capped === candidates.length) throw new CloudBudgetError(`every summoner's cloud cap is reached (${failures.join('; ')})`)
    throw new UpstreamError(undefined, `every summoner failed: ${failures.join('; ')}`)
  }

  /** This node's own cloud call, within its cap. */
  private async callCloud (request: GenerateRequest, signal?: AbortSignal, deadlineMs?: number): Promise<GenerateResult> {
    const { cloud, cap, peerId } = this.components
    if (cloud == null) throw new NoSummonerError('this node holds no cloud credentials')
    if (!cap.take()) throw new CloudBudgetError()
    const result = await cloud.backend.generate(request, { signal, deadlineMs })
    const figures = uncertaintyOf(result.tokens)
    return { ...result, remote: { node: peerId, confidence: confidenceOf(figures, cloud.calibration), figures } }
  }

  /** Asks one peer to summon, and waits for its result or the timeout. */
  private async ask (summoner: string, request: GenerateRequest, options: GenerateOptions & { queryId: string }): Promise<GenerateResult> {
    const id = `${options.queryId}/${randomUUID().slice(0, 8)}`
    // one summoner's wait, cut to what is left of the query's budget
    const timeoutMs = Math.max(0, Math.min(this.timeoutMs, (options.deadlineMs ?? Infinity) - Date.now()))
    const deadlineMs = Date.now() + timeoutMs
    const query = toQuery(request, { id, origin: this.components.peerId, deadlineMs, lanOnly: false })
    const result = await new Promise<SummonResult | undefined>((resolve, reject) => {
      const finish = (value?: SummonResult): void => {
        clearTimeout(timer)
        options.signal?.removeEventListener('abort', onAbort)
        this.waiting.delete(id)
        resolve(value)
      }
      const onAbort = (): void => {
        finish()
        // the summoner stops its cloud call
        void this.send(summoner, undefined, 'cancel', { queryId: id, origin: this.components.peerId })
      }
      const timer = setTimeout(finish, timeoutMs)
      options.signal?.addEventListener('abort', onAbort)
      this.waiting.set(id, { summoner, resolve: finish })
      this.components.gossip.publish(TOPICS.summon, 'summonRequest', { query, summoner }).catch((err: Error) => {
        clearTimeout(timer)
        this.waiting.delete(id)
        reject(err)
      })
    })
    if (result == null) {
      if (options.signal?.aborted === true) throw new AbortedError('the query was aborted')
      throw new UpstreamError(undefined, `summoner ${summoner} did not answer within ${timeoutMs} ms`)
    }
    const answer = result.answer as Answer
    if (answer.status === Status.STATUS_BUDGET_EXHAUSTED) throw new CloudBudgetError(`summoner ${summoner}: ${answer.error}`)
    if (answer.status !== Status.STATUS_OK) throw new UpstreamError(undefined, `summoner ${summoner}: ${answer.error !== '' ? answer.error : `status ${Status[answer.status]}`}`)
    return resultOf(answer)
  }

  /**
   * A summon result counts only from the summoner asked, signed by it, and naming it inside:
   * the answer's responder becomes the receipt's summoner, so any member that sees the
   * broadcast request could otherwise answer first, posing as the cloud or as another summoner.
   */
  private receive (result: SummonResult, from: string): void {
    const { counters, peerId } = this.components
    if (result.origin !== peerId) return
    const waiting = this.waiting.get(result.queryId)
    if (waiting == null) { counters.increment('answers_dropped', 'unsolicited-summon'); return }
    if (from !== waiting.summoner || result.summoner !== waiting.summoner || result.answer?.responder !== waiting.summoner) {
      counters.increment('answers_dropped', 'forged-summon')
      log('dropped a summon result for %s from %s (summoner %s, responder %s): %s was asked', result.queryId, from, result.summoner, result.answer?.responder, waiting.summoner)
      return
    }
    waiting.resolve(result)
  }

  /** The coordinator withdrew its summon request: the cloud call stops, and no result is sent. */
  private cancelled (cancel: Cancel, from: string): void {
    const key = `${from}/${cancel.queryId}`
    const controller = cancel.origin === from ? this.running.get(key) : undefined
    if (controller == null) return
    this.withdrawn.add(key)
    this.components.counters.increment('summons_cancelled')
    controller.abort(new AbortedError('the coordinator withdrew the summon request'))
  }

  /** Serves a peer's summon request with this node's cloud client. */
  private async serve (request: SummonRequest): Promise<void> {
    const { peerId, counters, cap, cloud } = this.components
    if (request.summoner !== peerId) return
    // the codec checked that the request carries a valid query
    const query = request.query as Query
    const key = `${query.origin}/${query.id}`
    if (this.served.has(key)) { counters.increment('queries_dropped', 'replayed'); return }
    this.served.add(key)
    // counted from arrival on this node's clock, never against the origin's deadline
    const remaining = query.budgetMs
    if (remaining <= 0) { counters.increment('queries_dropped', 'expired'); return }
    const fields = { queryId: query.id, responder: peerId, origin: query.origin, modelId: cloud?.backend.info.modelId ?? '' }
    let answer
    if (cloud == null || query.lanOnly) {
      answer = { ...fields, status: Status.STATUS_REFUSED, error: cloud == null ? 'this node holds no cloud credentials' : 'the query may not leave the LAN' }
    } else {
      try {
        const cancel = new AbortController()
        this.running.set(key, cancel)
        const result = await this.callCloud(fromQuery(query), AbortSignal.any([AbortSignal.timeout(remaining), cancel.signal]), Date.now() + remaining)
          .finally(() => { this.running.delete(key) })
        answer = toAnswer(result, { ...fields, confidence: result.remote!.confidence, figures: result.remote!.figures })
        counters.increment('summons_served', 'ok')
      } catch (err) {
        answer = errorAnswer(err as Error, fields)
        counters.increment('summons_served', (err as Error).name)
      }
    }
    if (this.withdrawn.has(key)) return
    await this.send(query.origin, TOPICS.summon, 'summonResult', { queryId: query.id, summoner: peerId, origin: query.origin, answer, budgetLeft: cap.left() })
  }

  /** A result or a cancel for one peer: on a direct stream; without one, a result on `topic`, and a cancel nowhere. */
  private async send<K extends DirectKind> (peer: string, topic: Topic | undefined, kind: K, body: MessageInit[K]): Promise<void> {
    const { direct, gossip, counters } = this.components
    if (kind === 'cancel') counters.increment('cancels_sent')
    if (direct != null) { await direct.deliver(peer, topic, kind, body); return }
    if (topic == null) return
    await gossip.publish(topic, kind, body).catch((err: Error) => { log('could not send a %s to %s: %s', kind, peer, err.message) })
  }
}
