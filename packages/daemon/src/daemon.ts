import { randomUUID } from 'node:crypto'
import { logger } from '@libp2p/logger'
import { PROTOCOL_VERSION, SOFTWARE_VERSION, TOPICS } from '@swarm-llm/protocol'
import type { MessageInit } from '@swarm-llm/protocol'
import { sendJson } from './api/http.js'
import { ApiServer } from './api/server.js'
import type { Routes } from './api/server.js'
import { resolveDaemonInit } from './config/index.js'
import type { DaemonInit, ResolvedDaemonInit } from './config/index.js'
import { Counters } from './metrics.js'
import { Dialer } from './p2p/dialer.js'
import { Gossip } from './p2p/gossip.js'
import type { Received } from './p2p/gossip.js'
import { loadIdentity, lockDataDir } from './p2p/identity.js'
import { createSwarmNode, instanceFromAgent } from './p2p/node.js'
import type { SwarmNode } from './p2p/node.js'
import { PeerTable } from './p2p/peer-table.js'
import type { PeerEntry } from './p2p/peer-table.js'
import { readSwarmKey, swarmKeyFingerprint } from './p2p/swarm-key.js'
import type { ModelInfo } from './inference/types.js'

const log = logger('swarm-llm:daemon')

/** Announced by a node that hosts no model yet. */
export const NO_MODEL: ModelInfo = { modelId: 'none', family: '', parameterCount: 0, quantisation: '', contextLength: 0, tokensPerSecond: 0 }

export interface DaemonComponents {
  /** The hosted model. Defaults to NO_MODEL. */
  model?: ModelInfo
  /** Extra HTTP routes (the OpenAI-compatible API). */
  routes?: Routes
  /** Current queue depth of the hosted model. */
  queueDepth?: () => number
  /** Whether this node can summon the cloud. */
  canSummon?: boolean
  /** Shared with the routes, so /status shows their counters too. Defaults to a new one. */
  counters?: Counters
}

/** A capability announcement as the API shows it. */
export function capabilityView (c: MessageInit['capability']): Record<string, unknown> {
  return {
    modelId: c.modelId,
    family: c.modelFamily,
    parameterCount: c.parameterCount,
    quantisation: c.quantisation,
    contextLength: c.contextLength,
    tokensPerSecond: c.tokensPerSecond,
    queueDepth: c.queueDepth,
    canSummon: c.canSummon,
    softwareVersion: c.softwareVersion,
    protocolVersion: c.protocolVersion
  }
}

/** A peer as the API shows it. */
export function peerView (entry: PeerEntry, now = Date.now()): Record<string, unknown> {
  return { peerId: entry.peerId, lastSeenMsAgo: now - entry.lastSeenMs, capabilities: capabilityView(entry.capability) }
}

/**
 * One swarm-llm daemon: a libp2p node in a private swarm, its peer table, its capability
 * announcements and its HTTP API.
 */
export class Daemon {
  readonly init: ResolvedDaemonInit
  readonly counters: Counters
  readonly instanceId = randomUUID()
  readonly peers: PeerTable
  private node?: SwarmNode
  private gossip?: Gossip
  private dialer?: Dialer
  private api?: ApiServer
  private timers: NodeJS.Timeout[] = []
  private releaseLock?: () => Promise<void>
  private startedAt = 0
  private swarmFingerprint = ''
  /** Set when another process announces with this node's identity. */
  private twinInstances = new Set<string>()

  constructor (init: DaemonInit, private readonly components: DaemonComponents = {}) {
    this.init = resolveDaemonInit(init)
    this.counters = components.counters ?? new Counters()
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

  get pubsub (): Gossip {
    if (this.gossip == null) throw new Error('daemon is not started')
    return this.gossip
  }

  async start (): Promise<void> {
    const swarmKey = await readSwarmKey(this.init.swarmKeyFile)
    this.swarmFingerprint = swarmKeyFingerprint(swarmKey)
    const privateKey = await loadIdentity(this.init.dataDir)
    this.releaseLock = await lockDataDir(this.init.dataDir)
    try {
      const node = this.node = await createSwarmNode({ ...this.init, privateKey, swarmKey, instanceId: this.instanceId })
      node.addEventListener('peer:disconnect', e => {
        // a crashed peer's connections close at once; give it one announcement's time to be heard from again
        this.peers.suspect(e.detail.toString(), this.init.announceIntervalMs * 1.5)
      })
      node.addEventListener('peer:identify', e => {
        const instance = instanceFromAgent(e.detail.agentVersion)
        const connection = e.detail.connection
        if (instance != null) this.peers.identified(e.detail.peerId.toString(), instance, () => connection.status === 'open')
      })
      this.gossip = new Gossip(this.init, { pubsub: node.services.pubsub, peerId: node.peerId.toString(), counters: this.counters })
      this.gossip.addEventListener('message', e => { this.onMessage(e.detail) })
      this.gossip.addEventListener('self', e => { this.onSelfMessage(e.detail) })
      this.dialer = new Dialer(this.init, { libp2p: node, counters: this.counters })
      this.api = new ApiServer({ host: this.init.apiHost, port: this.init.apiPort }, { routes: this.routes(), counters: this.counters })
      await node.start()
      this.gossip.start()
      this.dialer.start()
      await this.api.start()
      this.startedAt = Date.now()
      this.timers.push(setInterval(() => { void this.announce() }, this.init.announceIntervalMs))
      this.timers.push(setInterval(() => { this.peers.expire() }, Math.min(1000, this.init.peerTtlMs / 4)))
      void this.announce()
      log('started %s; api %s', this.peerId, this.apiUrl)
    } catch (err) {
      await this.stop()
      throw err
    }
  }

  /** Says goodbye to the swarm, then stops everything. */
  async stop (reason = 'shutdown'): Promise<void> {
    for (const timer of this.timers) clearInterval(timer)
    this.timers = []
    if (this.gossip != null && this.node?.status === 'started') {
      await this.gossip.publish(TOPICS.capabilities, 'leave', { reason }).catch(err => { log('leave notice failed: %s', err.message) })
      // give the notice a moment on the wire before the connections close
      await new Promise(resolve => setTimeout(resolve, 150))
    }
    this.dialer?.stop()
    this.gossip?.stop()
    await this.api?.stop()
    await this.node?.stop()
    await this.releaseLock?.()
    this.releaseLock = undefined
  }

  capability (): MessageInit['capability'] {
    const model = this.components.model ?? NO_MODEL
    return {
      modelId: model.modelId,
      modelFamily: model.family,
      parameterCount: model.parameterCount,
      quantisation: model.quantisation,
      contextLength: model.contextLength,
      tokensPerSecond: model.tokensPerSecond,
      queueDepth: this.components.queueDepth?.() ?? 0,
      canSummon: this.components.canSummon ?? false,
      softwareVersion: SOFTWARE_VERSION,
      protocolVersion: PROTOCOL_VERSION,
      instanceId: this.instanceId,
      announceIntervalMs: this.init.announceIntervalMs
    }
  }

  status (): Record<string, unknown> {
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
      peerCount: this.peers.size,
      capabilities: capabilityView(this.capability()),
      duplicateIdentity: {
        self: this.twinInstances.size > 0,
        peers: this.peers.duplicateIdentities()
      },
      counters: this.counters.toJSON()
    }
  }

  private routes (): Routes {
    return {
      '/health': { GET: (_req, res) => { sendJson(res, 200, { ok: true, peerId: this.peerId }) } },
      '/status': { GET: (_req, res) => { sendJson(res, 200, this.status()) } },
      '/peers': { GET: (_req, res) => { sendJson(res, 200, this.peers.list().map(p => peerView(p))) } },
      ...this.components.routes
    }
  }

  private async announce (): Promise<void> {
    try {
      await this.gossip?.publish(TOPICS.capabilities, 'capability', this.capability())
    } catch (err) {
      this.counters.increment('announce_failed')
      log('announce failed: %s', (err as Error).message)
    }
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

/** Creates a daemon; call `start()` to join the swarm. */
export function createDaemon (init: DaemonInit, components: DaemonComponents = {}): Daemon {
  return new Daemon(init, components)
}
