/** Why a message from a peer was rejected; used as a metrics label. */
export type RejectReason = 'oversized' | 'malformed' | 'wrong-version' | 'invalid' | 'wrong-topic' | 'wrong-kind' | 'spoofed' | 'stale' | 'rate-limited' | 'replayed'

/** Base class of every rejection of a peer message. Branch on `name` or `reason`. */
export class ProtocolError extends Error {
  static name = 'ProtocolError'
  readonly reason: RejectReason

  constructor (reason: RejectReason, message: string) {
    super(message)
    this.name = 'ProtocolError'
    this.reason = reason
  }
}

export class MessageTooLargeError extends ProtocolError {
  static name = 'MessageTooLargeError'
  constructor (size: number, limit: number) {
    super('oversized', `message of ${size} bytes exceeds the limit of ${limit}`)
    this.name = 'MessageTooLargeError'
  }
}

export class MalformedMessageError extends ProtocolError {
  static name = 'MalformedMessageError'
  constructor (message = 'message does not decode') {
    super('malformed', message)
    this.name = 'MalformedMessageError'
  }
}

export class WrongVersionError extends ProtocolError {
  static name = 'WrongVersionError'
  constructor (version: number, expected: number) {
    super('wrong-version', `protocol version ${version} is not ${expected}`)
    this.name = 'WrongVersionError'
  }
}

export class InvalidMessageError extends ProtocolError {
  static name = 'InvalidMessageError'
  constructor (message: string) {
    super('invalid', message)
    this.name = 'InvalidMessageError'
  }
}

export class WrongTopicError extends ProtocolError {
  static name = 'WrongTopicError'
  constructor (body: string, topic: string) {
    super('wrong-topic', `a ${body} message does not belong on ${topic}`)
    this.name = 'WrongTopicError'
  }
}

/** A body that may not travel this way (a query on a direct stream, say). */
export class WrongKindError extends ProtocolError {
  static name = 'WrongKindError'
  constructor (body: string) {
    super('wrong-kind', `a ${body} message may not be sent this way`)
    this.name = 'WrongKindError'
  }
}

/** A peer sending more of one kind of message than a receiver accepts per second. */
export class RateLimitedError extends ProtocolError {
  static name = 'RateLimitedError'
  constructor (message: string) {
    super('rate-limited', message)
    this.name = 'RateLimitedError'
  }
}

/**
 * A message its signer sent before, received again inside the freshness window: the same kind
 * with the same id (a query id, or the query an answer is for), however it was wrapped.
 */
export class ReplayedMessageError extends ProtocolError {
  static name = 'ReplayedMessageError'
  constructor (message: string) {
    super('replayed', message)
    this.name = 'ReplayedMessageError'
  }
}

export class SpoofedMessageError extends ProtocolError {
  static name = 'SpoofedMessageError'
  constructor (message: string) {
    super('spoofed', message)
    this.name = 'SpoofedMessageError'
  }
}

/** A message sent too long ago, or stamped too far in the future (a replay, or a clock far off). */
export class StaleMessageError extends ProtocolError {
  static name = 'StaleMessageError'
  /** How long ago the message says it was sent, by the receiver's clock: negative if in the future. */
  readonly ageMs: number
  constructor (ageMs: number, limitMs: number) {
    super('stale', ageMs >= 0 ? `message was sent ${ageMs} ms ago, over the limit of ${limitMs}` : `message is stamped ${-ageMs} ms in the future, over the limit of ${limitMs}`)
    this.ageMs = ageMs
    this.name = 'StaleMessageError'
  }
}
