/**
 * @packageDocumentation
 *
 * The swarm-llm daemon: a libp2p node in a private swarm that hosts one model, announces
 * its capabilities by gossipsub and serves an HTTP API.
 *
 * @example
 * ```ts
 * import { createDaemon } from '@swarm-llm/daemon'
 *
 * const daemon = createDaemon({ dataDir: './node-a', apiPort: 7700 })
 * await daemon.start()
 * console.log(daemon.peers.list())
 * await daemon.stop()
 * ```
 */
export * from './constants.js'
export * from './config/index.js'
export * from './daemon.js'
export { Counters } from './metrics.js'
export { PeerTable } from './p2p/peer-table.js'
export type { PeerEntry } from './p2p/peer-table.js'
export { createSwarmKey, readSwarmKey, writeSwarmKey, swarmKeyFingerprint, SwarmKeyError } from './p2p/swarm-key.js'
export { createSwarmNode, mdnsServiceTag } from './p2p/node.js'
export type { SwarmNode } from './p2p/node.js'
export { loadIdentity, DataDirInUseError } from './p2p/identity.js'
export { HttpError } from './api/http.js'
