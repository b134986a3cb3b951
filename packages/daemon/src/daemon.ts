import { randomUUID } from 'node:crypto'
import { logger } from '@libp2p/logger'
import { MAX_ADDRESSES, PROTOCOL_VERSION, SOFTWARE_VERSION, TOPICS } from '@swarm-llm/protocol'
import type { MessageInit } from '@swarm-llm/protocol'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createControlRoutes } from './api/control.js'
import { createNodeRouter, loadNodeParts } from './assemble.js'
import type { NodeParts } from './assemble.js'
import { createDashboardRoutes } from './api/dashboard.js'
import { createOpenAIRoutes } from './api/openai.js'
import { createOllamaRoutes } from './api/ollama.js'
import { capabilityView, swarmView } from './api/views.js'
import { ApiServer } from './api/server.js'
import type { Routes } from './api/server.js'
import { ANNOUNCE_MS_PER_PEER, DEFAULT_MAX_REQUEST_BYTES } from './constants.js'
import { resolveDaemonInit } from './config/index.js'
import type { DaemonInit, ResolvedDaemonInit } from './config/index.js'
import { Counters } from './metrics.js'
import { Dialer } from './p2p/dialer.js'
import { Diagnostics } from './p2p/diagnostics.js'
import { Gossip } from './p2p/gossip.js'
import type { Received } from './p2p/gossip.js'
import { loadIdentity, lockDataDir } from './p2p/identity.js'
import { createSwarmNode, instanceFromAgent } from './p2p/node.js'
import type { SwarmNode } from './p2p/node.js'
import { PeerTable } from './p2p/peer-table.js'
import { gossipScores } from './p2p/scoring.js'
import { Direct } from './p2p/direct.js'
import { SwarmQueries } from './p2p/queries.js'
import { SwarmSummon } from './p2p/summon.js'
import { SwarmEmbeddings } from './p2p/embeddings.js'
import { SwarmVerdicts } from './p2p/verdicts.js'
import { readSwarmKey, swarmKeyFingerprint, writeSwarmKey } from './p2p/swarm-key.js'
import type { ModelInfo } from './inference/types.js'
import { RateCap } from './routing/budget.js'
import { DEFAULT_CLOUD_MAX_PER_MINUTE } from './routing/constants.js'
import type { Router } from './routing/router.js'

const log = logger('swarm-llm:daemon')

/** Announced by a node that hosts no model yet. */
export const NO_MODEL: ModelInfo = { modelId: 'none', family: '', parameterCount: 0, quantisation: '', contextLength: 0, tokensPerSecond: 0 }

export interface DaemonComponents {
  /** Defaults to a new one. */
  counters?: Counters
}

export { capabilityView, peerView } from './api/views.js'

/**
 * One swarm-llm daemon, assembled in one place: the models it runs (local and cloud), a
 * libp2p node in a private swarm with its peer table and capability announcements, the
 * peer queries and cloud summons it serves and asks for, the router that decides each
 * query's route, the trace, and the HTTP API. `stop()` stops every one of them.
 */
export class Daemon {
  readonly init: ResolvedDaemonInit
  readonly counters: Counters
  readonly instanceId = randomUUID()
  readonly peers: PeerTable
  private node?: SwarmNode
  private gossip?: Gossip
  private direct?: Direct
  private dialer?: Dialer
  private api?: ApiServer
  private parts?: NodeParts
  private queries?: SwarmQueries
  private verdicts?: SwarmVerdicts
  private summon?: SwarmSummon
  private embeddings?: SwarmEmbeddings
  private routerInstance?: Router
  private timers: NodeJS.Timeout[] = []
  private releaseLock?: () => Promise<void>
  private startedAt = 0
  private swarmFingerprint = ''
  private announceTimer?: NodeJS.Timeout
  /** Set when another process announces with this node's identity. */
  private twinInstances = new Set<string>()
  /** What went wrong on the network, for `swarm-llm doctor`. */
  private readonly diagnostics = new Diagnostics()

  /** Set when this start made a new swarm key, since none was given or found. */
  createdSwarmKey?: string
  private readonly keyNamed: boolean

  constructor (init: DaemonInit, private readonly components: DaemonComponents = {}) {
    this.keyNamed = init.swarmKeyFile != null
    this.init = resolveDaemonInit(init)
    this.counters = components.counters ?? new Counters({ processMetrics: true })
    this.gauges()
    this.peers = new PeerTable({ ttlMs: this.init.peerTtlMs })
    this.peers.addEventListener('peer:join', e => { log('peer joined: %s (%s)', e.detail.peerId, e.detail.capability.modelId) })
    this.peers.addEventListener('peer:leave', e => {
      this.counters.increment('peers_left', e.detail.reason)
      log('peer left: %s (%s)', e.detail.peerId, e.detail.reason)
    })
    this.peers.addEventListener('peer:duplicate', e => {
      log.error('peer id %s is used by %d processes at once (a copied data directory?)', e.detail.peerId, e.detail.instanceIds.length)
    })
  }

  get peerId (): string {
    if (this.node == null) throw new Error('daemon is not started')
    return this.node.peerId.toString()
  }

  get apiUrl (): string {
    if (this.api == null) throw new Error('daemon is not started')
    return this.api.url
  }

  get libp2p (): SwarmNode {
    if (this.node == null) throw new Error('daemon is not started')
    return this.node
  }

  get router (): Router {
    if (this.routerInstance == null) throw new Error('daemon is not started')
    return this.routerInstance
  }

  get pubsub (): Gossip {
    if (this.gossip == null) throw new Error('daemon is not started')
    return this.gossip
  }

  async start (): Promise<void> {
    const init = this.init
    const swarmKey = await this.swarmKey()
    this.swarmFingerprint = swarmKeyFingerprint(swarmKey)
    const privateKey = await loadIdentity(init.dataDir)
    this.releaseLock = await lockDataDir(init.dataDir)
    try {
      const parts = this.parts = await loadNodeParts(init)
      const backends = parts.backends
      const node = this.node = await createSwarmNode({ ...init, privateKey, swarmKey, instanceId: this.instanceId, peerCount: () => this.peers.size })
      const peerId = node.peerId.toString()
      node.addEventListener('peer:disconnect', e => {
        // a crashed peer's connections close at once; give it one announcement's time to be heard from again
        const peer = e.detail.toString()
        this.peers.suspect(peer, (this.peers.get(peer)?.capability.announceIntervalMs ?? init.announceIntervalMs) * 1.5)
      })
      node.addEventListener('peer:identify', e => {
        const instance = instanceFromAgent(e.detail.agentVersion)
        const connection = e.detail.connection
        if (instance != null) this.peers.identified(e.detail.peerId.toString(), instance, () => connection.status === 'open')
      })
      const gossip = this.gossip = new Gossip(init, { pubsub: node.services.pubsub, peerId, counters: this.counters, diagnostics: this.diagnostics })
      gossip.addEventListener('message', e => { this.onMessage(e.detail) })
      gossip.addEventListener('self', e => { this.onSelfMessage(e.detail) })
      this.dialer = new Dialer(init, { libp2p: node, counters: this.counters, diagnostics: this.diagnostics, peers: this.peers })
      // answers, summon results and cancels go to the one peer that needs them
      const direct = this.direct = new Direct(init, { node, gossip, counters: this.counters, addressesOf: peer => this.peers.get(peer)?.capability.addresses ?? [] })
      const swarm = { gossip, direct, peers: this.peers, peerId, counters: this.counters }
      this.queries = new SwarmQueries(init, { ...swarm, local: backends.local, calibration: parts.calibration })
      this.verdicts = new SwarmVerdicts({ gossip, peerId, counters: this.counters, calibration: parts.calibration })
      const cap = new RateCap(init.cloudMaxPerMinute ?? DEFAULT_CLOUD_MAX_PER_MINUTE)
      this.summon = new SwarmSummon(init, { ...swarm, cloud: backends.cloud, cap })
      this.embeddings = new SwarmEmbeddings({ ...swarm, local: backends.local, cloud: backends.cloud, cap })
      // a model whose file changed is announced as gone at once, so the peers stop asking this node
      backends.local?.backend.addEventListener('gone', () => { this.announceNow() })
      this.routerInstance = createNodeRouter(init, parts, { peers: this.queries, summon: this.summon, verdicts: this.verdicts, embedder: this.embeddings, nodeId: () => peerId, counters: this.counters })
      this.api = new ApiServer({ host: init.apiHost, port: init.apiPort, apiKey: init.apiKey }, { routes: this.routes(), counters: this.counters })
      try {
        await node.start()
      } catch (err) {
        throw listenError(err as Error)
      }
      gossip.start()
      await direct.start()
      this.queries.start()
      this.verdicts.start()
      this.summon.start()
      this.embeddings.start()
      this.dialer.start()
      await this.api.start()
      this.startedAt = Date.now()
      this.timers.push(setInterval(() => { this.peers.expire() }, Math.min(1000, init.peerTtlMs / 4)))
      this.announce()
      log('started %s; api %s', this.peerId, this.apiUrl)
    } catch (err) {
      // what failed to start is reported, not what failed while tidying up after it
      await this.stop().catch(stopErr => { log('stopping after a failed start: %s', (stopErr as Error).message) })
      throw err
    }
  }

  /**
   * The swarm key. With no --swarm-key and none in the data directory, the first start makes
   * one there (`createdSwarmKey` says where), so `up` works at once and the key is shared by
   * copying that file; a key file named explicitly must exist.
   */
  private async swarmKey (): Promise<Uint8Array> {
    const path = this.init.swarmKeyFile
    if (!this.keyNamed && !existsSync(path)) {
      await mkdir(this.init.dataDir, { recursive: true })
      await writeSwarmKey(path)
      this.createdSwarmKey = path
      log('made a new swarm key at %s', path)
    }
    return await readSwarmKey(path)
  }

  /** The models this node runs itself. */
  get models (): { local?: ModelInfo, cloud?: ModelInfo } {
    return { local: this.parts?.backends.local?.backend.info, cloud: this.parts?.backends.cloud?.backend.info }
  }

  /** Says goodbye to the swarm, then stops everything. */
  async stop (reason = 'shutdown'): Promise<void> {
    for (const timer of this.timers) clearInterval(timer)
    this.timers = []
    clearTimeout(this.announceTimer)
    this.announceTimer = undefined
    if (this.gossip != null && this.node?.status === 'started') {
      await this.gossip.publish(TOPICS.capabilities, 'leave', { reason }).catch(err => { log('leave notice failed: %s', err.message) })
      // give the notice a moment on the wire before the connections close
      await new Promise(resolve => setTimeout(resolve, 150))
    }
    await this.api?.stop()
    this.queries?.stop()
    this.verdicts?.stop()
    this.summon?.stop()
    this.embeddings?.stop()
    this.dialer?.stop()
    if (this.node?.status === 'started') {
      await this.direct?.stop()
      this.gossip?.stop()
    }
    await this.node?.stop()
    await this.parts?.dispose()
    this.parts = undefined
    await this.releaseLock?.()
    this.releaseLock = undefined
  }

  capability (): MessageInit['capability'] {
    const local = this.parts?.backends.local?.backend
    const model = local != null && local.gone == null ? local.info : NO_MODEL
    const cloud = this.parts?.backends.cloud?.backend
    return {
      modelId: model.modelId,
      modelFamily: model.family,
      parameterCount: model.parameterCount,
      quantisation: model.quantisation,
      contextLength: model.contextLength,
      tokensPerSecond: model.tokensPerSecond,
      queueDepth: (this.parts?.backends.local?.backend.queueDepth() ?? 0) + (cloud?.queueDepth() ?? 0),
      canSummon: cloud != null,
      cloudModelId: cloud?.info.modelId ?? '',
      softwareVersion: SOFTWARE_VERSION,
      protocolVersion: PROTOCOL_VERSION,
      instanceId: this.instanceId,
      announceIntervalMs: this.announceIntervalMs(),
      addresses: this.node?.getMultiaddrs().slice(0, MAX_ADDRESSES).map(a => a.toString()) ?? []
    }
  }

  async status (): Promise<Record<string, unknown>> {
    const node = this.libp2p
    return {
      peerId: this.peerId,
      instanceId: this.instanceId,
      softwareVersion: SOFTWARE_VERSION,
      protocolVersion: PROTOCOL_VERSION,
      swarm: this.swarmFingerprint,
      uptimeMs: Date.now() - this.startedAt,
      addresses: node.getMultiaddrs().map(a => a.toString()),
      connections: node.getConnections().length,
      gossipScores: gossipScores(node),
      peerCount: this.peers.size,
      capabilities: capabilityView(this.capability()),
      duplicateIdentity: {
        self: this.twinInstances.size > 0,
        peers: this.peers.duplicateIdentities()
      },
      diagnostics: this.diagnostics.toJSON(),
      routing: this.routerInstance?.status(),
      trace: this.parts?.trace.path,
      counters: await this.counters.toJSON()
    }
  }

  private routes (): Routes {
    return {
      ...createControlRoutes({ peerId: () => this.peerId, status: async () => await this.status(), counters: this.counters, peers: () => this.peers.list(), reputation: this.parts?.reputation, trace: () => this.parts?.trace }),
      ...createOpenAIRoutes({ maxRequestBytes: DEFAULT_MAX_REQUEST_BYTES }, { router: this.router, counters: this.counters }),
      ...createOllamaRoutes({ maxRequestBytes: DEFAULT_MAX_REQUEST_BYTES }, { router: this.router, counters: this.counters }),
      ...createDashboardRoutes({ router: this.router, swarm: async () => this.swarmView() })
    }
  }

  /** The swarm as the dashboard draws it: this node, then its peers. */
  private swarmView (): object {
    const local = this.parts?.backends.local?.backend
    const cloud = this.parts?.backends.cloud?.backend
    return swarmView({
      peerId: this.peerId,
      local: local != null ? { modelId: local.info.modelId, queueDepth: local.queueDepth() } : undefined,
      cloud: cloud != null ? { modelId: cloud.info.modelId, queueDepth: cloud.queueDepth() } : undefined,
      peers: this.peers.list(),
      routing: this.router.status(),
      announceIntervalMs: this.announceIntervalMs()
    })
  }

  /** Gauges read at each scrape of /metrics. */
  private gauges (): void {
    const c = this.counters
    c.gauge('peers', 'Peers in the peer table', () => this.peers.size)
    c.gauge('connections', 'Open libp2p connections', () => this.node?.getConnections().length)
    c.gauge('queue_depth', "Generations waiting or running on this node's models", () => (this.parts?.backends.local?.backend.queueDepth() ?? 0) + (this.parts?.backends.cloud?.backend.queueDepth() ?? 0))
    c.gauge('tokens_per_second', "The local model's measured generation speed", () => this.parts?.backends.local?.backend.info.tokensPerSecond)
    c.gauge('cloud_share', 'Share of recent routed queries sent to the cloud', () => this.routerInstance?.budget.status().windowShare ?? undefined)
    c.gauge('cloud_target_share', 'The cloud share the user set as target', () => this.routerInstance?.budget.targetShare)
    c.gauge('tau_swarm', 'The summon threshold τ_swarm in force', () => this.routerInstance?.budget.tauSwarm)
    c.gauge('tau_local', 'The local threshold τ_local', () => this.routerInstance?.tauLocal)
  }

  /** The announcement period: the configured one, longer in a large swarm (ANNOUNCE_MS_PER_PEER). */
  private announceIntervalMs (): number {
    return Math.max(this.init.announceIntervalMs, this.peers.size * ANNOUNCE_MS_PER_PEER)
  }

  /** Announces this node's capabilities now and again every announcement period; a model file that changed meanwhile is found first. */
  private announce (): void {
    const local = this.parts?.backends.local?.backend
    void (local?.checkFile() ?? Promise.resolve()).catch(() => {}).then(() => { this.publishCapability() })
    this.announceTimer = setTimeout(() => { this.announce() }, this.announceIntervalMs())
  }

  /** Announces now, and again a period from now; nothing before the first announcement or after stop(). */
  private announceNow (): void {
    if (this.announceTimer == null) return
    clearTimeout(this.announceTimer)
    this.announce()
  }

  private publishCapability (): void {
    this.gossip?.publish(TOPICS.capabilities, 'capability', this.capability()).catch(err => {
      this.counters.increment('announce_failed')
      log('announce failed: %s', (err as Error).message)
    })
  }

  private onMessage (message: Received): void {
    if (message.kind === 'capability') this.peers.announce(message.from, message.body)
    else if (message.kind === 'leave') this.peers.leave(message.from)
  }

  private onSelfMessage (message: Received): void {
    if (message.kind !== 'capability' || message.body.instanceId === this.instanceId) return
    if (!this.twinInstances.has(message.body.instanceId)) {
      this.twinInstances.add(message.body.instanceId)
      log.error('another process is running with this node\'s identity %s (a copied data directory?)', this.peerId)
    }
  }
}

/** A listen address another process holds. */
export class ListenAddressInUseError extends Error {
  static name = 'ListenAddressInUseError'
  constructor (readonly addresses: string[]) {
    super(`the p2p listen address ${addresses.join(', ')} is already in use (another daemon on this machine?); pick another port with --listen, e.g. --listen /ip4/0.0.0.0/tcp/4701`)
    this.name = 'ListenAddressInUseError'
  }
}

/** libp2p reports a taken port inside a long message; say plainly which address it was. */
function listenError (err: Error): Error {
  const taken = [...err.message.matchAll(/(\/ip[46]\/\S+?): Error: listen EADDRINUSE/g)].map(m => m[1])
  return taken.length > 0 ? new ListenAddressInUseError(taken) : err
}

/** Creates a daemon; call `start()` to join the swarm. */
export function createDaemon (init: DaemonInit, components: DaemonComponents = {}): Daemon {
  return new Daemon(init, components)
}
