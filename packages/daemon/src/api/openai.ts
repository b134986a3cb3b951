import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { logger } from '@libp2p/logger'
import type { ChatTurn, TokenStat } from '../inference/types.js'
import type { Counters } from '../metrics.js'
import type { Router } from '../routing/router.js'
import type { RouteRequest, RoutedAnswer } from '../routing/types.js'
import { HttpError, readJson, sendJson } from './http.js'
import { STREAM_COALESCE_MS } from '../constants.js'
import type { Routes } from './server.js'

const log = logger('swarm-llm:openai')

/** The header that carries the routing receipt; the body carries it as `swarm_receipt`. */
export const RECEIPT_HEADER = 'x-swarm-receipt'

export interface OpenAIRoutesInit {
  /** Largest request body. */
  maxRequestBytes: number
}

export interface OpenAIRoutesComponents {
  router: Pick<Router, 'answer' | 'models'>
  counters: Counters
  /** Sees every valid request, e.g. to log what a server received. */
  onRequest?: (request: RouteRequest) => void
}

const ROUTES = new Set(['auto', 'local', 'peers', 'cloud'])

const ROLES = new Set(['system', 'user', 'assistant', 'developer'])

function invalid (message: string, param: string | null = null): HttpError {
  return new HttpError(400, 'invalid_request', message, 'invalid_request_error', param)
}

function content (value: unknown, index: number): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value) && value.every(p => p?.type === 'text' && typeof p.text === 'string')) return value.map(p => p.text).join('')
  throw invalid(`messages[${index}].content must be a string or an array of text parts`, `messages[${index}].content`)
}

function optionalNumber (body: any, key: string, min: number, max: number, integer = false): number | undefined {
  const value = body[key]
  if (value == null) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw invalid(`${key} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`, key)
  }
  return value
}

interface ParsedRequest extends RouteRequest {
  stream: boolean
  logprobs: boolean
  topLogprobs: number
}

/** Checks an OpenAI chat completion request; throws HttpError 400 with the offending param. */
export function parseChatRequest (body: unknown): ParsedRequest {
  if (body == null || typeof body !== 'object' || Array.isArray(body)) throw invalid('the request body must be a JSON object')
  const b = body as any
  if (typeof b.model !== 'string' || b.model === '') throw invalid('model is required', 'model')
  if (!Array.isArray(b.messages) || b.messages.length === 0) throw invalid('messages must be a non-empty array', 'messages')
  const messages: ChatTurn[] = b.messages.map((m: any, i: number) => {
    if (m == null || typeof m !== 'object' || !ROLES.has(m.role)) throw invalid(`messages[${i}].role must be system, user or assistant`, `messages[${i}].role`)
    return { role: m.role === 'developer' ? 'system' : m.role, content: content(m.content, i) }
  })
  if (b.n != null && b.n !== 1) throw invalid('only n = 1 is supported', 'n')
  if (b.stream != null && typeof b.stream !== 'boolean') throw invalid('stream must be a boolean', 'stream')
  if (b.logprobs != null && typeof b.logprobs !== 'boolean') throw invalid('logprobs must be a boolean', 'logprobs')
  if (b.lan_only != null && typeof b.lan_only !== 'boolean') throw invalid('lan_only must be a boolean', 'lan_only')
  if (b.route != null && !ROUTES.has(b.route)) throw invalid('route must be auto, local, peers or cloud', 'route')
  if (b.pii != null && b.pii !== 'redact' && b.pii !== 'never-leaves-lan') throw invalid('pii must be redact or never-leaves-lan', 'pii')
  return {
    model: b.model,
    lanOnly: b.lan_only === true,
    route: b.route ?? 'auto',
    pii: b.pii,
    stream: b.stream === true,
    logprobs: b.logprobs === true,
    topLogprobs: optionalNumber(b, 'top_logprobs', 0, 20, true) ?? 0,
    generate: {
      messages,
      maxTokens: optionalNumber(b, 'max_completion_tokens', 1, 1 << 20, true) ?? optionalNumber(b, 'max_tokens', 1, 1 << 20, true),
      temperature: optionalNumber(b, 'temperature', 0, 2),
      topP: optionalNumber(b, 'top_p', 0, 1),
      seed: optionalNumber(b, 'seed', 0, 2 ** 32 - 1, true)
    }
  }
}

function logprobsOf (tokens: TokenStat[], top: number): object {
  return {
    content: tokens.map(t => ({
      token: t.text,
      logprob: Math.log(Math.max(t.probability, 1e-45)),
      bytes: [...Buffer.from(t.text)],
      top_logprobs: t.top.slice(0, top).map(a => ({ token: a.text, logprob: Math.log(Math.max(a.probability, 1e-45)), bytes: [...Buffer.from(a.text)] }))
    })),
    refusal: null
  }
}

/** JSON with every non-ASCII character escaped, so it is a valid header value. */
function headerJson (value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Maps backend errors to OpenAI-shaped HTTP errors. */
export function httpErrorOf (err: Error): HttpError {
  switch (err.name) {
    case 'ContextOverflowError': return new HttpError(400, 'context_length_exceeded', err.message)
    case 'BusyError': return new HttpError(503, 'model_busy', err.message, 'server_error')
    case 'UpstreamTimeoutError': return new HttpError(504, 'upstream_timeout', err.message, 'server_error')
    case 'UpstreamError': return new HttpError(502, 'upstream_error', err.message, 'server_error')
    case 'AbortedError': return new HttpError(499, 'aborted', err.message, 'server_error')
    case 'UnknownModelError': return new HttpError(404, 'model_not_found', err.message)
    case 'RouteUnavailableError': return new HttpError(400, 'route_unavailable', err.message, 'invalid_request_error', 'route')
    case 'CloudBudgetError': return new HttpError(429, 'cloud_budget_exhausted', err.message, 'server_error')
    case 'NoSummonerError': return new HttpError(503, 'no_summoner', err.message, 'server_error')
    case 'NoAnswerError': return new HttpError(503, 'no_answer', err.message, 'server_error')
    default: return err instanceof HttpError ? err : new HttpError(500, 'internal_error', err.message, 'server_error')
  }
}

/** Usage as OpenAI counts it: completion tokens include a thought's, which are also given apart. */
function usageOf (answer: RoutedAnswer): object {
  const { promptTokens, completionTokens, reasoningTokens } = answer.result
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    completion_tokens_details: { reasoning_tokens: reasoningTokens ?? 0 }
  }
}

/** The assistant message; a thought goes in `reasoning_content`, as llama.cpp's server and DeepSeek's API send it. */
function messageOf (answer: RoutedAnswer): object {
  const { reasoning } = answer.result
  return { role: 'assistant', content: answer.text, ...(reasoning != null ? { reasoning_content: reasoning } : {}), refusal: null }
}

/**
 * `POST /v1/chat/completions` (streaming over SSE or not) and `GET /v1/models`: translates
 * OpenAI requests for the router and its answers and receipts back; decides nothing. A
 * reasoning model's thought is sent as `reasoning_content`, in the message or as stream deltas.
 */
export function createOpenAIRoutes (init: OpenAIRoutesInit, components: OpenAIRoutesComponents): Routes {
  const { router, counters } = components

  async function completions (req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = parseChatRequest(await readJson(req, init.maxRequestBytes))
    components.onRequest?.(request)
    const abort = new AbortController()
    res.on('close', () => { if (!res.writableFinished) abort.abort() })
    const id = `chatcmpl-${randomUUID()}`
    const created = Math.floor(Date.now() / 1000)
    counters.increment('completions', request.stream ? 'stream' : 'whole')
    const logprobs = (answer: RoutedAnswer): object | null => request.logprobs ? logprobsOf(answer.result.tokens, request.topLogprobs) : null
    const finishReason = (answer: RoutedAnswer): string => answer.result.finishReason === 'length' ? 'length' : 'stop'

    if (!request.stream) {
      let answer: RoutedAnswer
      try {
        answer = await router.answer(request, { signal: abort.signal })
      } catch (err) {
        throw httpErrorOf(err as Error)
      }
      sendJson(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model: answer.receipt.model,
        choices: [{ index: 0, message: messageOf(answer), logprobs: logprobs(answer), finish_reason: finishReason(answer) }],
        usage: usageOf(answer),
        swarm_receipt: answer.receipt
      }, { [RECEIPT_HEADER]: headerJson(answer.receipt) })
      return
    }

    // Streaming: errors before the first byte are ordinary HTTP errors; later ones end the stream
    // with an error event. Chunks name the model asked for; the last one carries the receipt.
    const [head, tail] = JSON.stringify({ id, object: 'chat.completion.chunk', created, model: request.model, choices: [{ index: 0, delta: '@', logprobs: null, finish_reason: null }] }).split('"@"')
    const chunk = (delta: object): string => `data: ${head}${JSON.stringify(delta)}${tail}\n\n`
    let started = false
    const start = (): void => {
      if (started) return
      started = true
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
      res.write(chunk({ role: 'assistant', content: '' }))
    }
    // The first piece goes out at once; later ones are gathered for up to STREAM_COALESCE_MS,
    // so a fast model is not slowed by one write (and one client-side parse) per token. Thought
    // and answer are gathered apart, each sent as its own delta field.
    let pending = ''
    let pendingField: 'content' | 'reasoning_content' = 'content'
    let timer: NodeJS.Timeout | undefined
    const flush = (): void => {
      clearTimeout(timer)
      timer = undefined
      if (pending !== '') res.write(chunk({ [pendingField]: pending }))
      pending = ''
    }
    const onDelta = (field: 'content' | 'reasoning_content') => (delta: string): void => {
      const first = !started
      start()
      if (field !== pendingField) { flush(); pendingField = field }
      pending += delta
      if (first) flush()
      else timer ??= setTimeout(flush, STREAM_COALESCE_MS)
    }
    let answer: RoutedAnswer
    try {
      answer = await router.answer(request, { signal: abort.signal, onText: onDelta('content'), onReasoning: onDelta('reasoning_content') })
      flush()
    } catch (err) {
      clearTimeout(timer)
      const error = httpErrorOf(err as Error)
      if (!started) throw error
      if (error.code === 'aborted') { counters.increment('completions_aborted'); res.end(); return }
      log('stream failed: %s', error.message)
      res.end(`data: ${JSON.stringify({ error: { message: error.message, type: error.type, code: error.code } })}\n\n`)
      return
    }
    if (answer.result.finishReason === 'abort') { counters.increment('completions_aborted'); res.end(); return }
    start()
    const final = {
      id,
      object: 'chat.completion.chunk',
      created,
      model: answer.receipt.model,
      choices: [{ index: 0, delta: {}, logprobs: logprobs(answer), finish_reason: finishReason(answer) }],
      usage: usageOf(answer),
      swarm_receipt: answer.receipt
    }
    res.end(`data: ${JSON.stringify(final)}\n\ndata: [DONE]\n\n`)
  }

  return {
    '/v1/chat/completions': { POST: completions },
    '/v1/models': {
      GET: (_req, res) => {
        sendJson(res, 200, {
          object: 'list',
          data: router.models().map(m => ({ id: m.id, object: 'model', created: 0, owned_by: m.ownedBy, swarm_nodes: m.nodes }))
        })
      }
    }
  }
}
