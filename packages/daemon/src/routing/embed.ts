import { redactPii } from '../safety/pii/redact.js'
import type { RouterComponents } from './components.js'
import { DEFAULT_EMBED_DEADLINE_MS, SWARM_MODEL_ID } from './constants.js'
import { RouteUnavailableError, UnknownModelError } from './errors.js'
import type { EmbedAnswer, EmbedRouteRequest, PiiMode } from './types.js'

export interface EmbedRouteSettings {
  /** Offer the peers' models and the `swarm` model. */
  swarm: boolean
  pii: PiiMode
  /** Defaults to DEFAULT_EMBED_DEADLINE_MS. */
  deadlineMs?: number
}

/**
 * Embeddings by the named model, wherever it runs: this node's, a peer's (asked over gossip),
 * or a cloud model (this node's own client, or the summoner that holds its key). `swarm` means
 * this node's model, or the first peer's by id when it runs none: embeddings of two models do
 * not compare, so the same name must keep giving the same model. Text bound for the cloud
 * loses its personal data to placeholders first, or stays in the LAN (`never-leaves-lan`).
 */
export async function routeEmbedding (components: RouterComponents, settings: EmbedRouteSettings, request: EmbedRouteRequest, options: { signal?: AbortSignal } = {}): Promise<EmbedAnswer> {
  const { local, cloud, peers, summon, embedder, counters } = components
  const self = components.nodeId()
  const deadlineMs = Date.now() + (settings.deadlineMs ?? DEFAULT_EMBED_DEADLINE_MS)
  let model = request.model
  if (model === SWARM_MODEL_ID && settings.swarm) {
    model = local?.backend.info.modelId ?? [...(peers?.models() ?? [])].sort((a, b) => a.modelId.localeCompare(b.modelId))[0]?.modelId ?? model
  }
  const done = (answer: EmbedAnswer): EmbedAnswer => { counters.increment('embeddings', `${answer.route}/ok`); return answer }

  if (local != null && model === local.backend.info.modelId && local.backend.embed != null) {
    return done({ ...await local.backend.embed(request.inputs, options), route: 'local', node: self, redacted: 0 })
  }
  const peer = settings.swarm ? peers?.models().find(m => m.modelId === model) : undefined
  if (peer != null && embedder != null) {
    return done({ ...await embedder.embed(peer.node, model, request.inputs, { signal: options.signal, deadlineMs }), route: 'peers', node: peer.node, redacted: 0 })
  }
  const ownCloud = cloud != null && model === cloud.backend.info.modelId && cloud.backend.embed != null
  const summoner = settings.swarm ? summon?.models().find(m => m.modelId === model) : undefined
  if (ownCloud || (summoner != null && embedder != null)) {
    if (request.lanOnly === true) throw new RouteUnavailableError(`${model} is a cloud model and the request may not leave the LAN`)
    const redactions = request.inputs.map(input => redactPii(input))
    const redacted = redactions.reduce((sum, r) => sum + r.entities.length, 0)
    if (redacted > 0 && settings.pii === 'never-leaves-lan') throw new RouteUnavailableError(`the inputs hold personal data, which this node keeps in the LAN: they cannot go to ${model}`)
    const inputs = redactions.map(r => r.text)
    const result = ownCloud
      ? await cloud.backend.embed!(inputs, options)
      : await embedder!.embed(summoner!.node, model, inputs, { signal: options.signal, deadlineMs })
    return done({ ...result, route: 'cloud', node: ownCloud ? self : summoner!.node, redacted })
  }
  throw new UnknownModelError(model)
}
