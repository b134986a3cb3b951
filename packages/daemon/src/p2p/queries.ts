import { logger } from '@libp2p/logger'
import { checkGenerationParams, TOPICS } from '@swarm-llm/protocol'
import type { Answer, Query } from '@swarm-llm/protocol'
import type { OnlineCalibration } from '../calibration/online.js'
import { confidenceOf } from '../inference/calibration.js'
import { ContextOverflowError } from '../inference/errors.js'
import type { GenerateRequest } from '../inference/types.js'
import { uncertaintyOf } from '../inference/uncertainty.js'
import type { Counters } from '../metrics.js'
import { SEEN_QUERY_IDS } from '../routing/constants.js'
import type { Answerer, PeerAnswer, PeerAskOptions, PeerPool } from '../routing/types.js'
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
  done: () => void
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
  private readonly onMessage = (event: CustomEvent<Received>): void => {
    const message = event.detail
    if (message.kind === 'query') void this.respond(message.body, message.from)
    else if (message.kind === 'answer') this.collect(message.body)
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
    this.components.peers.addEventListener('peer:leave', this.onLeave)
  }

  stop (): void {
    this.components.gossip.removeEventListener('message', this.onMessage)
    this.components.peers.removeEventListener('peer:leave', this.onLeave)
    for (const controller of this.inFlight) controller.abort()
    for (const pending of this.pending.values()) pending.done()
  }

  models (): Array<{ modelId: string, node: string }> {
    return this.components.peers.list()
      .filter(p => p.capability.modelId !== 'none' && p.capability.modelId !== '')
      .map(p => ({ modelId: p.capability.modelId, node: p.peerId }))
  }

  async ask (request: GenerateRequest, options: PeerAskOptions): Promise<PeerAnswer[]> {
    const hosts = this.models().filter(m => options.targets == null || options.targets.includes(m.node))
    if (hosts.length === 0) return []
    const { counters, peerId } = this.components
    return await new Promise<PeerAnswer[]>(resolve => {
      let timer: NodeJS.Timeout | undefined
      const pending: Pending = {
        started: Date.now(),
        expected: new Map(hosts.map(h => [h.node, h.modelId])),
        answers: new Map(),
        done: () => {
          clearTimeout(timer)
          options.signal?.removeEventListener('abort', pending.done)
          if (!this.pending.delete(options.queryId)) return
          this.closed.add(options.queryId)
          for (const [node, model] of pending.expected) {
            if (!pending.answers.has(node)) pending.answers.set(node, { node, model, status: 'timeout', latencyMs: Date.now() - pending.started })
          }
          resolve([...pending.answers.values()])
        }
      }
      this.pending.set(options.queryId, pending)
      timer = setTimeout(pending.done, Math.max(0, options.deadlineMs - Date.now()))
      options.signal?.addEventListener('abort', pending.done)
      const query = toQuery(request, { id: options.queryId, origin: peerId, deadlineMs: options.deadlineMs, lanOnly: options.lanOnly, targets: options.targets })
      this.components.gossip.publish(TOPICS.queries, 'query', query).then(() => {
        counters.increment('queries_asked')
      }, (err: Error) => {
        log('could not gossip query %s: %s', options.queryId, err.message)
        counters.increment('queries_ask_failed')
        pending.done()
      })
    })
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
    const { counters, local, peerId, gossip } = this.components
    if (local == null || (query.targets.length > 0 && !query.targets.includes(peerId))) return
    const key = `${from}/${query.id}`
    if (this.answered.has(key)) { counters.increment('queries_dropped', 'replayed'); return }
    this.answered.add(key)
    // the budget counts from the query's arrival on this node's clock; the origin's deadline is another clock's
    const remaining = query.budgetMs
    const deadlineMs = Date.now() + remaining
    if (remaining <= 0) { counters.increment('queries_dropped', 'expired'); return }
    const fields = { queryId: query.id, responder: peerId, origin: query.origin, modelId: local.backend.info.modelId }
    const controller = new AbortController()
    const timer = setTimeout(() => { controller.abort() }, remaining)
    this.inFlight.add(controller)
    let body
    try {
      try {
        checkGenerationParams(query.params ?? {}, local.backend.info.contextLength)
      } catch (err) {
        counters.increment('gossip_rejected', 'invalid')
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
    }
    if (controller.signal.aborted && Date.now() >= deadlineMs) return
    await gossip.publish(TOPICS.answers, 'answer', body).catch((err: Error) => { log('could not send the answer to %s: %s', query.id, err.message) })
  }
}

async function delay (ms: number, signal: AbortSignal): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(Object.assign(new Error('the deadline passed'), { name: 'AbortedError' })) }, { once: true })
  })
}
