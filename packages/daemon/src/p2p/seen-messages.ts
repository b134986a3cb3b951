import { DEFAULT_MAX_MESSAGE_AGE_MS } from '@swarm-llm/protocol'
import type { Message } from '@swarm-llm/protocol'
import { MAX_SEEN_MESSAGES } from '../constants.js'

export interface SeenMessagesInit {
  /** How far a send time may be from the receiver's clock, either way: the codec's freshness window. Defaults to DEFAULT_MAX_MESSAGE_AGE_MS. */
  maxAgeMs?: number
  /** Messages remembered at once. Defaults to MAX_SEEN_MESSAGES. */
  maxEntries?: number
}

/**
 * What makes one message the same as another for replay: its kind and the id it carries (the
 * query an answer or a verdict is for, the request a result answers). A node sends at most one
 * message of a kind per id; announcements and leave notices repeat by design and have none.
 */
export function replayIdOf (message: Message): string | undefined {
  switch (message.kind) {
    case 'query': return message.body.id
    case 'summonRequest': return message.body.query?.id ?? undefined
    case 'embedRequest': return message.body.id
    case 'answer': return message.body.queryId
    case 'summonResult': return message.body.queryId
    case 'embedResult': return message.body.requestId
    case 'verdict': return message.body.queryId
    case 'cancel': return message.body.queryId
    default: return undefined
  }
}

/**
 * The messages accepted from each signer, by kind and id, each kept until its send time falls
 * out of the freshness window (after that the codec rejects it as stale, so no replay gets
 * through either way). Gossipsub's own seen cache knows a message by signer and sequence
 * number: a signer that publishes the same envelope again under a new sequence number, or
 * sends it again on a direct stream, gets past that one, not past this.
 *
 * Bounded: past `maxEntries` the entry remembered longest is forgotten first.
 */
export class SeenMessages {
  /** Key to the time it stops mattering; in insertion order, which is roughly expiry order. */
  private readonly entries = new Map<string, number>()
  private readonly maxAgeMs: number
  private readonly maxEntries: number

  constructor (init: SeenMessagesInit = {}) {
    this.maxAgeMs = init.maxAgeMs ?? DEFAULT_MAX_MESSAGE_AGE_MS
    this.maxEntries = init.maxEntries ?? MAX_SEEN_MESSAGES
  }

  /** The key of `message` from `signer`, or undefined for a kind that may repeat. */
  keyOf (signer: string, message: Message): string | undefined {
    const id = replayIdOf(message)
    return id == null ? undefined : `${signer}\n${message.kind}\n${id}`
  }

  /** Whether `key` was remembered and its message is still inside the window. */
  has (key: string, now = Date.now()): boolean {
    const expires = this.entries.get(key)
    return expires != null && expires >= now
  }

  /** Remembers `key` for a message sent at `sentAtMs`, until the codec would find it stale. */
  add (key: string, sentAtMs: number, now = Date.now()): void {
    this.prune(now)
    this.entries.delete(key)
    this.entries.set(key, sentAtMs + this.maxAgeMs)
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
  }

  /** Messages remembered. */
  get size (): number {
    return this.entries.size
  }

  /** Forgets the expired entries at the front; one sent with a clock far ahead may wait behind a later one a while. */
  private prune (now: number): void {
    for (const [key, expires] of this.entries) {
      if (expires >= now) return
      this.entries.delete(key)
    }
  }
}
