import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { logger } from '@libp2p/logger'
import type { TokenStat } from '../inference/types.js'
import type { Counters } from '../metrics.js'
import type { Router } from '../routing/router.js'
import type { RouteRequest, RoutedAnswer } from '../routing/types.js'
import { HttpError, readJson, sendJson } from './http.js'
import { createCompletionRoutes } from './completions.js'
import { createEmbeddingRoutes } from './embeddings.js'
import { parseChatRequest } from './schemas.js'
import { STREAM_COALESCE_MS } from '../constants.js'
import type { Routes } from './server.js'

const log = logger('swarm-llm:openai')

/**
 * The header that carries a short receipt (who answered, how, how sure); the body carries the
 * whole receipt as `swarm_receipt`, since its votes can pass a client's header limit (undici's is 16 KiB).
 */
export const RECEIPT_HEADER = 'x-swarm-receipt'

/** The receipt's short form, for the header. */
export function shortReceipt (receipt: RoutedAnswer['receipt']): object {
  return {
    queryId: receipt.queryId,
    route: receipt.route,
    node: receipt.node,
    answeredBy: receipt.answeredBy,
    model: receipt.model,
    confidence: receipt.confidence,
    lowConfidence: receipt.lowConfidence,
    comparison: receipt.comparison,
    votes: receipt.votes.length,
    totalMs: receipt.stages.totalMs
  }
}

export interface OpenAIRoutesInit {
  /** Largest request body. */
  maxRequestBytes: number
}

export interface OpenAIRoutesComponents {
  router: Pick<Router, 'answer' | 'models' | 'embed'>
  counters: Counters
  /** Sees every valid request, e.g. to log what a server received. */
  onRequest?: (request: RouteRequest) => void
}

export { parseChatRequest } from './schemas.js'

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
export function headerJson (value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Maps backend errors to OpenAI-shaped HTTP errors. */
export function httpErrorOf (err: Error): HttpError {
  switch (err.name) {
    case 'ContextOverflowError': return new HttpError(400, 'context_length_exceeded', err.message)
    case 'BusyError': return new HttpError(503, 'model_busy', err.message, 'server_error')
    case 'ModelGoneError': return new HttpError(503, 'model_gone', err.message, 'server_error')
    case 'UpstreamTimeoutError': return new HttpError(504, 'upstream_timeout', err.message, 'server_error')
    case 'UpstreamError': return new HttpError(502, 'upstream_error', err.message, 'server_error')
    case 'AbortedError': return new HttpError(499, 'aborted', err.message, 'server_error')
    case 'UnknownModelError': return new HttpError(404, 'model_not_found', err.message)
    case 'RouteUnavailableError': return new HttpError(400, 'route_unavailable', err.message, 'invalid_request_error', 'route')
    case 'CloudBudgetError': return new HttpError(429, 'cloud_budget_exhausted', err.message, 'server_error')
    case 'NoSummonerError': return new HttpError(503, 'no_summoner', err.message, 'server_error')
    case 'NoAnswerError': return new HttpError(503, 'no_answer', err.message, 'server_error')
    case 'UnsupportedSchemaError': return new HttpError(400, 'unsupported_schema', err.message, 'invalid_request_error', 'response_format')
    case 'UnsupportedRequestError': return new HttpError(400, 'unsupported_parameter', err.message, 'invalid_request_error', (err as Error & { param: string }).param)
    default: return err instanceof HttpError ? err : new HttpError(500, 'internal_error', err.message, 'server_error')
  }
}

/** Usage as OpenAI counts it: completion tokens include a thought's, which are also given apart. */
export function usageOf (answer: RoutedAnswer): object {
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
  const { reasoning, toolCalls } = answer.result
  const calls = toolCallsOf(answer)
  return {
    role: 'assistant',
    content: toolCalls != null && toolCalls.length > 0 && answer.text === '' ? null : answer.text,
    ...(reasoning != null ? { reasoning_content: reasoning } : {}),
    ...(calls != null ? { tool_calls: calls } : {}),
    refusal: null
  }
}

/** The answer's tool calls in OpenAI's shape; undefined when it made none. */
function toolCallsOf (answer: RoutedAnswer): Array<{ id: string, type: 'function', function: { name: string, arguments: string } }> | undefined {
  const calls = answer.result.toolCalls
  if (calls == null || calls.length === 0) return undefined
  return calls.map(c => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } }))
}

/** OpenAI's finish reason for an answer. */
export function finishReasonOf (answer: RoutedAnswer): string {
  if (answer.result.toolCalls != null && answer.result.toolCalls.length > 0) return 'tool_calls'
  return answer.result.finishReason === 'length' ? 'length' : 'stop'
}

/** A model as `GET /v1/models` lists it. */
function modelView (m: ReturnType<Router['models']>[number]): object {
  return { id: m.id, object: 'model', created: 0, owned_by: m.ownedBy, swarm_nodes: m.nodes }
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
    const finishReason = finishReasonOf

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
      }, { [RECEIPT_HEADER]: headerJson(shortReceipt(answer.receipt)) })
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
    // tool calls are known when the answer is: sent as one delta per call, as OpenAI's first chunk of each
    const calls = toolCallsOf(answer)
    if (calls != null) res.write(chunk({ tool_calls: calls.map((c, index) => ({ index, ...c })) }))
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
    ...createCompletionRoutes(init, { router, counters }),
    ...createEmbeddingRoutes(init, { router, counters }),
    '/v1/chat/completions': { POST: completions },
    '/v1/models': {
      GET: (_req, res) => {
        sendJson(res, 200, { object: 'list', data: router.models().map(modelView) })
      }
    },
    '/v1/models/*': {
      GET: (req, res) => {
        const id = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname.slice('/v1/models/'.length))
        const model = router.models().find(m => m.id === id)
        if (model == null) throw new HttpError(404, 'model_not_found', `the model ${id} is not in the swarm`, 'invalid_request_error', 'model')
        sendJson(res, 200, modelView(model))
      }
    }
  }
}
