/** Where the control API listens. Defaults to loopback only. */
export const DEFAULT_API_HOST = '127.0.0.1'
/** Control API port. Defaults to 7700. */
export const DEFAULT_API_PORT = 7700
/** libp2p listen address. Defaults to every IPv4 interface, port 4700. */
export const DEFAULT_LISTEN = '/ip4/0.0.0.0/tcp/4700'
/** How often a node announces its capabilities. Defaults to 2 s. */
export const DEFAULT_ANNOUNCE_INTERVAL_MS = 2_000
/**
 * Added to the announcement period for every peer in the table, once that makes it longer than
 * the configured one: every node hears (and forwards) N announcements a period, so past 10 peers
 * nodes announce less often and each handles about 5 a second, however large the swarm. On one
 * 2-core machine forwarding them is most of what an idle daemon of a 30-node swarm does.
 * Defaults to 200 ms.
 */
export const ANNOUNCE_MS_PER_PEER = 200
/** A peer not heard from for this long leaves the peer table. Defaults to 8 s. */
export const DEFAULT_PEER_TTL_MS = 8_000
/** How often unreachable bootstrap addresses are dialled again. Defaults to 3 s. */
export const DEFAULT_REDIAL_INTERVAL_MS = 3_000
/** How often mDNS queries the LAN, at least: the period grows with the swarm (p2p/mdns.ts). Defaults to 5 s. */
export const DEFAULT_MDNS_INTERVAL_MS = 5_000
/**
 * Queries, embed requests and summon requests per second that this node accepts from any one
 * member of the swarm, on average (a token bucket per sender, in the gossip validator). More
 * than a two-core node's model answers (a few a second), so a member above it is flooding: the
 * excess is rejected, counted (`gossip_rejected{rate-limited}`) and lowers its gossip score.
 * Defaults to 50 a second.
 */
export const DEFAULT_PEER_QUERY_RATE = 50
/**
 * How many of those one member may send at once, above the rate: `bench:load`'s 500
 * concurrent clients at one coordinator fit in one burst. Defaults to 500.
 */
export const DEFAULT_PEER_QUERY_BURST = 500
/**
 * Messages remembered at once to refuse replays (p2p/seen-messages.ts), each until it would be
 * stale anyway. A member at the default rate limit fills 50 × 60 + 500 = 3,500 in the ±30 s
 * freshness window, so this holds eighteen such floods; past it the oldest is forgotten first.
 * Defaults to 65,536.
 */
export const MAX_SEEN_MESSAGES = 65_536
/** Members whose query rate is tracked at once; past it, buckets that have refilled are forgotten first. Defaults to 4096. */
export const MAX_RATE_LIMITED_PEERS = 4096
/** Files in the data directory. */
export const IDENTITY_FILE = 'identity.key'
export const LOCK_FILE = 'daemon.lock'
/** Largest HTTP request body the API reads. Defaults to 1 MiB. */
export const DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024
/**
 * Longest a streamed piece of text waits to be sent with the next ones: 20 ms, about one screen
 * refresh, so a reader sees no difference. Each write costs the serving process and its client a
 * wake-up; a 2,000 tokens/s study model decoded at 0.89 to 0.93 of direct node-llama-cpp's speed
 * at 5 ms and at 0.94 to 0.99 at 20 ms (`pnpm bench:throughput`). The first piece is never held.
 */
export const STREAM_COALESCE_MS = 20

// the router's defaults, for the CLI's help without loading the daemon
export { DEFAULT_TAU_LOCAL, DEFAULT_TAU_SWARM, DEFAULT_MAX_VOTE_WEIGHT } from './routing/constants.js'
