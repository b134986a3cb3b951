import { logger } from '@libp2p/logger'
import { checkGenerationParams, RateLimitedError, Status, TOPICS } from '@swarm-llm/protocol'
import type { Answer, Cancel, MessageInit, Query } from '@swarm-llm/protocol'
import type { OnlineCalibration } from '../calibration/online.js'
import { confidenceOf } from '../inference/calibration.js'
import { AbortedError, ContextOverflowError } from '../inference/errors.js'
import type { GenerateRequest } from '../inference/types.js'
import { uncertaintyOf } from '../inference/uncertainty.js'
import type { Counters } from '../metrics.js'
import { SEEN_QUERY_IDS } from '../routing/constants.js'
import type { Answerer, PeerAnswer, PeerAskOptions, PeerPool, PeerStatus } from '../routing/types.js'
import type { Direct } from './direct.js'
import type { Gossip, Received } from './gossip.js'
import type { PeerTable } from './peer-table.js'
import { BoundedSet, errorAnswer, fromQuery, peerStatusOf, resultOf, toAnswer, toQuery } from './wire.js'

const log = logger('swarm-llm:queries')

export interface SwarmQueriesInit {
  /** Wait this long before answering a peer, to play a slow machine in tests and sims. Defaults to 0. */
  answerDelayMs?: number
}

export interface SwarmQueriesComponents {
  gossip: Gossip
  /** Answers and cancels for one peer go on a direct stream; without it, on gossip. */
  direct?: Pick<Direct, 'deliver' | 'addEventListener' | 'removeEventListener'>
  peers: PeerTable
  peerId: string
  /** This node's model; a node without one asks but never answers. */
  local?: Answerer
  /** Remembers each answer given, so that the asker's verdict can label it. */
  calibration?: Pick<OnlineCalibration, 'remember'>
  counters: Counters
}

/** A query this node asked and is collecting answers for. */
interface Pending {
  started: number
  expected: Map<string, string>
  answers: Map<string, PeerAnswer>
  /** Closes the query; the peers that have not answered get `unanswered` (default timeout). */
  done: (unanswered?: PeerStatus) => void
}

/**
 * Queries between peers, over gossip: as a coordinator it asks every model-hosting peer at
 * once and collects their answers (`PeerPool`); as a peer it answers others' queries with
 * its own model, once per query, before their deadline.
 *
 * Untrusted input is dropped and counted: a query seen before (`queries_dropped{replayed}`),
 * one past its deadline (`expired`), answers to queries this node never asked
 * (`answers_dropped{unsolicited}`), answers from a peer that was not asked (`unasked`: only
 * the model-hosting peers in the peer table when the query went out are), answers after the
 * query closed (`late`), and a second answer from one peer (`duplicate`).
 */
export class SwarmQueries implements PeerPool {
  private readonly pending = new Map<string, Pending>()
  private readonly closed = new BoundedSet(SEEN_QUERY_IDS)
  private readonly answered = new BoundedSet(SEEN_QUERY_IDS)
  private readonly inFlight = new Set<AbortController>()
  /** Generations for peers' queries, by `origin/queryId`, so that a cancel can stop one. */
  private readonly running = new Map<string, AbortController>()
  private readonly onMessage = (event: CustomEvent<Received>): void => {
    const message = event.detail
    if (message.kind === 'query') void this.respond(message.body, message.from)
    else if (message.kind === 'answer') this.collect(message.body)
    else if (message.kind === 'cancel') this.cancelled(message.body, message.from)
  }

  private readonly onLeave = (event: CustomEvent<{ peerId: string }>): void => {
    for (const pending of this.pending.values()) {
      const model = pending.expected.get(event.detail.peerId)
      if (model == null || pending.answers.has(event.detail.peerId)) continue
      pending.answers.set(event.detail.peerId, { node: event.detail.peerId, model, status: 'left', latencyMs: Date.now() - pending.started })
      this.check(pending)
    }
  }

  constructor (private readonly init: SwarmQueriesInit, private readonly components: SwarmQueriesComponents) {}

  start (): void {
    this.components.gossip.addEventListener('message', this.onMessage)
    this.components.direct?.addEventListener('message', this.onMessage)
    this.components.peers.addEventListener('peer:leave', this.onLeave)
  }

  stop (): void {
    this.components.gossip.removeEventListener('message', this.onMessage)
    this.components.direct?.removeEventListener('message', this.onMessage)
    this.components.peers.removeEventListener('peer:leave', this.onLeave)
    for (const controller of this.inFlight) controller.abort()
    for (const pending of this.pending.values()) pending.done()
  }

  models (): Array<{ modelId: string, node: string, queueDepth: number }> {
    return this.components.peers.list()
      .filter(p => p.capability.modelId !== 'none' && p.capability.modelId !== '')
      .map(p => ({ modelId: p.capability.modelId, node: p.peerId, queueDepth: p.capability.queueDepth }))
  }

  async ask (request: GenerateRequest, options: PeerAskOptions): Promise<PeerAnswer[]> {
    // a query whose client is gone asks no one
    if (options.signal?.aborted === true) return []
    const hosts = this.models().filter(m => options.targets == null || options.targets.includes(m.node))
    if (hosts.length === 0) return []
    const { counters, peerId } = this.components
    return await new Promise<PeerAnswer[]>(resolve => {
      let timer: NodeJS.Timeout | undefined
      const onAbort = (): void => { pending.done('cancelled') }
      const pending: Pending = {
        started: Date.now(),
        expected: new Map(hosts.map(h => [h.node, h.modelId])),
        answers: new Map(),
        done: (unanswered = 'timeout') => {
          clearTimeout(timer)
          options.signal?.removeEventListener('abort', onAbort)
          if (!this.pending.delete(options.queryId)) return
          this.closed.add(options.queryId)
          const waitedFor = [...pending.expected].filter(([node]) => !pending.answers.has(node))
          for (const [node, model] of waitedFor) pending.answers.set(node, { node, model, status: unanswered, latencyMs: Date.now() - pending.started })
          // withdrawn: the peers still at work on it stop
          if (unanswered === 'cancelled' && waitedFor.length > 0) void this.cancel(options.queryId, waitedFor.map(([node]) => node))
          resolve([...pending.answers.values()])
        }
      }
      this.pending.set(options.queryId, pending)
      timer = setTimeout(pending.done, Math.max(0, options.deadlineMs - Date.now()))
      options.signal?.addEventListener('abort', onAbort)
      const query = toQuery(request, { id: options.queryId, origin: peerId, deadlineMs: options.deadlineMs, lanOnly: options.lanOnly, targets: options.targets })
      this.components.gossip.publish(TOPICS.queries, 'query', query).then(() => {
        counters.increment('queries_asked')
      }, (err: Error) => {
        log('could not gossip query %s: %s', options.queryId, err.message)
        counters.increment('queries_ask_failed')
        // over this node's own rate: no peer was asked
        pending.done(err instanceof RateLimitedError ? 'throttled' : 'timeout')
      })
    })
  }

  /** Tells the peers still working on a query that its coordinator no longer wants their answers. */
  private async cancel (queryId: string, nodes: string[]): Promise<void> {
    const { counters, direct, peerId } = this.components
    // a cancel travels only on a direct stream: no gossip topic carries one
    if (direct == null) return
    counters.increment('cancels_sent', '', nodes.length)
    await Promise.all(nodes.map(async node => { await direct.deliver(node, undefined, 'cancel', { queryId, origin: peerId }) }))
  }

  /** A coordinator withdrew its query: the generation for it stops, and no answer is sent. */
  private cancelled (cancel: Cancel, from: string): void {
    const { counters } = this.components
    // only the query's origin may withdraw it
    if (cancel.origin !== from) { counters.increment('cancels_dropped', 'spoofed'); return }
    const controller = this.running.get(`${from}/${cancel.queryId}`)
    if (controller == null) return
    counters.increment('queries_cancelled')
    controller.abort(new AbortedError('the coordinator withdrew the query'))
  }

  private collect (answer: Answer): void {
    const { counters, peerId } = this.components
    if (answer.origin !== peerId) return
    const pending = this.pending.get(answer.queryId)
    if (pending == null) {
      counters.increment('answers_dropped', this.closed.has(answer.queryId) ? 'late' : 'unsolicited')
      return
    }
    if (pending.answers.has(answer.responder)) { counters.increment('answers_dropped', 'duplicate'); return }
    // only the peers asked count, targeted or not: anyone else holding the swarm key could stuff the vote
    if (!pending.expected.has(answer.responder)) { counters.increment('answers_dropped', 'unasked'); return }
    const status = peerStatusOf(answer.status)
    pending.answers.set(answer.responder, {
      node: answer.responder,
      model: answer.modelId,
      status,
      result: status === 'ok' ? resultOf(answer) : undefined,
      error: answer.error !== '' ? answer.error : undefined,
      latencyMs: Date.now() - pending.started
    })
    this.check(pending)
  }

  private check (pending: Pending): void {
    if ([...pending.expected.keys()].every(node => pending.answers.has(node))) pending.done()
  }

  private async respond (query: Query, from: string): Promise<void> {
    const { counters, local, peerId } = this.components
    const named = query.targets.includes(peerId)
    if (query.targets.length > 0 && !named) return
    if (local == null && !named) return
    const key = `${from}/${query.id}`
    if (this.answered.has(key)) { counters.increment('queries_dropped', 'replayed'); return }
    this.answered.add(key)
    if (local == null) {
      // asked by name for a model this node no longer has: say no, so the coordinator stops waiting
      counters.increment('queries_answered', 'declined/no-model')
      await this.send({ queryId: query.id, responder: peerId, origin: query.origin, modelId: '', status: Status.STATUS_REFUSED, error: 'this node hosts no model' })
      return
    }
    // the budget counts from the query's arrival on this node's clock; the origin's deadline is another clock's
    const remaining = query.budgetMs
    const deadlineMs = Date.now() + remaining
    if (remaining <= 0) { counters.increment('queries_dropped', 'expired'); return }
    const fields = { queryId: query.id, responder: peerId, origin: query.origin, modelId: local.backend.info.modelId }
    const controller = new AbortController()
    const timer = setTimeout(() => { controller.abort() }, remaining)
    this.inFlight.add(controller)
    this.running.set(key, controller)
    let body
    try {
      // the codec checked the params against the protocol's limits; this model's context may be smaller
      try {
        checkGenerationParams(query.params ?? {}, local.backend.info.contextLength)
      } catch {
        throw new ContextOverflowError(query.params?.maxTokens ?? 0, local.backend.info.contextLength)
      }
      if ((this.init.answerDelayMs ?? 0) > 0) await delay(this.init.answerDelayMs!, controller.signal)
      const result = await local.backend.generate(fromQuery(query), { signal: controller.signal })
      const figures = uncertaintyOf(result.tokens)
      const confidence = confidenceOf(figures, local.calibration)
      body = toAnswer(result, { ...fields, confidence, figures })
      this.components.calibration?.remember(query.id, from, figures, confidence)
      counters.increment('queries_answered', 'ok')
    } catch (err) {
      body = errorAnswer(err as Error, fields)
      counters.increment('queries_answered', (err as Error).name)
    } finally {
      clearTimeout(timer)
      this.inFlight.delete(controller)
      this.running.delete(key)
    }
    // withdrawn, or past its budget: no one waits for the answer
    if (controller.signal.aborted && (controller.signal.reason instanceof AbortedError || Date.now() >= deadlineMs)) return
    await this.send(body)
  }

  /** An answer or a refusal, to the coordinator that asked. */
  private async send (body: MessageInit['answer']): Promise<void> {
    const { direct, gossip } = this.components
    if (direct != null) { await direct.deliver(body.origin!, TOPICS.answers, 'answer', body); return }
    await gossip.publish(TOPICS.answers, 'answer', body).catch((err: Error) => { log('could not send the answer to %s: %s', body.queryId, err.message) })
  }
}

async function delay (ms: number, signal: AbortSignal): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(Object.assign(new Error('the deadline passed'), { name: 'AbortedError' })) }, { once: true })
  })
}
