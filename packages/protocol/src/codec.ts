import './numbers.js'
import { swarmllm } from './pb/swarm.js'
import { DEFAULT_MAX_MESSAGE_AGE_MS, DEFAULT_MAX_MESSAGE_BYTES, MAX_ADDRESSES, MAX_CHAT_MESSAGES, MAX_EMBED_INPUTS, MAX_ID_LENGTH, MAX_JUDGEMENTS, MAX_QUERY_BUDGET_MS, MAX_QUERY_TOKENS, PROTOCOL_VERSION, TOPICS } from './constants.js'
import type { Topic } from './constants.js'
import { InvalidMessageError, MalformedMessageError, MessageTooLargeError, StaleMessageError, WrongKindError, WrongTopicError, WrongVersionError } from './errors.js'

const pb = swarmllm.v1
export type Capability = swarmllm.v1.Capability
export type Query = swarmllm.v1.Query
export type Answer = swarmllm.v1.Answer
export type SummonRequest = swarmllm.v1.SummonRequest
export type SummonResult = swarmllm.v1.SummonResult
export type Leave = swarmllm.v1.Leave
export type Verdict = swarmllm.v1.Verdict
export type Cancel = swarmllm.v1.Cancel
export type Ack = swarmllm.v1.Ack
export type ChatMessage = swarmllm.v1.ChatMessage
export type EmbedRequest = swarmllm.v1.EmbedRequest
export type EmbedResult = swarmllm.v1.EmbedResult
export const Role = pb.ChatMessage.Role
export const Status = pb.Status

/** A decoded, validated envelope: exactly one body is set. */
export type Message =
  | { kind: 'capability', body: Capability, sentAtMs: number }
  | { kind: 'query', body: Query, sentAtMs: number }
  | { kind: 'answer', body: Answer, sentAtMs: number }
  | { kind: 'summonRequest', body: SummonRequest, sentAtMs: number }
  | { kind: 'summonResult', body: SummonResult, sentAtMs: number }
  | { kind: 'leave', body: Leave, sentAtMs: number }
  | { kind: 'verdict', body: Verdict, sentAtMs: number }
  | { kind: 'embedRequest', body: EmbedRequest, sentAtMs: number }
  | { kind: 'embedResult', body: EmbedResult, sentAtMs: number }
  | { kind: 'cancel', body: Cancel, sentAtMs: number }
  | { kind: 'ack', body: Ack, sentAtMs: number }

export type MessageKind = Message['kind']

/** What each body may be built from; the protobuf properties of that message. */
export interface MessageInit {
  capability: swarmllm.v1.Capability.$Properties
  query: swarmllm.v1.Query.$Properties
  answer: swarmllm.v1.Answer.$Properties
  summonRequest: swarmllm.v1.SummonRequest.$Properties
  summonResult: swarmllm.v1.SummonResult.$Properties
  leave: swarmllm.v1.Leave.$Properties
  verdict: swarmllm.v1.Verdict.$Properties
  embedRequest: swarmllm.v1.EmbedRequest.$Properties
  embedResult: swarmllm.v1.EmbedResult.$Properties
  cancel: swarmllm.v1.Cancel.$Properties
  ack: swarmllm.v1.Ack.$Properties
}

/** Which bodies may travel on which topic. */
export const TOPIC_KINDS: Record<Topic, readonly MessageKind[]> = {
  [TOPICS.capabilities]: ['capability', 'leave'],
  [TOPICS.queries]: ['query', 'embedRequest'],
  [TOPICS.answers]: ['answer', 'verdict', 'embedResult'],
  [TOPICS.summon]: ['summonRequest', 'summonResult']
}

/** Bodies a peer may send on a direct stream (PROTOCOL_IDS.direct); the reply is always an ack. */
export const DIRECT_KINDS: readonly MessageKind[] = ['answer', 'summonResult', 'cancel', 'embedResult']

export interface EncodeOptions {
  /** Protocol version to stamp; tests use it to forge old messages. Defaults to PROTOCOL_VERSION. */
  version?: number
  /** Send time. Defaults to now. */
  sentAtMs?: number
}

/** Encodes one message body in an envelope. */
export function encodeMessage<K extends MessageKind> (kind: K, body: MessageInit[K], options: EncodeOptions = {}): Uint8Array {
  return pb.Envelope.encode({
    version: options.version ?? PROTOCOL_VERSION,
    sentAtMs: options.sentAtMs ?? Date.now(),
    [kind]: body
  }).finish()
}

export interface DecodeOptions {
  /** Largest accepted envelope, checked before decoding. Defaults to DEFAULT_MAX_MESSAGE_BYTES. */
  maxBytes?: number
  /** The topic it arrived on; bodies that do not belong there are rejected. */
  topic?: Topic
  /** The bodies accepted (on a direct stream, say); any other is rejected. Defaults to all. */
  kinds?: readonly MessageKind[]
  /** Oldest a message may be, and furthest in the future. Defaults to DEFAULT_MAX_MESSAGE_AGE_MS. */
  maxAgeMs?: number
  /** The receiver's clock. Defaults to Date.now(). */
  now?: number
}

/**
 * Decodes an envelope from an untrusted peer: size first, then protobuf, then version and
 * fields. Throws a ProtocolError subclass (`reason` says which check failed).
 */
export function decodeMessage (bytes: Uint8Array, options: DecodeOptions = {}): Message {
  const limit = options.maxBytes ?? DEFAULT_MAX_MESSAGE_BYTES
  if (bytes.byteLength > limit) throw new MessageTooLargeError(bytes.byteLength, limit)
  let envelope: swarmllm.v1.Envelope
  try {
    envelope = pb.Envelope.decode(bytes)
  } catch (err) {
    throw new MalformedMessageError(`message does not decode: ${(err as Error).message}`)
  }
  if (envelope.version !== PROTOCOL_VERSION) throw new WrongVersionError(envelope.version, PROTOCOL_VERSION)
  const kind = envelope.body as MessageKind | undefined
  if (kind == null) throw new MalformedMessageError('envelope carries no body')
  if (options.topic != null && !TOPIC_KINDS[options.topic]?.includes(kind)) throw new WrongTopicError(kind, options.topic)
  if (options.kinds != null && !options.kinds.includes(kind)) throw new WrongKindError(kind)
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_MESSAGE_AGE_MS
  const ageMs = (options.now ?? Date.now()) - envelope.sentAtMs
  if (Math.abs(ageMs) > maxAgeMs) throw new StaleMessageError(ageMs, maxAgeMs)
  const message = { kind, body: envelope[kind], sentAtMs: envelope.sentAtMs } as Message
  validate(message)
  return message
}

function id (value: string, field: string): void {
  if (value.length === 0) throw new InvalidMessageError(`${field} is empty`)
  if (value.length > MAX_ID_LENGTH) throw new InvalidMessageError(`${field} is longer than ${MAX_ID_LENGTH}`)
}

/**
 * A uint64 field decodes to a plain number (see numbers.ts), exact only up to 2^53: a larger one
 * would come out rounded and encode again as something else, so a relay would not pass on what
 * it was sent.
 */
function safeInteger (value: number, field: string): void {
  if (!Number.isSafeInteger(value)) throw new InvalidMessageError(`${field} ${value} is past the largest exact integer`)
}

function validateQuery (query: Query): void {
  id(query.id, 'query.id')
  safeInteger(query.deadlineMs, 'query.deadlineMs')
  id(query.origin, 'query.origin')
  if (query.messages.length === 0) throw new InvalidMessageError('query has no messages')
  if (query.messages.length > MAX_CHAT_MESSAGES) throw new InvalidMessageError(`query has over ${MAX_CHAT_MESSAGES} messages`)
  for (const message of query.messages) {
    if (message.role == null || message.role === Role.ROLE_UNSPECIFIED || Role[message.role] == null) throw new InvalidMessageError('chat message has no valid role')
  }
  if (query.budgetMs <= 0) throw new InvalidMessageError('query has no time budget')
  if (query.budgetMs > MAX_QUERY_BUDGET_MS) throw new InvalidMessageError(`query budget ${query.budgetMs} ms exceeds the limit of ${MAX_QUERY_BUDGET_MS}`)
  checkGenerationParams(query.params ?? {})
}

/**
 * Checks a query's generation parameters: `max_tokens` at most `maxTokens` (the protocol's
 * limit in the codec; a responder checks again with its model's context length), temperature
 * in [0, 2], top_p in [0, 1]. Throws InvalidMessageError.
 */
export function checkGenerationParams (params: swarmllm.v1.GenerationParams.$Properties, maxTokens = MAX_QUERY_TOKENS): void {
  const tokens = params.maxTokens ?? 0
  if (tokens > maxTokens) throw new InvalidMessageError(`max_tokens ${tokens} exceeds the limit of ${maxTokens}`)
  const temperature = params.temperature ?? 0
  if (!Number.isFinite(temperature) || temperature < 0 || temperature > 2) throw new InvalidMessageError(`temperature ${temperature} is outside [0, 2]`)
  const topP = params.topP ?? 0
  if (!Number.isFinite(topP) || topP < 0 || topP > 1) throw new InvalidMessageError(`top_p ${topP} is outside [0, 1]`)
}

function validateAnswer (answer: Answer): void {
  id(answer.queryId, 'answer.queryId')
  id(answer.responder, 'answer.responder')
  if (answer.status === Status.STATUS_UNSPECIFIED || Status[answer.status] == null) throw new InvalidMessageError('answer has no valid status')
  const u = answer.uncertainty
  if (u != null && [u.meanLogprob, u.minTokenProb, u.meanEntropy, u.confidence].some(x => !Number.isFinite(x))) {
    throw new InvalidMessageError('answer uncertainty is not finite')
  }
}

function validate (message: Message): void {
  switch (message.kind) {
    case 'capability':
      id(message.body.modelId, 'capability.modelId')
      id(message.body.instanceId, 'capability.instanceId')
      if (message.body.addresses.length > MAX_ADDRESSES) throw new InvalidMessageError(`capability has over ${MAX_ADDRESSES} addresses`)
      for (const address of message.body.addresses) id(address, 'capability.addresses')
      if (message.body.protocolVersion !== PROTOCOL_VERSION) throw new WrongVersionError(message.body.protocolVersion, PROTOCOL_VERSION)
      safeInteger(message.body.parameterCount, 'capability.parameterCount')
      return
    case 'query':
      return validateQuery(message.body)
    case 'answer':
      return validateAnswer(message.body)
    case 'summonRequest':
      id(message.body.summoner, 'summonRequest.summoner')
      if (message.body.query == null) throw new InvalidMessageError('summon request carries no query')
      return validateQuery(message.body.query as Query)
    case 'summonResult':
      id(message.body.queryId, 'summonResult.queryId')
      id(message.body.summoner, 'summonResult.summoner')
      if (message.body.answer == null) throw new InvalidMessageError('summon result carries no answer')
      return validateAnswer(message.body.answer as Answer)
    case 'verdict':
      id(message.body.queryId, 'verdict.queryId')
      id(message.body.origin, 'verdict.origin')
      if (message.body.judgements.length > MAX_JUDGEMENTS) throw new InvalidMessageError(`verdict has over ${MAX_JUDGEMENTS} judgements`)
      for (const judgement of message.body.judgements) id(judgement.responder ?? '', 'verdict.judgements.responder')
      return
    case 'embedRequest':
      id(message.body.id, 'embedRequest.id')
      id(message.body.origin, 'embedRequest.origin')
      id(message.body.target, 'embedRequest.target')
      id(message.body.modelId, 'embedRequest.modelId')
      if (message.body.inputs.length === 0) throw new InvalidMessageError('embed request has no inputs')
      if (message.body.inputs.length > MAX_EMBED_INPUTS) throw new InvalidMessageError(`embed request has over ${MAX_EMBED_INPUTS} inputs`)
      if (message.body.deadlineMs <= 0) throw new InvalidMessageError('embed request has no deadline')
      safeInteger(message.body.deadlineMs, 'embedRequest.deadlineMs')
      if (message.body.budgetMs <= 0) throw new InvalidMessageError('embed request has no time budget')
      if (message.body.budgetMs > MAX_QUERY_BUDGET_MS) throw new InvalidMessageError(`embed request budget ${message.body.budgetMs} ms exceeds the limit of ${MAX_QUERY_BUDGET_MS}`)
      return
    case 'embedResult':
      id(message.body.requestId, 'embedResult.requestId')
      id(message.body.responder, 'embedResult.responder')
      if (message.body.status === Status.STATUS_UNSPECIFIED || Status[message.body.status] == null) throw new InvalidMessageError('embed result has no valid status')
      if (message.body.embeddings.length > MAX_EMBED_INPUTS) throw new InvalidMessageError(`embed result has over ${MAX_EMBED_INPUTS} embeddings`)
      for (const embedding of message.body.embeddings) {
        if ((embedding.values ?? []).some(x => !Number.isFinite(x))) throw new InvalidMessageError('an embedding is not finite')
      }
      return
    case 'cancel':
      id(message.body.queryId, 'cancel.queryId')
      id(message.body.origin, 'cancel.origin')
      return
    case 'ack':
      if (message.body.reason.length > MAX_ID_LENGTH) throw new InvalidMessageError(`ack.reason is longer than ${MAX_ID_LENGTH}`)
      return
    case 'leave':
  }
}
