import { availableParallelism } from 'node:os'
import { access } from 'node:fs/promises'
import { basename } from 'node:path'
import { logger } from '@libp2p/logger'
import { TypedEventEmitter } from 'main-event'
import { randomUUID } from 'node:crypto'
import type { ChatHistoryItem, ChatWrapper, Llama, LlamaContext, LlamaContextSequence, LlamaEmbeddingContext, LlamaGrammar, LlamaGrammarEvaluationState, LlamaModel, SequenceEvaluateOptions, Token } from 'node-llama-cpp'
import { DEFAULT_LOCAL_QUEUE, DEFAULT_MAX_TOKENS, GRAMMAR_CACHE_SIZE, PENALTY_WINDOW_TOKENS, SPEED_PROBE_TOKENS, TOP_ALTERNATIVES } from './constants.js'
import { AbortedError, BusyError, ContextOverflowError, ModelGoneError, ModelLoadError, UnsupportedSchemaError } from './errors.js'
import { changeOf, identityOf } from './model-file.js'
import type { FileIdentity } from './model-file.js'
import { StopFilter } from './stop.js'
import { boundNumbers, plainTurns, readToolReply, responseSchema, toolReplySchema, toolsPrompt } from './structured.js'
import { promptOpensThought, ThoughtSplitter, thoughtTagsOf } from './reasoning.js'
import type { ThoughtTags } from './reasoning.js'
import { entropyOf } from './uncertainty.js'
import type { ChatTurn, EmbedResult, GenerateOptions, GenerateRequest, GenerateResult, InferenceBackend, ModelInfo, TokenStat } from './types.js'

const log = logger('swarm-llm:inference')
const llamaLog = logger('swarm-llm:llama')

export interface LocalBackendInit {
  /** Path of a GGUF file. */
  modelPath: string
  /** CPU threads. Defaults to the cores this process may really use (os.availableParallelism()). */
  threads?: number
  /** Context length per sequence. Defaults to the model's training context. */
  contextSize?: number
  /** Generations that run at once, each on its own context sequence. Defaults to 1. */
  sequences?: number
  /** Requests that may wait beyond the running ones before `BusyError`. Defaults to DEFAULT_LOCAL_QUEUE. */
  maxQueue?: number
}

export interface LocalBackendEvents {
  /** The model file changed under the running model: every later generation fails with this error. */
  gone: CustomEvent<ModelGoneError>
}

let llamaPromise: Promise<Llama> | undefined

/** One llama.cpp runtime per process: the prebuilt CPU binary from npm, never built here. */
export async function loadLlama (): Promise<Llama> {
  // loaded on first use, so commands that never run a model start fast
  const { getLlama, LlamaLogLevel } = await import('node-llama-cpp')
  llamaPromise ??= getLlama({
    gpu: false,
    build: 'never',
    logLevel: LlamaLogLevel.warn,
    logger: (level, message) => { llamaLog('%s %s', level, message.trimEnd()) }
  })
  return await llamaPromise
}

function toHistory (messages: ChatTurn[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = plainTurns(messages).map(m => m.role === 'assistant'
    ? { type: 'model', response: [m.content] }
    : { type: m.role === 'system' ? 'system' : 'user', text: m.content })
  history.push({ type: 'model', response: [] })
  return history
}

/**
 * The turns with a system note on the tools or the JSON the reply must be. The grammar enforces
 * either way; the note is a hint, and `brief` leaves the schemas out of it, for a small context
 * the whole note would crowd the answer out of.
 */
function withInstructions (request: GenerateRequest, brief = false): ChatTurn[] {
  let note: string | undefined
  if (request.tools != null && request.tools.length > 0 && request.toolChoice !== 'none') note = toolsPrompt(brief ? request.tools.map(t => ({ name: t.name })) : request.tools, request.toolChoice)
  else if (request.responseFormat?.type === 'json_schema') note = brief ? 'Reply with JSON.' : `Reply with JSON that follows this schema: ${JSON.stringify(request.responseFormat.schema)}`
  else if (request.responseFormat?.type === 'json_object') note = 'Reply with a JSON object.'
  if (note == null) return request.messages
  const [first, ...rest] = request.messages
  return first?.role === 'system' ? [{ role: 'system', content: `${first.content}\n\n${note}` }, ...rest] : [{ role: 'system', content: note }, ...request.messages]
}

/** The JSON schema the reply must follow, if any: a tool call (or text), or the response format. */
function replySchema (request: GenerateRequest): Record<string, any> | undefined {
  if (request.tools != null && request.tools.length > 0) {
    const schema = toolReplySchema(request.tools, request.toolChoice)
    if (schema != null) return schema
  }
  return request.responseFormat != null ? responseSchema(request.responseFormat) : undefined
}

/** Picks the most probable token; ties go to the lower id, as torch's argmax does. */
function argmax (probabilities: Map<Token, number>): Token {
  let best: Token | undefined
  let bestP = -1
  for (const [token, p] of probabilities) {
    if (p > bestP || (p === bestP && best != null && token < best)) { best = token; bestP = p }
  }
  return best as Token
}

/**
 * A GGUF model run by node-llama-cpp on the CPU. Chats are formatted by the model's own
 * template; each generated token comes with its probability and the entropy of its
 * distribution (from `evaluateWithMetadata`). A reasoning model's thought segment
 * (`<think>…</think>` at the start of its reply, or after a prompt that opened it) is kept out
 * of the answer: it comes back as `reasoning`, streams through `onReasoning`, and its tokens
 * count in `reasoningTokens` but not in the answer's `tokens`, so confidence is the answer's.
 *
 * The weights are read into memory, not mapped: a model file truncated under a mapped model
 * kills the process with SIGBUS at the next page it touches. The file is still checked before
 * each generation (device, inode, size, mtime): once it changed, the backend is `gone`, fires a
 * `gone` event, and every generation fails with ModelGoneError, since what is in memory is no
 * longer the file the user named.
 */
export class LocalBackend extends TypedEventEmitter<LocalBackendEvents> implements InferenceBackend {
  readonly info: ModelInfo
  private readonly free: LlamaContextSequence[]
  private readonly waiting: Array<(sequence: LlamaContextSequence) => void> = []
  private running = 0
  private readonly thoughtTags: ThoughtTags | undefined
  private readonly grammars = new Map<string, Promise<LlamaGrammar>>()
  private embedding?: Promise<LlamaEmbeddingContext>
  private readonly threads: number
  /** Set once the model file changed since it was loaded. */
  private goneError?: ModelGoneError

  private constructor (
    private readonly llama: Llama,
    private readonly model: LlamaModel,
    private readonly context: LlamaContext,
    private readonly chatWrapper: ChatWrapper,
    private readonly maxQueue: number,
    info: ModelInfo,
    threads: number,
    private readonly modelPath: string,
    private readonly file: FileIdentity
  ) {
    super()
    this.info = info
    this.threads = threads
    this.thoughtTags = thoughtTagsOf(model)
    this.free = Array.from({ length: context.totalSequences }, () => context.getSequence())
  }

  static async load (init: LocalBackendInit): Promise<LocalBackend> {
    try {
      await access(init.modelPath)
    } catch {
      throw new ModelLoadError(`model file ${init.modelPath} does not exist or cannot be read`)
    }
    const llama = await loadLlama()
    const file = await identityOf(init.modelPath)
    let model: LlamaModel
    try {
      // read, not mapped: a mapped file truncated later would kill the process with SIGBUS
      model = await llama.loadModel({ modelPath: init.modelPath, gpuLayers: 0, useMmap: false })
    } catch (err) {
      throw new ModelLoadError(`cannot load ${init.modelPath}: ${(err as Error).message}`)
    }
    const change = file != null ? changeOf(file, await identityOf(init.modelPath)) : 'deleted'
    if (file == null || change != null) {
      await model.dispose()
      throw new ModelLoadError(`the model file ${init.modelPath} ${change ?? 'changed'} while it was being loaded`)
    }
    const threads = init.threads ?? availableParallelism()
    const context = await model.createContext({
      contextSize: Math.min(init.contextSize ?? model.trainContextSize, model.trainContextSize),
      sequences: init.sequences ?? 1,
      threads,
      // flash attention off and an F32 KV cache keep greedy output identical to the reference
      flashAttention: false,
      experimentalKvCacheKeyType: 'F32',
      experimentalKvCacheValueType: 'F32'
    })
    const { resolveChatWrapper } = await import('node-llama-cpp')
    const chatWrapper = resolveChatWrapper(model)
    const metadata = model.fileInfo.metadata as any
    const info: ModelInfo = {
      modelId: String(metadata?.general?.name ?? basename(init.modelPath, '.gguf')),
      family: String(metadata?.general?.architecture ?? 'unknown'),
      parameterCount: estimateParameters(model),
      quantisation: model.fileInfo.metadata?.general?.file_type != null ? fileTypeName(Number(model.fileInfo.metadata.general.file_type)) : 'unknown',
      contextLength: context.contextSize,
      tokensPerSecond: 0
    }
    const backend = new LocalBackend(llama, model, context, chatWrapper, init.maxQueue ?? DEFAULT_LOCAL_QUEUE, info, threads, init.modelPath, file)
    await backend.generate({ messages: [{ role: 'user', content: 'Hello' }], maxTokens: SPEED_PROBE_TOKENS })
    log('loaded %s (%s, %d threads, chat wrapper %s, %d tokens/s)', info.modelId, init.modelPath, threads, chatWrapper.wrapperName, Math.round(info.tokensPerSecond))
    return backend
  }

  /** Why this backend no longer runs its model, once its file changed; undefined while it does. */
  get gone (): ModelGoneError | undefined {
    return this.goneError
  }

  /**
   * Checks that the model file is still the one loaded; once it is not, the backend is gone
   * for good (a `gone` event, once) and this throws ModelGoneError, as it does from then on.
   */
  async checkFile (): Promise<void> {
    if (this.goneError != null) throw this.goneError
    const change = changeOf(this.file, await identityOf(this.modelPath))
    if (change == null || this.goneError != null) {
      if (this.goneError != null) throw this.goneError
      return
    }
    this.goneError = new ModelGoneError(this.modelPath, change)
    log.error('%s', this.goneError.message)
    this.safeDispatchEvent('gone', { detail: this.goneError })
    throw this.goneError
  }

  /** Whether the model's vocabulary has thought tags: it may reason before it answers. */
  get reasons (): boolean {
    return this.thoughtTags != null
  }

  /** The chat wrapper in use: "JinjaTemplate" when the model's own template was accepted. */
  get chatWrapperName (): string {
    return this.chatWrapper.wrapperName
  }

  queueDepth (): number {
    return this.running + this.waiting.length
  }

  /** The prompt's tokens: the chat as the model's template formats it, up to the answer. */
  tokenizeChat (messages: ChatTurn[]): Token[] {
    const { contextText } = this.chatWrapper.generateContextState({ chatHistory: toHistory(messages) })
    return contextText.tokenize(this.model.tokenizer)
  }

  tokenize (text: string): Token[] {
    return this.model.tokenize(text)
  }

  detokenize (tokens: Token[]): string {
    return this.model.detokenize(tokens)
  }

  /** A raw prompt's tokens, after the model's BOS token when it has one. */
  tokenizePrompt (text: string): Token[] {
    const bos = this.model.tokens.bos
    return [...(bos != null ? [bos] : []), ...this.model.tokenize(text)]
  }

  /** The grammar of a JSON schema, compiled once per schema; UnsupportedSchemaError when it cannot be. */
  private async grammarOf (schema: Record<string, any>): Promise<LlamaGrammar> {
    const key = JSON.stringify(schema)
    let grammar = this.grammars.get(key)
    if (grammar == null) {
      grammar = this.llama.createGrammarForJsonSchema(schema as any).then(async json => await this.llama.createGrammar({
        grammar: boundNumbers(json.grammar),
        stopGenerationTriggers: json.stopGenerationTriggers,
        trimWhitespaceSuffix: json.trimWhitespaceSuffix
      }))
      grammar.catch(() => this.grammars.delete(key))
      if (this.grammars.size >= GRAMMAR_CACHE_SIZE) this.grammars.delete(this.grammars.keys().next().value as string)
      this.grammars.set(key, grammar)
    }
    try {
      return await grammar
    } catch (err) {
      throw new UnsupportedSchemaError(`schema (${(err as Error).message})`, '#')
    }
  }

  /**
   * Embeddings of `inputs`: the model's final hidden state as llama.cpp pools it, L2-normalised
   * (as OpenAI's and Ollama's are). The embedding context is made on first use and kept; it
   * evaluates one input at a time. ContextOverflowError when an input does not fit it.
   */
  async embed (inputs: string[], options: { signal?: AbortSignal } = {}): Promise<EmbedResult> {
    await this.checkFile()
    this.embedding ??= this.model.createEmbeddingContext({ contextSize: this.context.contextSize, threads: this.threads })
    const context = await this.embedding
    const vectors: number[][] = []
    let promptTokens = 0
    for (const input of inputs) {
      if (options.signal?.aborted === true) throw new AbortedError()
      const tokens = this.model.tokenize(input)
      if (tokens.length + 1 >= this.context.contextSize) throw new ContextOverflowError(tokens.length, this.context.contextSize)
      promptTokens += tokens.length
      const { vector } = await context.getEmbeddingFor(tokens)
      const norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0))
      vectors.push(norm > 0 ? vector.map(x => x / norm) : [...vector])
    }
    return { vectors, promptTokens, modelId: this.info.modelId }
  }

  async generate (request: GenerateRequest, options: GenerateOptions = {}): Promise<GenerateResult> {
    const queuedAt = performance.now()
    if (this.goneError != null) throw this.goneError
    const maxTokens = request.maxTokens ?? DEFAULT_MAX_TOKENS
    let prompt = request.prompt != null ? this.tokenizePrompt(request.prompt) : this.tokenizeChat(withInstructions(request))
    const schema = replySchema(request)
    // a constrained reply whose schemas in the prompt would leave less room than it asked for: the grammar alone keeps it to them
    if (schema != null && request.prompt == null && prompt.length + maxTokens > this.context.contextSize) prompt = this.tokenizeChat(withInstructions(request, true))
    const grammar = schema != null ? await this.grammarOf(schema) : undefined
    if (prompt.length + 1 > this.context.contextSize) throw new ContextOverflowError(prompt.length, this.context.contextSize)
    const sequence = await this.acquire(options.signal)
    const startedAt = performance.now()
    try {
      // checked once the generation holds its sequence, so joining the queue stays synchronous
      await this.checkFile()
      await sequence.clearHistory()
      const result = await this.run(sequence, prompt, Math.min(maxTokens, this.context.contextSize - prompt.length), request, options, queuedAt, startedAt, grammar)
      if (grammar == null || request.tools == null || request.tools.length === 0) return result
      // a tool-constrained reply: calls, or a text answer in {"content": ...}
      const reply = readToolReply(result.text, () => `call_${randomUUID().replaceAll('-', '').slice(0, 24)}`)
      if (reply.toolCalls == null) options.onText?.(reply.text)
      return { ...result, text: reply.text, ...(reply.toolCalls != null ? { toolCalls: reply.toolCalls, finishReason: result.finishReason === 'length' ? 'length' : 'tool_calls' } : {}) }
    } finally {
      this.release(sequence)
    }
  }

  private async run (sequence: LlamaContextSequence, prompt: Token[], maxTokens: number, request: GenerateRequest,
    options: GenerateOptions, queuedAt: number, startedAt: number, grammar?: LlamaGrammar): Promise<GenerateResult> {
    const temperature = request.temperature ?? 0
    const greedy = temperature === 0
    // a tool reply is read whole at the end: its JSON is not streamed as text
    const toolReply = grammar != null && request.tools != null && request.tools.length > 0
    const stops = request.stop?.filter(s => s !== '') ?? []
    const filter = stops.length > 0 ? new StopFilter(stops, piece => { if (!toolReply) options.onText?.(piece) }) : undefined
    const onAnswer = (piece: string): void => {
      if (filter != null) filter.push(piece)
      else if (!toolReply) options.onText?.(piece)
    }
    const tokens: TokenStat[] = []
    const ids: Token[] = []
    const answerIds: Token[] = []
    const thoughtIds: Token[] = []
    const tags = this.thoughtTags
    const splitter = tags != null ? new ThoughtSplitter(tags, promptOpensThought(prompt, tags, t => this.model.detokenize(t))) : undefined
    let reasoningTokens = 0
    let pending: Token[] = []
    let pendingPart: 'thought' | 'answer' = 'answer'
    const flush = (force: boolean): void => {
      if (pending.length === 0) return
      // decode only what is new; hold back bytes that do not yet make a whole character
      const piece = this.model.detokenize(pending)
      if (!force && piece.endsWith('\uFFFD')) return
      if (pendingPart === 'answer') onAnswer(piece)
      else options.onReasoning?.(piece)
      pending = []
    }
    let firstTokenAt = 0
    let finishReason: GenerateResult['finishReason'] = 'stop'
    // Greedy decoding picks the argmax of the full (temperature 1) distribution itself and feeds
    // it back, so the reported probabilities and entropies are the model's own, not one-hot.
    // yieldEogToken: node-llama-cpp's own sample may be an end token where the argmax is not,
    // and it would otherwise end the generation on its own.
    // A grammar or repeat penalties act in node-llama-cpp's sampler: then its own pick is taken
    // (greedy at temperature 0), since the argmax of the raw distribution would ignore them.
    const penalties = (request.frequencyPenalty ?? 0) !== 0 || (request.presencePenalty ?? 0) !== 0
    const sampled = grammar != null || penalties || !greedy
    const { LlamaGrammarEvaluationState: GrammarState } = grammar != null ? await import('node-llama-cpp') : { LlamaGrammarEvaluationState: undefined }
    const grammarState: LlamaGrammarEvaluationState | undefined = grammar != null && GrammarState != null ? new GrammarState({ model: this.model, grammar }) : undefined
    const sampling: SequenceEvaluateOptions = {
      ...(greedy ? { temperature: sampled ? 0 : 1, topK: 0, topP: 1, minP: 0 } : { temperature, topP: request.topP ?? 1, seed: request.seed }),
      ...(grammarState != null ? { grammarEvaluationState: grammarState } : {}),
      ...(penalties
        ? { repeatPenalty: { punishTokens: () => ids.slice(-PENALTY_WINDOW_TOKENS), maxPunishTokens: PENALTY_WINDOW_TOKENS, penalty: 1, frequencyPenalty: request.frequencyPenalty ?? 0, presencePenalty: request.presencePenalty ?? 0 } }
        : {}),
      yieldEogToken: true
    }
    const iterator = sequence.evaluateWithMetadata(prompt, { confidence: true, probabilities: true }, sampling)
    let next: Token | undefined
    while (true) {
      if (options.signal?.aborted === true) { finishReason = 'abort'; break }
      const step = await iterator.next(next)
      if (step.done === true) break
      const chosen = sampled ? step.value.token : argmax(step.value.probabilities)
      if (this.model.isEogToken(chosen)) break
      if (firstTokenAt === 0) firstTokenAt = performance.now()
      const text = this.model.detokenize([chosen])
      ids.push(chosen)
      const part = splitter?.place(chosen, text) ?? 'answer'
      if (part !== 'answer') reasoningTokens++
      if (part === 'answer') {
        tokens.push({
          token: chosen,
          text,
          probability: step.value.probabilities.get(chosen) ?? 0,
          entropy: entropyOf(step.value.probabilities.values()),
          top: this.alternatives(step.value.probabilities)
        })
        answerIds.push(chosen)
      } else if (part === 'thought') {
        thoughtIds.push(chosen)
      }
      if (part !== 'markup') {
        if (part !== pendingPart) { flush(true); pendingPart = part }
        pending.push(chosen)
        flush(false)
      }
      if (filter?.stopped === true) break
      if (ids.length >= maxTokens) { finishReason = 'length'; break }
      next = chosen
    }
    flush(true)
    filter?.end()
    await iterator.return()
    if (finishReason === 'abort' && ids.length === 0) throw new AbortedError()
    const end = performance.now()
    if (ids.length > 1 && end > firstTokenAt) {
      // announced to peers: the decoding rate (tokens after the first, over the time after the
      // first), a moving average; whole-request time would mostly measure the prompt of a short answer
      const speed = (ids.length - 1) / ((end - firstTokenAt) / 1000)
      this.info.tokensPerSecond = this.info.tokensPerSecond === 0 ? speed : 0.8 * this.info.tokensPerSecond + 0.2 * speed
    }
    return {
      text: filter != null ? filter.text : this.model.detokenize(answerIds),
      tokens,
      finishReason,
      promptTokens: prompt.length,
      completionTokens: ids.length,
      ...(reasoningTokens > 0 ? { reasoning: this.model.detokenize(thoughtIds).trim(), reasoningTokens } : {}),
      timings: {
        queueMs: Math.round(startedAt - queuedAt),
        timeToFirstTokenMs: Math.round((firstTokenAt || end) - queuedAt),
        totalMs: Math.round(end - queuedAt)
      },
      modelId: this.info.modelId
    }
  }

  private alternatives (probabilities: Map<Token, number>): TokenStat['top'] {
    const top: TokenStat['top'] = []
    for (const [token, probability] of probabilities) {
      if (top.length === TOP_ALTERNATIVES) break
      top.push({ text: this.model.detokenize([token]), probability })
    }
    return top
  }

  private async acquire (signal?: AbortSignal): Promise<LlamaContextSequence> {
    const sequence = this.free.pop()
    if (sequence != null) { this.running++; return sequence }
    if (this.waiting.length >= this.maxQueue) throw new BusyError()
    return await new Promise((resolve, reject) => {
      const onAbort = (): void => {
        const i = this.waiting.indexOf(grant)
        if (i >= 0) this.waiting.splice(i, 1)
        reject(new AbortedError('aborted while queued'))
      }
      const grant = (s: LlamaContextSequence): void => { signal?.removeEventListener('abort', onAbort); this.running++; resolve(s) }
      if (signal?.aborted === true) { onAbort(); return }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.waiting.push(grant)
    })
  }

  private release (sequence: LlamaContextSequence): void {
    this.running--
    const next = this.waiting.shift()
    if (next != null) next(sequence)
    else this.free.push(sequence)
  }

  async dispose (): Promise<void> {
    if (this.embedding != null) await (await this.embedding.catch(() => undefined))?.dispose()
    await this.context.dispose()
    await this.model.dispose()
  }
}

function estimateParameters (model: LlamaModel): number {
  const tensors = model.fileInfo.fullTensorInfo ?? []
  return tensors.reduce((sum, t) => sum + t.dimensions.reduce((a: number, b) => a * Number(b), 1), 0)
}

const FILE_TYPES: Record<number, string> = { 0: 'F32', 1: 'F16', 2: 'Q4_0', 3: 'Q4_1', 7: 'Q8_0', 8: 'Q5_0', 9: 'Q5_1', 10: 'Q2_K', 11: 'Q3_K_S', 12: 'Q3_K_M', 13: 'Q3_K_L', 14: 'Q4_K_S', 15: 'Q4_K_M', 16: 'Q5_K_S', 17: 'Q5_K_M', 18: 'Q6_K', 32: 'BF16' }

function fileTypeName (fileType: number): string {
  return FILE_TYPES[fileType] ?? `type ${fileType}`
}
