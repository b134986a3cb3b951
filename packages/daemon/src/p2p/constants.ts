/** Defaults of the p2p layer's direct streams. */

/** Longest one direct message may take, from the dial to the peer's Ack; past it the message goes by gossip. Defaults to 5 s. */
export const DEFAULT_DIRECT_TIMEOUT_MS = 5_000

/**
 * Direct streams open at once with one peer, each way. Each carries one message; a coordinator
 * of many concurrent queries gets one answer stream per query from each peer. Defaults to 64.
 */
export const MAX_DIRECT_STREAMS = 64
