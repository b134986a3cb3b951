import { randomUUID } from 'node:crypto'
import { logger } from '@libp2p/logger'
import { MAX_EMBED_INPUTS, MAX_QUERY_BUDGET_MS, Status, TOPICS } from '@swarm-llm/protocol'
import type { EmbedRequest, EmbedResult as WireEmbedResult, MessageInit } from '@swarm-llm/protocol'
import { AbortedError, BusyError, ContextOverflowError, UpstreamError } from '../inference/errors.js'
import type { EmbedResult } from '../inference/types.js'
import type { Counters } from '../metrics.js'
import type { RateCap } from '../routing/budget.js'
import { EMBED_BATCH_BYTES, SEEN_QUERY_IDS } from '../routing/constants.js'
import { CloudBudgetError, NoAnswerError, UnknownModelError } from '../routing/errors.js'
import type { Answerer, PeerEmbedder } from '../routing/types.js'
import type { Direct } from './direct.js'
import type { Gossip, Received } from './gossip.js'
import type { PeerTable } from './peer-table.js'
import { BoundedSet, statusOf } from './wire.js'

const log = logger('swarm-llm:embeddings')

export interface SwarmEmbeddingsComponents {
  gossip: Gossip
  /** Results go back to the asker on a direct stream; without it, or when it fails, on gossip. */
  direct?: Pick<Direct, 'deliver' | 'addEventListener' | 'removeEventListener'>
  peers: PeerTable
  peerId: string
  /** This node's model, which answers its peers' embed requests. */
  local?: Answerer
  /** This node's cloud model, when it holds the key: peers reach its embeddings through this node. */
  cloud?: Answerer
  /** Cloud calls this node makes per minute, shared with the summons. */
  cap?: RateCap
  counters: Counters
}

interface Waiting {
  node: string
  resolve: (result: WireEmbedResult) => void
  reject: (err: Error) => void
}

/** The error a failed result stands for, typed as the one the responder met. */
function errorOf (result: WireEmbedResult, node: string): Error {
  const why = `${node}: ${result.error !== '' ? result.error : 'failed'}`
  switch (result.status) {
    case Status.STATUS_BUSY: return new BusyError(`the model on ${why}`)
    case Status.STATUS_CONTEXT_OVERFLOW: return Object.assign(new ContextOverflowError(0, 0), { message: `an input does not fit the model's context on ${why}` })
    case Status.STATUS_BUDGET_EXHAUSTED: return new CloudBudgetError(`the cloud cap of ${why}`)
    case Status.STATUS_UPSTREAM_ERROR: return new UpstreamError(undefined, why)
    case Status.STATUS_REFUSED: return new UnknownModelError(result.modelId)
    default: return new NoAnswerError(why)
  }
}

/** Splits inputs into batches that fit one message: at most MAX_EMBED_INPUTS texts and EMBED_BATCH_BYTES bytes. */
export function batchesOf (inputs: string[]): string[][] {
  const batches: string[][] = []
  let batch: string[] = []
  let bytes = 0
  for (const input of inputs) {
    const size = Buffer.byteLength(input)
    if (batch.length > 0 && (batch.length >= MAX_EMBED_INPUTS || bytes + size > EMBED_BATCH_BYTES)) { batches.push(batch); batch = []; bytes = 0 }
    batch.push(input)
    bytes += size
  }
  if (batch.length > 0) batches.push(batch)
  return batches
}

/**
 * Embeddings between peers, over gossip: as a coordinator it asks the one peer that runs the
 * model (its own model, or the cloud model it holds the key for), in batches that fit a
 * message; as a peer it answers requests aimed at it, once each, before their deadline. A
 * request aimed at this node is answered here without the network.
 */
export class SwarmEmbeddings implements PeerEmbedder {
  private readonly waiting = new Map<string, Waiting>()
  private readonly answered = new BoundedSet(SEEN_QUERY_IDS)
  private readonly onMessage = (event: CustomEvent<Received>): void => {
    const message = event.detail
    if (message.kind === 'embedRequest') void this.respond(message.body, message.from)
    else if (message.kind === 'embedResult') this.collect(message.body)
  }

  private readonly onLeave = (event: CustomEvent<{ peerId: string }>): void => {
    for (const [id, waiting] of this.waiting) {
      if (waiting.node !== event.detail.peerId) continue
      this.waiting.delete(id)
      waiting.reject(new NoAnswerError(`${waiting.node} left the swarm before it sent the embeddings`))
    }
  }

  constructor (private readonly components: SwarmEmbeddingsComponents) {}

  start (): void {
    this.components.gossip.addEventListener('message', this.onMessage)
    this.components.direct?.addEventListener('message', this.onMessage)
    this.components.peers.addEventListener('peer:leave', this.onLeave)
  }

  stop (): void {
    this.components.gossip.removeEventListener('message', this.onMessage)
    this.components.direct?.removeEventListener('message', this.onMessage)
    this.components.peers.removeEventListener('peer:leave', this.onLeave)
    for (const waiting of this.waiting.values()) waiting.reject(new AbortedError('the node is stopping'))
    this.waiting.clear()
  }

  async embed (node: string, modelId: string, inputs: string[], options: { signal?: AbortSignal, deadlineMs: number }): Promise<EmbedResult> {
    if (node === this.components.peerId) return await this.own(modelId, inputs, options.signal)
    const results = await Promise.all(batchesOf(inputs).map(async batch => await this.ask(node, modelId, batch, options)))
    this.components.counters.increment('embeddings_asked')
    return {
      vectors: results.flatMap(r => r.embeddings.map(e => [...(e.values ?? [])])),
      promptTokens: results.reduce((sum, r) => sum + r.promptTokens, 0),
      modelId
    }
  }

  /** This node's own model, or its cloud model within the cap. */
  private async own (modelId: string, inputs: string[], signal?: AbortSignal): Promise<EmbedResult> {
    const { local, cloud, cap } = this.components
    if (local != null && local.backend.info.modelId === modelId && local.backend.embed != null) return await local.backend.embed(inputs, { signal })
    if (cloud != null && cloud.backend.info.modelId === modelId && cloud.backend.embed != null) {
      if (cap != null && !cap.take()) throw new CloudBudgetError()
      return await cloud.backend.embed(inputs, { signal })
    }
    throw new UnknownModelError(modelId)
  }

  private async ask (node: string, modelId: string, inputs: string[], options: { signal?: AbortSignal, deadlineMs: number }): Promise<WireEmbedResult> {
    const id = randomUUID()
    const request: MessageInit['embedRequest'] = { id, origin: this.components.peerId, target: node, modelId, inputs, deadlineMs: options.deadlineMs,
      budgetMs: Math.max(1, Math.min(MAX_QUERY_BUDGET_MS, Math.round(options.deadlineMs - Date.now()))) }
    const result = await new Promise<WireEmbedResult>((resolve, reject) => {
      const timer = setTimeout(() => { done(); reject(new NoAnswerError(`${modelId} on ${node} sent no embeddings before the deadline`)) }, Math.max(0, options.deadlineMs - Date.now()))
      const onAbort = (): void => { done(); reject(new AbortedError('the embedding request was aborted')) }
      const done = (): void => {
        clearTimeout(timer)
        options.signal?.removeEventListener('abort', onAbort)
        this.waiting.delete(id)
      }
      if (options.signal?.aborted === true) { onAbort(); return }
      options.signal?.addEventListener('abort', onAbort, { once: true })
      this.waiting.set(id, { node, resolve: r => { done(); resolve(r) }, reject: err => { done(); reject(err) } })
      this.components.gossip.publish(TOPICS.queries, 'embedRequest', request).catch((err: Error) => {
        this.waiting.get(id)?.reject(new NoAnswerError(`could not send the embed request: ${err.message}`))
      })
    })
    if (result.status !== Status.STATUS_OK) throw errorOf(result, node)
    if (result.embeddings.length !== inputs.length) throw new NoAnswerError(`${node} sent ${result.embeddings.length} embeddings for ${inputs.length} inputs`)
    return result
  }

  private collect (result: WireEmbedResult): void {
    if (result.origin !== this.components.peerId) return
    const waiting = this.waiting.get(result.requestId)
    // only the peer asked may answer; anything else is late, unsolicited, or forged
    if (waiting == null || waiting.node !== result.responder) { this.components.counters.increment('answers_dropped', 'unsolicited-embedding'); return }
    waiting.resolve(result)
  }

  private async respond (request: EmbedRequest, from: string): Promise<void> {
    const { counters, peerId, gossip } = this.components
    if (request.target !== peerId) return
    const key = `${from}/${request.id}`
    if (this.answered.has(key)) { counters.increment('queries_dropped', 'replayed'); return }
    this.answered.add(key)
    // the budget counts from arrival on this node's clock (the codec checked it is set)
    const fields = { requestId: request.id, responder: peerId, origin: request.origin, modelId: request.modelId }
    const controller = new AbortController()
    const timer = setTimeout(() => { controller.abort() }, request.budgetMs)
    let body: MessageInit['embedResult']
    try {
      const result = await this.own(request.modelId, request.inputs, controller.signal)
      body = { ...fields, status: Status.STATUS_OK, embeddings: result.vectors.map(values => ({ values })), promptTokens: result.promptTokens }
      counters.increment('embeddings_answered', 'ok')
    } catch (err) {
      const status = (err as Error).name === UnknownModelError.name ? Status.STATUS_REFUSED : statusOf(err as Error)
      body = { ...fields, status, error: (err as Error).message.slice(0, 1000) }
      counters.increment('embeddings_answered', (err as Error).name)
    } finally {
      clearTimeout(timer)
    }
    if (controller.signal.aborted) return
    const { direct } = this.components
    if (direct != null) { await direct.deliver(request.origin, TOPICS.answers, 'embedResult', body); return }
    await gossip.publish(TOPICS.answers, 'embedResult', body).catch((err: Error) => { log('could not send the embeddings for %s: %s', request.id, err.message) })
  }
}
