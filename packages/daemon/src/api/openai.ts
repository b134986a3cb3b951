import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { logger } from '@libp2p/logger'
import { confidenceOf } from '../inference/calibration.js'
import type { Calibration } from '../inference/calibration.js'
import { uncertaintyOf } from '../inference/uncertainty.js'
import type { UncertaintyFigures } from '../inference/uncertainty.js'
import type { ChatTurn, GenerateRequest, GenerateResult, InferenceBackend, TokenStat } from '../inference/types.js'
import type { Counters } from '../metrics.js'
import { HttpError, readJson, sendJson } from './http.js'
import { STREAM_COALESCE_MS } from '../constants.js'
import type { Routes } from './server.js'

const log = logger('swarm-llm:openai')

/** The header that carries the routing receipt; the body carries it as `swarm_receipt`. */
export const RECEIPT_HEADER = 'x-swarm-receipt'

/** How an answer was produced: the route, its confidence figures and who took part. */
export interface Receipt {
  route: 'local' | 'cloud'
  /** Peer id of the daemon that answered the client; null when it runs without a swarm. */
  node: string | null
  model: string
  confidence: number
  uncertainty: Omit<UncertaintyFigures, 'meanLogprob'> & { meanLogprob: number | null }
  /** Peers whose answers were used. */
  peers: string[]
  timings: GenerateResult['timings']
}

/** A backend the API may answer with, and its calibration. */
export interface Answerer {
  backend: InferenceBackend
  route: Receipt['route']
  calibration?: Calibration
}

export interface OpenAIRoutesInit {
  /** Largest request body. */
  maxRequestBytes: number
}

export interface OpenAIRoutesComponents {
  /** Answerers by the model id clients name; the first is the default. */
  answerers: Answerer[]
  nodeId: () => string | null
  counters: Counters
}

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

interface ParsedRequest {
  model: string
  generate: GenerateRequest
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
  return {
    model: b.model,
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
    default: return err instanceof HttpError ? err : new HttpError(500, 'internal_error', err.message, 'server_error')
  }
}

/** `POST /v1/chat/completions` (streaming over SSE or not) and `GET /v1/models`. */
export function createOpenAIRoutes (init: OpenAIRoutesInit, components: OpenAIRoutesComponents): Routes {
  const find = (model: string): Answerer => {
    const answerer = components.answerers.find(a => a.backend.info.modelId === model)
    if (answerer == null) {
      throw new HttpError(404, 'model_not_found', `the model "${model}" does not exist here; GET /v1/models lists the models this daemon serves`)
    }
    return answerer
  }

  const receiptOf = (answerer: Answerer, result: GenerateResult): Receipt => {
    const figures = uncertaintyOf(result.tokens)
    return {
      route: answerer.route,
      node: components.nodeId(),
      model: result.modelId,
      confidence: confidenceOf(figures, answerer.calibration),
      uncertainty: { ...figures, meanLogprob: Number.isFinite(figures.meanLogprob) ? figures.meanLogprob : null },
      peers: [],
      timings: result.timings
    }
  }

  async function completions (req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = parseChatRequest(await readJson(req, init.maxRequestBytes))
    const answerer = find(request.model)
    const abort = new AbortController()
    res.on('close', () => { if (!res.writableFinished) abort.abort() })
    const id = `chatcmpl-${randomUUID()}`
    const created = Math.floor(Date.now() / 1000)
    components.counters.increment('completions', request.stream ? 'stream' : 'whole')

    if (!request.stream) {
      let result: GenerateResult
      try {
        result = await answerer.backend.generate(request.generate, { signal: abort.signal })
      } catch (err) {
        throw httpErrorOf(err as Error)
      }
      const receipt = receiptOf(answerer, result)
      sendJson(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model: result.modelId,
        choices: [{
          index: 0,
          message: { role: 'assistant', content: result.text, refusal: null },
          logprobs: request.logprobs ? logprobsOf(result.tokens, request.topLogprobs) : null,
          finish_reason: result.finishReason === 'length' ? 'length' : 'stop'
        }],
        usage: { prompt_tokens: result.promptTokens, completion_tokens: result.completionTokens, total_tokens: result.promptTokens + result.completionTokens },
        swarm_receipt: receipt
      }, { [RECEIPT_HEADER]: headerJson(receipt) })
      return
    }

    // Streaming: errors before the first byte are ordinary HTTP errors; later ones end the stream
    // with an error event. The header can only say where the answer comes from; the last chunk
    // carries the whole receipt.
    const [head, tail] = JSON.stringify({ id, object: 'chat.completion.chunk', created, model: answerer.backend.info.modelId, choices: [{ index: 0, delta: '@', logprobs: null, finish_reason: null }] }).split('"@"')
    const chunk = (delta: object): string => `data: ${head}${JSON.stringify(delta)}${tail}\n\n`
    let started = false
    const start = (): void => {
      if (started) return
      started = true
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        [RECEIPT_HEADER]: headerJson({ route: answerer.route, node: components.nodeId(), model: answerer.backend.info.modelId })
      })
      res.write(chunk({ role: 'assistant', content: '' }))
    }
    // The first piece goes out at once; later ones are gathered for up to STREAM_COALESCE_MS,
    // so a fast model is not slowed by one write (and one client-side parse) per token.
    let pending = ''
    let timer: NodeJS.Timeout | undefined
    const flush = (): void => {
      clearTimeout(timer)
      timer = undefined
      if (pending !== '') res.write(chunk({ content: pending }))
      pending = ''
    }
    let result: GenerateResult
    try {
      result = await answerer.backend.generate(request.generate, {
        signal: abort.signal,
        onText: delta => {
          const first = !started
          start()
          pending += delta
          if (first) flush()
          else timer ??= setTimeout(flush, STREAM_COALESCE_MS)
        }
      })
      flush()
    } catch (err) {
      clearTimeout(timer)
      const error = httpErrorOf(err as Error)
      if (!started) throw error
      if (error.code === 'aborted') { components.counters.increment('completions_aborted'); res.end(); return }
      log('stream failed: %s', error.message)
      res.end(`data: ${JSON.stringify({ error: { message: error.message, type: error.type, code: error.code } })}\n\n`)
      return
    }
    if (result.finishReason === 'abort') { components.counters.increment('completions_aborted'); res.end(); return }
    start()
    const receipt = receiptOf(answerer, result)
    const final = {
      id,
      object: 'chat.completion.chunk',
      created,
      model: result.modelId,
      choices: [{ index: 0, delta: {}, logprobs: request.logprobs ? logprobsOf(result.tokens, request.topLogprobs) : null, finish_reason: result.finishReason === 'length' ? 'length' : 'stop' }],
      usage: { prompt_tokens: result.promptTokens, completion_tokens: result.completionTokens, total_tokens: result.promptTokens + result.completionTokens },
      swarm_receipt: receipt
    }
    res.end(`data: ${JSON.stringify(final)}\n\ndata: [DONE]\n\n`)
  }

  return {
    '/v1/chat/completions': { POST: completions },
    '/v1/models': {
      GET: (_req, res) => {
        sendJson(res, 200, {
          object: 'list',
          data: components.answerers.map(a => ({ id: a.backend.info.modelId, object: 'model', created: 0, owned_by: a.route === 'cloud' ? 'cloud' : 'swarm-llm' }))
        })
      }
    }
  }
}
