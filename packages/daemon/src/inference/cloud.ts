import { logger } from '@libp2p/logger'
import type OpenAI from 'openai'
import type { ChatCompletionChunk, ChatCompletionTokenLogprob } from 'openai/resources/chat/completions'
import { DEFAULT_CLOUD_MAX_RETRIES, DEFAULT_CLOUD_TIMEOUT_MS, DEFAULT_MAX_TOKENS, TOP_ALTERNATIVES } from './constants.js'
import { retryAfterOf, withRetries } from './retry.js'
import { AbortedError, UpstreamError, UpstreamTimeoutError } from './errors.js'
import { entropyOf } from './uncertainty.js'
import type { ChatTurn, EmbedResult, GenerateOptions, GenerateRequest, GenerateResult, InferenceBackend, ModelInfo, TokenStat, ToolCall } from './types.js'

const log = logger('swarm-llm:cloud')

export interface CloudBackendInit {
  /** Any OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1. */
  baseURL: string
  model: string
  /** The key; read once at the edge (option, then OPENAI_API_KEY) and never logged or sent to peers. */
  apiKey: string
  /** Per attempt. Defaults to DEFAULT_CLOUD_TIMEOUT_MS. */
  timeoutMs?: number
  /** Defaults to DEFAULT_CLOUD_MAX_RETRIES. */
  maxRetries?: number
}

/**
 * Entropy from the top alternatives a server returns: their own terms, plus the probability
 * mass left over counted as one more outcome. A lower bound on the true entropy.
 */
function tokenStat (entry: ChatCompletionTokenLogprob): TokenStat {
  const top = (entry.top_logprobs ?? []).slice(0, TOP_ALTERNATIVES).map(t => ({ text: t.token, probability: Math.exp(t.logprob) }))
  const mass = top.reduce((sum, t) => sum + t.probability, 0)
  const probabilities = [...top.map(t => t.probability), Math.max(0, 1 - mass)]
  return { token: -1, text: entry.token, probability: Math.exp(entry.logprob), entropy: top.length > 0 ? entropyOf(probabilities) : 0, top }
}

/** The turns in OpenAI's shape, tool calls and results included. */
export function openAIMessages (messages: ChatTurn[]): any[] {
  return messages.map(m => {
    if (m.role === 'tool') return { role: 'tool', content: m.content, tool_call_id: m.toolCallId ?? '' }
    if (m.role === 'assistant' && m.toolCalls != null && m.toolCalls.length > 0) {
      return { role: 'assistant', content: m.content === '' ? null : m.content, tool_calls: m.toolCalls.map(c => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } })) }
    }
    return { role: m.role, content: m.content }
  })
}

/** The structured fields of a request as the client sent them: passed through unchanged. */
export function openAIExtras (request: GenerateRequest): Record<string, unknown> {
  const extras: Record<string, unknown> = {}
  if (request.stop != null && request.stop.length > 0) extras.stop = request.stop
  if (request.frequencyPenalty != null) extras.frequency_penalty = request.frequencyPenalty
  if (request.presencePenalty != null) extras.presence_penalty = request.presencePenalty
  const format = request.responseFormat
  if (format?.type === 'json_object') extras.response_format = { type: 'json_object' }
  if (format?.type === 'json_schema') extras.response_format = { type: 'json_schema', json_schema: { name: format.name, schema: format.schema, ...(format.strict != null ? { strict: format.strict } : {}) } }
  if (request.tools != null && request.tools.length > 0) {
    extras.tools = request.tools.map(t => ({ type: 'function', function: { name: t.name, ...(t.description != null ? { description: t.description } : {}), ...(t.parameters != null ? { parameters: t.parameters } : {}) } }))
    const choice = request.toolChoice
    if (choice != null) extras.tool_choice = typeof choice === 'object' ? { type: 'function', function: { name: choice.name } } : choice
  }
  return extras
}

/**
 * A foundation model behind any OpenAI-compatible API, through the official `openai` client. A
 * reasoning model's thought, sent as `reasoning_content` deltas (llama.cpp's server, DeepSeek,
 * swarm-llm serve), is kept apart from the answer, with the thought tokens the usage reports.
 */
export class CloudBackend implements InferenceBackend {
  readonly info: ModelInfo
  private client?: OpenAI
  /** The openai module, loaded on first use so commands that never call the cloud start fast. */
  private sdk?: typeof OpenAI
  private readonly clientOptions: ConstructorParameters<typeof OpenAI>[0]
  private readonly timeoutMs: number
  private readonly maxRetries: number
  private logprobs = true
  private inFlight = 0

  constructor (init: CloudBackendInit) {
    this.timeoutMs = init.timeoutMs ?? DEFAULT_CLOUD_TIMEOUT_MS
    this.maxRetries = init.maxRetries ?? DEFAULT_CLOUD_MAX_RETRIES
    // retries are ours (retry.ts), so that they and each attempt's timeout fit the query's budget
    this.clientOptions = { baseURL: init.baseURL, apiKey: init.apiKey, timeout: this.timeoutMs, maxRetries: 0 }
    this.info = { modelId: init.model, family: 'cloud', parameterCount: 0, quantisation: '', contextLength: 0, tokensPerSecond: 0 }
  }

  queueDepth (): number {
    return this.inFlight
  }

  async generate (request: GenerateRequest, options: GenerateOptions = {}): Promise<GenerateResult> {
    this.inFlight++
    try {
      return await withRetries(async timeoutMs => await this.attempt(request, options, timeoutMs), { timeoutMs: this.timeoutMs, maxRetries: this.maxRetries, deadlineMs: options.deadlineMs, signal: options.signal, log })
    } catch (err) {
      // A server that offers no logprobs may refuse the request that asks for them: ask once more without.
      if (this.logprobs && err instanceof UpstreamError && err.status === 400 && /logprob/i.test(err.message)) {
        log('%s offers no logprobs; asking without them from now on', this.info.modelId)
        this.logprobs = false
        return await withRetries(async timeoutMs => await this.attempt(request, options, timeoutMs), { timeoutMs: this.timeoutMs, maxRetries: this.maxRetries, deadlineMs: options.deadlineMs, signal: options.signal, log })
      }
      throw err
    } finally {
      this.inFlight--
    }
  }

  private async attempt (request: GenerateRequest, options: GenerateOptions, timeoutMs: number): Promise<GenerateResult> {
    const started = performance.now()
    let firstTokenAt = 0
    const tokens: TokenStat[] = []
    let text = ''
    let reasoning: string | undefined
    let finishReason: GenerateResult['finishReason'] = 'stop'
    const calls: Array<{ id: string, name: string, arguments: string }> = []
    let usage: { prompt_tokens: number, completion_tokens: number, completion_tokens_details?: { reasoning_tokens?: number } } | undefined
    try {
      const client = await this.connect()
      if (request.prompt != null) return await this.complete(client, request, options, started, timeoutMs)
      const stream = await client.chat.completions.create({
        model: this.info.modelId,
        messages: openAIMessages(request.messages),
        ...openAIExtras(request),
        max_tokens: request.maxTokens ?? DEFAULT_MAX_TOKENS,
        temperature: request.temperature ?? 0,
        top_p: request.topP,
        seed: request.seed,
        stream: true,
        stream_options: { include_usage: true },
        ...(this.logprobs ? { logprobs: true, top_logprobs: TOP_ALTERNATIVES } : {})
      }, { signal: options.signal, timeout: timeoutMs })
      for await (const chunk of stream as AsyncIterable<ChatCompletionChunk>) {
        if (chunk.usage != null) usage = chunk.usage
        const choice = chunk.choices[0]
        if (choice == null) continue
        // not in the OpenAI types: the field reasoning servers add
        const thought: unknown = (choice.delta as { reasoning_content?: unknown } | undefined)?.reasoning_content
        if (typeof thought === 'string' && thought !== '') {
          if (firstTokenAt === 0) firstTokenAt = performance.now()
          reasoning = (reasoning ?? '') + thought
          options.onReasoning?.(thought)
        }
        const delta = choice.delta?.content ?? ''
        if (delta !== '') {
          if (firstTokenAt === 0) firstTokenAt = performance.now()
          text += delta
          options.onText?.(delta)
        }
        for (const entry of choice.logprobs?.content ?? []) tokens.push(tokenStat(entry))
        for (const call of choice.delta?.tool_calls ?? []) {
          if (firstTokenAt === 0) firstTokenAt = performance.now()
          const slot = calls[call.index] ??= { id: '', name: '', arguments: '' }
          if (call.id != null) slot.id = call.id
          if (call.function?.name != null) slot.name += call.function.name
          if (call.function?.arguments != null) slot.arguments += call.function.arguments
        }
        if (choice.finish_reason === 'length') finishReason = 'length'
        if (choice.finish_reason === 'tool_calls') finishReason = 'tool_calls'
      }
    } catch (err) {
      throw this.translate(err, options.signal, timeoutMs)
    }
    const end = performance.now()
    return {
      text,
      tokens,
      finishReason: calls.length > 0 && finishReason === 'stop' ? 'tool_calls' : finishReason,
      ...(calls.length > 0 ? { toolCalls: calls.filter(c => c != null) satisfies ToolCall[] } : {}),
      promptTokens: usage?.prompt_tokens ?? 0,
      completionTokens: usage?.completion_tokens ?? tokens.length,
      ...(reasoning != null ? { reasoning } : {}),
      ...(usage?.completion_tokens_details?.reasoning_tokens != null && usage.completion_tokens_details.reasoning_tokens > 0
        ? { reasoningTokens: usage.completion_tokens_details.reasoning_tokens }
        : {}),
      timings: { queueMs: 0, timeToFirstTokenMs: Math.round((firstTokenAt || end) - started), totalMs: Math.round(end - started) },
      modelId: this.info.modelId
    }
  }

  /** A raw prompt, through the server's `/v1/completions`. */
  private async complete (client: OpenAI, request: GenerateRequest, options: GenerateOptions, started: number, timeoutMs: number): Promise<GenerateResult> {
    const reply = await client.completions.create({
      model: this.info.modelId,
      prompt: request.prompt ?? '',
      max_tokens: request.maxTokens ?? DEFAULT_MAX_TOKENS,
      temperature: request.temperature ?? 0,
      top_p: request.topP,
      seed: request.seed,
      ...(request.stop != null && request.stop.length > 0 ? { stop: request.stop } : {}),
      ...(request.frequencyPenalty != null ? { frequency_penalty: request.frequencyPenalty } : {}),
      ...(request.presencePenalty != null ? { presence_penalty: request.presencePenalty } : {})
    }, { signal: options.signal, timeout: timeoutMs })
    const text = reply.choices[0]?.text ?? ''
    if (text !== '') options.onText?.(text)
    const total = Math.round(performance.now() - started)
    return {
      text,
      tokens: [],
      finishReason: reply.choices[0]?.finish_reason === 'length' ? 'length' : 'stop',
      promptTokens: reply.usage?.prompt_tokens ?? 0,
      completionTokens: reply.usage?.completion_tokens ?? 0,
      timings: { queueMs: 0, timeToFirstTokenMs: total, totalMs: total },
      modelId: this.info.modelId
    }
  }

  /** Embeddings from the server's `/v1/embeddings`, with the same retries and timeout as a generation. */
  async embed (inputs: string[], options: { signal?: AbortSignal, deadlineMs?: number } = {}): Promise<EmbedResult> {
    this.inFlight++
    try {
      return await withRetries(async timeoutMs => {
        try {
          const client = await this.connect()
          const reply = await client.embeddings.create({ model: this.info.modelId, input: inputs, encoding_format: 'float' }, { signal: options.signal, timeout: timeoutMs })
          const vectors = [...reply.data].sort((a, b) => a.index - b.index).map(d => d.embedding)
          if (vectors.length !== inputs.length) throw new UpstreamError(undefined, `the cloud API sent ${vectors.length} embeddings for ${inputs.length} inputs`)
          return { vectors, promptTokens: reply.usage?.prompt_tokens ?? 0, modelId: this.info.modelId }
        } catch (err) {
          throw err instanceof UpstreamError ? err : this.translate(err, options.signal, timeoutMs)
        }
      }, { timeoutMs: this.timeoutMs, maxRetries: this.maxRetries, deadlineMs: options.deadlineMs, signal: options.signal, log })
    } finally {
      this.inFlight--
    }
  }

  private translate (err: unknown, signal: AbortSignal | undefined, timeoutMs: number): Error {
    const OpenAI = this.sdk
    if (OpenAI == null) return new UpstreamError(undefined, `cloud API failed: ${(err as Error).message}`)
    if (err instanceof OpenAI.APIUserAbortError || signal?.aborted === true) return new AbortedError('cloud request aborted')
    if (err instanceof OpenAI.APIConnectionTimeoutError) return new UpstreamTimeoutError(timeoutMs)
    if (err instanceof OpenAI.APIError) {
      const message = (err.error as any)?.message ?? err.message
      return new UpstreamError(err.status, `cloud API error${err.status != null ? ` ${err.status}` : ''}: ${message}`, retryAfterOf(err.headers))
    }
    return new UpstreamError(undefined, `cloud API failed: ${(err as Error).message}`)
  }

  private async connect (): Promise<OpenAI> {
    this.sdk ??= (await import('openai')).default
    this.client ??= new this.sdk(this.clientOptions)
    return this.client
  }

  async dispose (): Promise<void> {}
}
