/** Version of the wire protocol; carried in every envelope and in topic names. */
export const PROTOCOL_VERSION = 1

/** Version of this software, announced in capabilities. */
export const SOFTWARE_VERSION = '0.1.0'

/** Gossipsub topics. The version is part of the name, so incompatible swarms never share a topic. */
export const TOPICS = {
  /** Capability announcements and leave notices. */
  capabilities: `/swarm-llm/${PROTOCOL_VERSION}/capabilities`,
  /** Queries asked of peers. */
  queries: `/swarm-llm/${PROTOCOL_VERSION}/queries`,
  /** Answers to queries. */
  answers: `/swarm-llm/${PROTOCOL_VERSION}/answers`,
  /** Summon requests to a cloud-capable node, and their results. */
  summon: `/swarm-llm/${PROTOCOL_VERSION}/summon`
} as const

export type Topic = typeof TOPICS[keyof typeof TOPICS]

/** libp2p protocol ids for direct streams. */
export const PROTOCOL_IDS = {
  /** Identifies swarm-llm nodes in identify's protocol list. */
  node: `/swarm-llm/${PROTOCOL_VERSION}/node`,
  /**
   * One message to one peer, answered with an Ack: answers and summon results back to the
   * coordinator that asked, and cancels to the peers it asked. Each frame is length-prefixed.
   */
  direct: `/swarm-llm/${PROTOCOL_VERSION}/direct`
} as const

/** Largest envelope accepted from a peer, checked before decoding. Defaults to 256 KiB. */
export const DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024

/** Largest number of chat messages in one query. */
export const MAX_CHAT_MESSAGES = 256

/** Longest id, model id or peer id string accepted in a message. */
export const MAX_ID_LENGTH = 256

/** Most judgements one verdict may carry: one per answer a coordinator collected. */
export const MAX_JUDGEMENTS = 64

/** Most listen addresses a capability announcement may carry. */
export const MAX_ADDRESSES = 16

/** Oldest (or furthest in the future) a message's send time may be, so old messages cannot be replayed. Defaults to 30 s. */
export const DEFAULT_MAX_MESSAGE_AGE_MS = 30_000

/** Largest max_tokens a query may ask of any model; a responder checks it again against its own context. */
export const MAX_QUERY_TOKENS = 32_768

/** Most texts one embed request (or result) may carry; a coordinator splits a longer list into batches of this size. */
export const MAX_EMBED_INPUTS = 8

/** Longest time a query may ask a peer to spend on it (its budget_ms), so no peer is held for ever. */
export const MAX_QUERY_BUDGET_MS = 10 * 60_000
