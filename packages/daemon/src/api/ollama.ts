import type { IncomingMessage, ServerResponse } from 'node:http'
import { logger } from '@libp2p/logger'
import { SOFTWARE_VERSION } from '@swarm-llm/protocol'
import type { Counters } from '../metrics.js'
import type { Router } from '../routing/router.js'
import type { EmbedAnswer, RoutedAnswer } from '../routing/types.js'
import { embedReceipt } from './embeddings.js'
import { HttpError, readJson, sendJson } from './http.js'
import { parseOllamaChat, parseOllamaEmbed, parseOllamaEmbeddings, parseOllamaGenerate, parseOllamaShow } from './ollama-schemas.js'
import type { ParsedOllama } from './ollama-schemas.js'
import { headerJson, httpErrorOf, RECEIPT_HEADER, shortReceipt } from './openai.js'
import type { Handler, Routes } from './server.js'

const log = logger('swarm-llm:ollama')

/** The Ollama release whose API these routes follow, for clients that check `/api/version`. */
export const OLLAMA_API_VERSION = '0.12.0'

export interface OllamaRoutesInit {
  /** Largest request body. */
  maxRequestBytes: number
}

export interface OllamaRoutesComponents {
  router: Pick<Router, 'answer' | 'models' | 'embed'>
  counters: Counters
}

const NS_PER_MS = 1_000_000

/** Ollama's closing figures of a generation, in nanoseconds and tokens. */
function figuresOf (answer: RoutedAnswer): object {
  const { timings, promptTokens, completionTokens } = answer.result
  const total = answer.receipt.stages.totalMs
  const prompt = Math.min(total, timings.timeToFirstTokenMs)
  return {
    done: true,
    done_reason: answer.result.finishReason === 'length' ? 'length' : 'stop',
    total_duration: total * NS_PER_MS,
    load_duration: 0,
    prompt_eval_count: promptTokens,
    prompt_eval_duration: prompt * NS_PER_MS,
    eval_count: completionTokens,
    eval_duration: Math.max(0, total - prompt) * NS_PER_MS,
    swarm_receipt: answer.receipt
  }
}

/** Tool calls as Ollama sends them: arguments as an object, not JSON text. */
function toolCallsOf (answer: RoutedAnswer): object[] | undefined {
  const calls = answer.result.toolCalls
  if (calls == null || calls.length === 0) return undefined
  return calls.map((c, index) => ({ id: c.id, function: { index, name: c.name, arguments: JSON.parse(c.arguments) } }))
}

/** An error as Ollama sends one: `{"error": "..."}`. */
function sendOllamaError (res: ServerResponse, error: HttpError): void {
  sendJson(res, error.status, { error: error.message })
}

/**
 * Ollama's API on the daemon's port: `/api/chat` and `/api/generate` (NDJSON streams, or one
 * object with `stream: false`), `/api/embed` (and the legacy `/api/embeddings`), `/api/tags`,
 * `/api/show`, `/api/version`. Requests become the router's, as the OpenAI routes' do: the
 * same models (`swarm` and every model of the swarm), routes and receipts. Errors take Ollama's
 * shape, `{"error": "..."}`, with the OpenAI routes' status codes.
 */
export function createOllamaRoutes (init: OllamaRoutesInit, components: OllamaRoutesComponents): Routes {
  const { router, counters } = components

  /** Errors in Ollama's shape, counted as the server counts its own. */
  const ollama = (handler: Handler): Handler => async (req, res) => {
    try {
      await handler(req, res)
    } catch (err) {
      const error = httpErrorOf(err as Error)
      if (error.status >= 500) log.error('%s failed: %e', req.url, err)
      counters.increment('http_errors', String(error.status))
      if (res.headersSent) res.end()
      else sendOllamaError(res, error)
    }
  }

  /** One generation, chat or prompt: `shape` wraps each piece of text in that route's fields. */
  async function generate (req: IncomingMessage, res: ServerResponse, request: ParsedOllama, shape: (text: string, thinking?: string) => object, final: (answer: RoutedAnswer) => object): Promise<void> {
    const abort = new AbortController()
    res.on('close', () => { if (!res.writableFinished) abort.abort() })
    const model = request.model
    const head = (): object => ({ model, created_at: new Date().toISOString() })
    counters.increment('completions', request.stream ? 'stream' : 'whole')
    if (!request.stream) {
      const answer = await router.answer(request, { signal: abort.signal })
      const thinking = request.think ? answer.result.reasoning : undefined
      sendJson(res, 200, { ...head(), model: answer.receipt.model, ...shape(answer.text, thinking), ...final(answer), ...figuresOf(answer) }, { [RECEIPT_HEADER]: headerJson(shortReceipt(answer.receipt)) })
      return
    }
    let started = false
    const send = (line: object): void => {
      if (!started) {
        started = true
        res.writeHead(200, { 'content-type': 'application/x-ndjson', 'cache-control': 'no-cache' })
      }
      res.write(`${JSON.stringify(line)}\n`)
    }
    let answer: RoutedAnswer
    try {
      answer = await router.answer(request, {
        signal: abort.signal,
        onText: delta => { if (delta !== '') send({ ...head(), ...shape(delta), done: false }) },
        onReasoning: delta => { if (request.think && delta !== '') send({ ...head(), ...shape('', delta), done: false }) }
      })
    } catch (err) {
      const error = httpErrorOf(err as Error)
      if (!started) throw error
      if (error.code === 'aborted') { counters.increment('completions_aborted'); res.end(); return }
      res.end(`${JSON.stringify({ error: error.message })}\n`)
      return
    }
    if (answer.result.finishReason === 'abort') { counters.increment('completions_aborted'); res.end(); return }
    send({ ...head(), model: answer.receipt.model, ...shape(''), ...final(answer), ...figuresOf(answer) })
    res.end()
  }

  const chat: Handler = async (req, res) => {
    const request = parseOllamaChat(await readJson(req, init.maxRequestBytes))
    const message = (content: string, thinking?: string): object => ({ message: { role: 'assistant', content, ...(thinking != null && thinking !== '' ? { thinking } : {}) } })
    await generate(req, res, request, message, answer => {
      const calls = toolCallsOf(answer)
      const thinking = request.think && !request.stream ? answer.result.reasoning : undefined
      return { message: { role: 'assistant', content: request.stream ? '' : answer.text, ...(thinking != null ? { thinking } : {}), ...(calls != null ? { tool_calls: calls } : {}) } }
    })
  }

  const generateRoute: Handler = async (req, res) => {
    const request = parseOllamaGenerate(await readJson(req, init.maxRequestBytes))
    const response = (text: string, thinking?: string): object => ({ response: text, ...(thinking != null && thinking !== '' ? { thinking } : {}) })
    await generate(req, res, request, response, () => ({}))
  }

  async function embedded (req: IncomingMessage, res: ServerResponse, request: Parameters<Router['embed']>[0]): Promise<EmbedAnswer> {
    const abort = new AbortController()
    res.on('close', () => { if (!res.writableFinished) abort.abort() })
    return await router.embed(request, { signal: abort.signal })
  }

  /** The models a client may name, as Ollama lists them. */
  const modelView = (m: ReturnType<Router['models']>[number]): object => ({
    name: m.id,
    model: m.id,
    modified_at: new Date(0).toISOString(),
    size: 0,
    digest: '',
    details: { parent_model: '', format: m.ownedBy === 'cloud' ? '' : 'gguf', family: '', families: [], parameter_size: '', quantization_level: '' },
    swarm_nodes: m.nodes,
    owned_by: m.ownedBy
  })

  return {
    '/api/chat': { POST: ollama(chat) },
    '/api/generate': { POST: ollama(generateRoute) },
    '/api/embed': {
      POST: ollama(async (req, res) => {
        const started = performance.now()
        const answer = await embedded(req, res, parseOllamaEmbed(await readJson(req, init.maxRequestBytes)))
        sendJson(res, 200, { model: answer.modelId, embeddings: answer.vectors, total_duration: Math.round((performance.now() - started) * NS_PER_MS), load_duration: 0, prompt_eval_count: answer.promptTokens, swarm_receipt: embedReceipt(answer) })
      })
    },
    '/api/embeddings': {
      POST: ollama(async (req, res) => {
        const answer = await embedded(req, res, parseOllamaEmbeddings(await readJson(req, init.maxRequestBytes)))
        sendJson(res, 200, { embedding: answer.vectors[0] })
      })
    },
    '/api/tags': { GET: ollama((_req, res) => { sendJson(res, 200, { models: router.models().map(modelView) }) }) },
    '/api/show': {
      POST: ollama(async (req, res) => {
        const name = parseOllamaShow(await readJson(req, init.maxRequestBytes))
        const model = router.models().find(m => m.id === name)
        if (model == null) throw new HttpError(404, 'model_not_found', `model '${name}' not found`)
        const view = modelView(model) as { details: object }
        sendJson(res, 200, { modelfile: '', parameters: '', template: '', details: view.details, model_info: {}, capabilities: ['completion', 'tools', 'embedding'], modified_at: new Date(0).toISOString(), swarm_nodes: model.nodes })
      })
    },
    '/api/version': { GET: ollama((_req, res) => { sendJson(res, 200, { version: OLLAMA_API_VERSION, swarm_llm: SOFTWARE_VERSION }) }) }
  }
}
