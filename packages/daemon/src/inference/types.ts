/** A chat turn, as the OpenAI API names the roles. */
export interface ChatTurn {
  role: 'system' | 'user' | 'assistant' | 'tool'
  content: string
  /** The calls an assistant turn made (OpenAI's `tool_calls`). */
  toolCalls?: ToolCall[]
  /** The call a `tool` turn answers. */
  toolCallId?: string
}

/** A function the model may call, as OpenAI's `tools[].function` describes it. */
export interface ToolSpec {
  name: string
  description?: string
  /** JSON schema of the arguments. */
  parameters?: Record<string, unknown>
}

/** `auto`: the model chooses; `required`: some call; a name: that function; `none`: no call. */
export type ToolChoice = 'auto' | 'none' | 'required' | { name: string }

/** One call the model made; `arguments` is JSON text, as OpenAI sends it. */
export interface ToolCall {
  id: string
  name: string
  arguments: string
}

/** Output the answer must take: any JSON object, or JSON valid against a schema. */
export type ResponseFormat = { type: 'json_object' } | { type: 'json_schema', name: string, schema: Record<string, unknown>, strict?: boolean }

export interface GenerateRequest {
  messages: ChatTurn[]
  /** Defaults to DEFAULT_MAX_TOKENS. */
  maxTokens?: number
  /** 0 means greedy decoding. Defaults to 0. */
  temperature?: number
  /** Defaults to 1. */
  topP?: number
  seed?: number
  /** Generation ends before the first of these strings; it is not part of the answer. */
  stop?: string[]
  responseFormat?: ResponseFormat
  tools?: ToolSpec[]
  /** Defaults to `auto` when tools are given. */
  toolChoice?: ToolChoice
  /** OpenAI's -2..2: lowers the odds of tokens by how often they were generated. */
  frequencyPenalty?: number
  /** OpenAI's -2..2: lowers the odds of tokens that were generated at all. */
  presencePenalty?: number
  /** A raw prompt, continued as is (no chat template): `/v1/completions`. Replaces `messages`. */
  prompt?: string
}

export interface GenerateOptions {
  signal?: AbortSignal
  /** When the query's time budget ends, ms since the epoch on this machine's clock: retries and timeouts stay inside it. Defaults to none. */
  deadlineMs?: number
  /** Called with each new piece of the answer as it is generated. */
  onText?: (delta: string) => void
  /** Called with each new piece of a reasoning model's thought as it is generated. */
  onReasoning?: (delta: string) => void
}

/** One generated token: its probability and the entropy (nats) of the distribution it came from. */
export interface TokenStat {
  /** Token id; -1 where the backend gives only text (cloud servers). */
  token: number
  text: string
  probability: number
  entropy: number
  /** The most probable alternatives, most probable first (at most TOP_ALTERNATIVES). */
  top: Array<{ text: string, probability: number }>
}

export interface GenerateResult {
  /** The answer; a reasoning model's thought segment is not part of it. */
  text: string
  /** Per answer token, where the backend exposes them (cloud servers may not); never the thought's. */
  tokens: TokenStat[]
  finishReason: 'stop' | 'length' | 'abort' | 'tool_calls'
  /** The calls the model made instead of (or besides) a text answer. */
  toolCalls?: ToolCall[]
  promptTokens: number
  /** Every generated token, a thought's included. */
  completionTokens: number
  /** A reasoning model's thought, without its tags; absent when the model wrote none. */
  reasoning?: string
  /** Tokens of the thought segment, its tags included (also counted in completionTokens). Absent means 0. */
  reasoningTokens?: number
  timings: { queueMs: number, timeToFirstTokenMs: number, totalMs: number }
  modelId: string
  /**
   * Set by backends whose model runs on another node (a peer, a summoner): the node, and the
   * confidence and figures it computed with its own calibration, since tokens do not travel.
   */
  remote?: { node: string, confidence: number, figures: { meanLogprob: number, minTokenProb: number, meanEntropy: number, tokenCount: number } }
}

/** What a backend hosts, as announced to peers. */
export interface ModelInfo {
  modelId: string
  family: string
  parameterCount: number
  quantisation: string
  contextLength: number
  tokensPerSecond: number
}

/** Embeddings of some texts, one per input and in order, each L2-normalised. */
export interface EmbedResult {
  vectors: number[][]
  promptTokens: number
  modelId: string
}

/** One interface for every way of answering: local model, peer or cloud. */
export interface InferenceBackend {
  readonly info: ModelInfo
  generate: (request: GenerateRequest, options?: GenerateOptions) => Promise<GenerateResult>
  /** Embeddings of `inputs` by this model, where the backend offers them. */
  embed?: (inputs: string[], options?: { signal?: AbortSignal }) => Promise<EmbedResult>
  /** Requests waiting or running. */
  queueDepth: () => number
  dispose: () => Promise<void>
}
