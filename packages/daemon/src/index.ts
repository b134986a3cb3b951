/**
 * @packageDocumentation
 *
 * The swarm-llm daemon: a libp2p node in a private swarm that hosts one model, announces
 * its capabilities by gossipsub, routes each query (local, peers, cloud) and serves an
 * OpenAI-compatible HTTP API.
 *
 * @example
 * ```ts
 * import { createDaemon } from '@swarm-llm/daemon'
 *
 * const daemon = createDaemon({ dataDir: './node-a', apiPort: 7700, model: 'models/study-edge-a.gguf' })
 * await daemon.start()
 * const { text, receipt } = await daemon.router.answer({ model: 'swarm', generate: { messages: [{ role: 'user', content: 'What is 4 + 5?' }] } })
 * await daemon.stop()
 * ```
 */
export * from './constants.js'
export * from './config/index.js'
export * from './daemon.js'
export { createNodeRouter, loadNodeParts, CalibrationFileMissingError } from './assemble.js'
export type { NodeInit, NodeParts, NodeRouterComponents } from './assemble.js'
export { Counters } from './metrics.js'
export { PeerTable } from './p2p/peer-table.js'
export type { PeerEntry } from './p2p/peer-table.js'
export { createSwarmKey, readSwarmKey, writeSwarmKey, swarmKeyFingerprint, SwarmKeyError } from './p2p/swarm-key.js'
export { createSwarmNode, mdnsServiceTag } from './p2p/node.js'
export type { SwarmNode } from './p2p/node.js'
export { Direct } from './p2p/direct.js'
export type { DirectInit, DirectComponents, DirectKind } from './p2p/direct.js'
export { DirectRefusedError } from './p2p/errors.js'
export { MIN_CONNECTED_PEERS } from './p2p/dialer.js'
export { loadIdentity, DataDirInUseError } from './p2p/identity.js'
export { HttpError } from './api/http.js'
export * from './inference/types.js'
export * from './inference/errors.js'
export * from './inference/constants.js'
export { LocalBackend, loadLlama } from './inference/local.js'
export type { LocalBackendInit } from './inference/local.js'
export { uncertaintyOf, entropyOf } from './inference/uncertainty.js'
export type { UncertaintyFigures } from './inference/uncertainty.js'
export * from './workload/index.js'
export { CloudBackend } from './inference/cloud.js'
export type { CloudBackendInit } from './inference/cloud.js'
export * from './inference/calibration.js'
export * from './calibration/index.js'
export { createOpenAIRoutes, parseChatRequest, RECEIPT_HEADER } from './api/openai.js'
export { ApiServer } from './api/server.js'
export type { Routes } from './api/server.js'
export { loadBackends } from './inference/backends.js'
export type { Backends, BackendsInit } from './inference/backends.js'
export * from './routing/index.js'
export { startStandaloneServer } from './standalone.js'
export type { StandaloneInit, StandaloneServer } from './standalone.js'
export * from './models/pull.js'
export * from './safety/index.js'
