/**
 * @packageDocumentation
 *
 * The swarm-llm wire protocol: the protobuf schema, versioned topic names and a codec that
 * checks untrusted messages (size before decoding, version and fields after).
 *
 * @example
 * ```ts
 * import { encodeMessage, decodeMessage, TOPICS } from '@swarm-llm/protocol'
 *
 * const bytes = encodeMessage('leave', { reason: 'shutdown' })
 * const message = decodeMessage(bytes, { topic: TOPICS.capabilities })
 * ```
 */
export * from './constants.js'
export * from './errors.js'
export * from './codec.js'
export { swarmllm } from './pb/swarm.js'
