import { DEFAULT_MAX_MESSAGE_BYTES } from '@swarm-llm/protocol'
import { join } from 'node:path'
import {
  DEFAULT_ANNOUNCE_INTERVAL_MS, DEFAULT_API_HOST, DEFAULT_API_PORT, DEFAULT_LISTEN, DEFAULT_MDNS_INTERVAL_MS,
  DEFAULT_PEER_TTL_MS, DEFAULT_REDIAL_INTERVAL_MS
} from '../constants.js'

/** Everything a daemon needs, as the CLI resolves it from flags, a config file and the environment. */
export interface DaemonInit {
  /** Holds the node identity and lock. */
  dataDir: string
  /** Swarm key file made by `swarm-llm keygen`. Defaults to `<dataDir>/swarm.key`. */
  swarmKeyFile?: string
  /** libp2p listen multiaddrs. Defaults to [DEFAULT_LISTEN]. */
  listen?: string[]
  /** Multiaddrs to dial, for networks without multicast. Defaults to none. */
  bootstrap?: string[]
  /** Discover peers by mDNS. Defaults to true. */
  mdns?: boolean
  /** Defaults to DEFAULT_MDNS_INTERVAL_MS. */
  mdnsIntervalMs?: number
  /** Control API host. Defaults to DEFAULT_API_HOST (loopback). */
  apiHost?: string
  /** Control API port; 0 picks a free one. Defaults to DEFAULT_API_PORT. */
  apiPort?: number
  /** Defaults to DEFAULT_ANNOUNCE_INTERVAL_MS. */
  announceIntervalMs?: number
  /** Defaults to DEFAULT_PEER_TTL_MS. */
  peerTtlMs?: number
  /** Defaults to DEFAULT_REDIAL_INTERVAL_MS. */
  redialIntervalMs?: number
  /** Defaults to DEFAULT_MAX_MESSAGE_BYTES. */
  maxMessageBytes?: number
}

export type ResolvedDaemonInit = Required<DaemonInit>

/** Fills every default. */
export function resolveDaemonInit (init: DaemonInit): ResolvedDaemonInit {
  const positive = (name: string, value: number): number => {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number, not ${value}`)
    return value
  }
  const apiPort = init.apiPort ?? DEFAULT_API_PORT
  if (!Number.isInteger(apiPort) || apiPort < 0 || apiPort > 65535) throw new RangeError(`apiPort must be 0..65535, not ${apiPort}`)
  return {
    dataDir: init.dataDir,
    swarmKeyFile: init.swarmKeyFile ?? join(init.dataDir, 'swarm.key'),
    listen: init.listen?.length ? init.listen : [DEFAULT_LISTEN],
    bootstrap: init.bootstrap ?? [],
    mdns: init.mdns ?? true,
    mdnsIntervalMs: positive('mdnsIntervalMs', init.mdnsIntervalMs ?? DEFAULT_MDNS_INTERVAL_MS),
    apiHost: init.apiHost ?? DEFAULT_API_HOST,
    apiPort,
    announceIntervalMs: positive('announceIntervalMs', init.announceIntervalMs ?? DEFAULT_ANNOUNCE_INTERVAL_MS),
    peerTtlMs: positive('peerTtlMs', init.peerTtlMs ?? DEFAULT_PEER_TTL_MS),
    redialIntervalMs: positive('redialIntervalMs', init.redialIntervalMs ?? DEFAULT_REDIAL_INTERVAL_MS),
    maxMessageBytes: positive('maxMessageBytes', init.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES)
  }
}
