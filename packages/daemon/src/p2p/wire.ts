import { MAX_QUERY_BUDGET_MS, MAX_QUERY_TOKENS, Role, Status } from '@swarm-llm/protocol'
import type { Answer, MessageInit, Query } from '@swarm-llm/protocol'
import type { UncertaintyFigures } from '../inference/uncertainty.js'
import type { ChatTurn, GenerateRequest, GenerateResult, ToolCall } from '../inference/types.js'
import type { PeerStatus } from '../routing/types.js'

/** Translations between the router's requests and results and the wire's queries and answers. */

const ROLE_OF: Record<ChatTurn['role'], number> = { system: Role.ROLE_SYSTEM, user: Role.ROLE_USER, assistant: Role.ROLE_ASSISTANT, tool: Role.ROLE_TOOL }
const TURN_OF: Record<number, ChatTurn['role']> = { [Role.ROLE_SYSTEM]: 'system', [Role.ROLE_USER]: 'user', [Role.ROLE_ASSISTANT]: 'assistant', [Role.ROLE_TOOL]: 'tool' }

/** JSON from a peer; undefined when empty or not JSON (the field is then left out). */
function parsed (text: string | undefined | null): any {
  if (text == null || text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The structured fields of a request (stop, response format, tools, penalties, raw prompt) as the wire carries them. */
function structuredParams (request: GenerateRequest): Record<string, unknown> {
  return {
    stop: request.stop ?? [],
    responseFormatJson: request.responseFormat != null ? JSON.stringify(request.responseFormat) : '',
    toolsJson: request.tools != null && request.tools.length > 0 ? JSON.stringify(request.tools) : '',
    toolChoiceJson: request.toolChoice != null ? JSON.stringify(request.toolChoice) : '',
    frequencyPenalty: request.frequencyPenalty ?? 0,
    presencePenalty: request.presencePenalty ?? 0,
    prompt: request.prompt ?? '',
    hasPrompt: request.prompt != null
  }
}

function structuredFields (p: Query['params']): Partial<GenerateRequest> {
  const out: Partial<GenerateRequest> = {}
  if (p == null) return out
  if (p.stop != null && p.stop.length > 0) out.stop = p.stop.filter(s => typeof s === 'string')
  const format = parsed(p.responseFormatJson)
  if (format?.type === 'json_object' || (format?.type === 'json_schema' && format.schema != null && typeof format.schema === 'object')) out.responseFormat = format
  const tools = parsed(p.toolsJson)
  if (Array.isArray(tools)) out.tools = tools.filter(t => typeof t?.name === 'string')
  const choice = parsed(p.toolChoiceJson)
  if (choice === 'auto' || choice === 'none' || choice === 'required' || typeof choice?.name === 'string') out.toolChoice = choice
  if (p.frequencyPenalty != null && p.frequencyPenalty !== 0) out.frequencyPenalty = p.frequencyPenalty
  if (p.presencePenalty != null && p.presencePenalty !== 0) out.presencePenalty = p.presencePenalty
  if (p.hasPrompt === true) out.prompt = p.prompt ?? ''
  return out
}

function toolCallsOf (text: string | undefined | null): ToolCall[] | undefined {
  const calls = parsed(text)
  if (!Array.isArray(calls)) return undefined
  const valid = calls.filter(c => typeof c?.id === 'string' && typeof c.name === 'string' && typeof c.arguments === 'string')
  return valid.length > 0 ? valid.map(c => ({ id: c.id, name: c.name, arguments: c.arguments })) : undefined
}

export interface QueryFields {
  id: string
  origin: string
  deadlineMs: number
  lanOnly: boolean
  targets?: string[]
}

export function toQuery (request: GenerateRequest, fields: QueryFields): MessageInit['query'] {
  return {
    id: fields.id,
    origin: fields.origin,
    messages: request.messages.map(m => ({
      role: ROLE_OF[m.role],
      content: m.content,
      toolCallId: m.toolCallId ?? '',
      toolCallsJson: m.toolCalls != null && m.toolCalls.length > 0 ? JSON.stringify(m.toolCalls) : ''
    })),
    // past the protocol's limit every peer's codec would drop the query unanswered; at it, each
    // peer answers or declines by its own context
    params: { maxTokens: Math.min(request.maxTokens ?? 0, MAX_QUERY_TOKENS), temperature: request.temperature ?? 0, topP: request.topP ?? 0, seed: request.seed ?? 0, ...structuredParams(request) },
    deadlineMs: fields.deadlineMs,
    budgetMs: Math.max(1, Math.min(MAX_QUERY_BUDGET_MS, Math.round(fields.deadlineMs - Date.now()))),
    lanOnly: fields.lanOnly,
    targets: fields.targets ?? []
  }
}

/** Zero means unset on the wire (proto3). */
export function fromQuery (query: Query): GenerateRequest {
  const p = query.params
  return {
    messages: query.messages.map(m => {
      const turn: ChatTurn = { role: TURN_OF[m.role ?? Role.ROLE_USER] ?? 'user', content: m.content ?? '' }
      if (m.toolCallId != null && m.toolCallId !== '') turn.toolCallId = m.toolCallId
      const calls = toolCallsOf(m.toolCallsJson)
      if (calls != null) turn.toolCalls = calls
      return turn
    }),
    maxTokens: p?.maxTokens || undefined,
    temperature: p?.temperature || undefined,
    topP: p?.topP || undefined,
    seed: p?.seed || undefined,
    ...structuredFields(p)
  }
}

export function toAnswer (result: GenerateResult, fields: { queryId: string, responder: string, origin: string, confidence: number, figures: UncertaintyFigures }): MessageInit['answer'] {
  const f = fields.figures
  return {
    queryId: fields.queryId,
    responder: fields.responder,
    origin: fields.origin,
    text: result.text,
    modelId: result.modelId,
    status: Status.STATUS_OK,
    toolCallsJson: result.toolCalls != null && result.toolCalls.length > 0 ? JSON.stringify(result.toolCalls) : '',
    finishReason: result.finishReason === 'abort' ? 'stop' : result.finishReason,
    uncertainty: {
      // the wire carries finite numbers only: an empty answer's log-probability becomes a floor
      meanLogprob: Number.isFinite(f.meanLogprob) ? f.meanLogprob : -100,
      minTokenProb: f.minTokenProb,
      meanEntropy: f.meanEntropy,
      confidence: fields.confidence,
      tokenCount: f.tokenCount
    },
    timings: {
      queueMs: result.timings.queueMs,
      timeToFirstTokenMs: result.timings.timeToFirstTokenMs,
      totalMs: result.timings.totalMs,
      promptTokens: result.promptTokens,
      completionTokens: result.completionTokens
    }
  }
}

/** The wire status of a failure. */
export function statusOf (err: Error): number {
  switch (err.name) {
    case 'BusyError': return Status.STATUS_BUSY
    case 'ContextOverflowError': return Status.STATUS_CONTEXT_OVERFLOW
    case 'AbortedError': case 'UpstreamTimeoutError': case 'TimeoutError': return Status.STATUS_TIMEOUT
    case 'CloudBudgetError': return Status.STATUS_BUDGET_EXHAUSTED
    case 'UpstreamError': return Status.STATUS_UPSTREAM_ERROR
    default: return Status.STATUS_INTERNAL
  }
}

export function errorAnswer (err: Error, fields: { queryId: string, responder: string, origin: string, modelId: string }): MessageInit['answer'] {
  return { ...fields, status: statusOf(err), error: err.message.slice(0, 1000) }
}

export function peerStatusOf (status: number): PeerStatus {
  switch (status) {
    case Status.STATUS_OK: return 'ok'
    case Status.STATUS_BUSY: return 'busy'
    case Status.STATUS_TIMEOUT: return 'timeout'
    case Status.STATUS_CONTEXT_OVERFLOW: return 'context-overflow'
    case Status.STATUS_REFUSED: return 'refused'
    default: return 'error'
  }
}

/** A peer's answer as a result the router weighs like any other; `remote` carries its confidence. */
export function resultOf (answer: Answer): GenerateResult {
  const u = answer.uncertainty
  const t = answer.timings
  const figures = { meanLogprob: u?.meanLogprob ?? -100, minTokenProb: u?.minTokenProb ?? 0, meanEntropy: u?.meanEntropy ?? 0, tokenCount: u?.tokenCount ?? 0 }
  const toolCalls = toolCallsOf(answer.toolCallsJson)
  return {
    text: answer.text,
    tokens: [],
    finishReason: toolCalls != null ? 'tool_calls' : answer.finishReason === 'length' ? 'length' : 'stop',
    ...(toolCalls != null ? { toolCalls } : {}),
    promptTokens: t?.promptTokens ?? 0,
    completionTokens: t?.completionTokens ?? 0,
    timings: { queueMs: t?.queueMs ?? 0, timeToFirstTokenMs: t?.timeToFirstTokenMs ?? 0, totalMs: t?.totalMs ?? 0 },
    modelId: answer.modelId,
    remote: { node: answer.responder, confidence: Math.min(1, Math.max(0, u?.confidence ?? 0)), figures }
  }
}

/** A set that forgets its oldest members past `limit`. */
export class BoundedSet {
  private readonly items = new Set<string>()
  constructor (private readonly limit: number) {}
  has (item: string): boolean { return this.items.has(item) }
  add (item: string): void {
    this.items.add(item)
    if (this.items.size > this.limit) this.items.delete(this.items.values().next().value as string)
  }
}
