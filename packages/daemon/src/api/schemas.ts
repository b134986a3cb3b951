import { z } from 'zod'
import type { ChatTurn, GenerateRequest, ResponseFormat, ToolChoice, ToolSpec } from '../inference/types.js'
import type { EmbedRouteRequest, RouteRequest } from '../routing/types.js'
import { HttpError } from './http.js'

/**
 * The request bodies of the OpenAI-compatible routes, one zod schema per surface. A field the
 * server does not honour is refused with `unsupported_parameter` (and its `param`), never
 * ignored; a field of the wrong type with `invalid_request`, naming the key and the type expected.
 */

const text = z.union([z.string(), z.array(z.object({ type: z.literal('text'), text: z.string() }))])
const toolCall = z.object({ id: z.string(), type: z.literal('function'), function: z.object({ name: z.string(), arguments: z.string() }) })

const message = z.discriminatedUnion('role', [
  z.object({ role: z.enum(['system', 'developer']), content: text, name: z.string().optional() }),
  z.object({ role: z.literal('user'), content: text, name: z.string().optional() }),
  z.object({ role: z.literal('assistant'), content: text.nullish(), name: z.string().optional(), tool_calls: z.array(toolCall).optional(), refusal: z.string().nullish() }),
  z.object({ role: z.literal('tool'), content: text, tool_call_id: z.string() })
])

const stop = z.union([z.string(), z.array(z.string()).max(16)]).nullish()
const penalty = z.number().min(-2).max(2).nullish()
const route = z.enum(['auto', 'local', 'peers', 'cloud']).optional()
const maxTokens = z.number().int().min(1).max(1 << 20).nullish()

/** Fields every generation route shares. */
const common = {
  model: z.string().min(1),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
  max_tokens: maxTokens,
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  seed: z.number().int().min(0).max(2 ** 32 - 1).nullish(),
  n: z.literal(1).nullish(),
  stop,
  presence_penalty: penalty,
  frequency_penalty: penalty,
  user: z.string().optional(),
  lan_only: z.boolean().optional(),
  route,
  pii: z.enum(['redact', 'never-leaves-lan']).optional()
}

const tool = z.object({
  type: z.literal('function'),
  function: z.object({ name: z.string().min(1).max(64), description: z.string().optional(), parameters: z.record(z.string(), z.unknown()).optional(), strict: z.boolean().nullish() })
})

const responseFormat = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }),
  z.object({ type: z.literal('json_object') }),
  z.object({ type: z.literal('json_schema'), json_schema: z.object({ name: z.string().min(1), description: z.string().optional(), schema: z.record(z.string(), z.unknown()).optional(), strict: z.boolean().nullish() }) })
])

export const chatRequestSchema = z.strictObject({
  ...common,
  messages: z.array(message).min(1),
  max_completion_tokens: maxTokens,
  logprobs: z.boolean().nullish(),
  top_logprobs: z.number().int().min(0).max(20).nullish(),
  response_format: responseFormat.nullish(),
  tools: z.array(tool).max(128).nullish(),
  tool_choice: z.union([z.enum(['auto', 'none', 'required']), z.object({ type: z.literal('function'), function: z.object({ name: z.string() }) })]).nullish(),
  // at most one call is made per answer, which every setting allows
  parallel_tool_calls: z.boolean().nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
  store: z.literal(false).nullish()
})

export const completionRequestSchema = z.strictObject({
  ...common,
  prompt: z.union([z.string(), z.array(z.string()).length(1)]),
  echo: z.literal(false).nullish(),
  best_of: z.literal(1).nullish(),
  logprobs: z.null().optional(),
  suffix: z.null().optional()
})

export const embeddingRequestSchema = z.strictObject({
  model: z.string().min(1),
  input: z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(2048)]),
  encoding_format: z.enum(['float', 'base64']).optional(),
  user: z.string().optional(),
  lan_only: z.boolean().optional()
})

function pathOf (path: PropertyKey[]): string {
  return path.map((p, i) => typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`).join('')
}

/** Parses a body against a schema; the first problem becomes a typed 400 naming the key and what was expected. */
export function parseBody<T extends z.ZodType> (schema: T, body: unknown): z.output<T> {
  if (body == null || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'invalid_request', 'the request body must be a JSON object')
  const parsed = schema.safeParse(body)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  if (issue.code === 'unrecognized_keys') {
    const param = pathOf([...issue.path, issue.keys[0]])
    throw new HttpError(400, 'unsupported_parameter', `${param} is not supported by this server`, 'invalid_request_error', param)
  }
  const param = pathOf(issue.path)
  // a known field with a value the server does not honour (n: 2, echo: true, store: true ...)
  if (issue.code === 'invalid_value' && issue.path.length === 1 && ['n', 'echo', 'best_of', 'store', 'logprobs', 'suffix'].includes(param)) {
    throw new HttpError(400, 'unsupported_parameter', `${param}: ${issue.message.toLowerCase()} (the only value supported)`, 'invalid_request_error', param)
  }
  const expected = 'expected' in issue ? `expected ${String(issue.expected)}` : issue.message
  throw new HttpError(400, 'invalid_request', `${param === '' ? 'the body' : param}: ${expected}${'expected' in issue ? ` (${issue.message})` : ''}`, 'invalid_request_error', param === '' ? null : param)
}

function contentOf (value: z.infer<typeof text> | null | undefined): string {
  if (value == null) return ''
  return typeof value === 'string' ? value : value.map(p => p.text).join('')
}

function stopOf (value: string | string[] | null | undefined): string[] | undefined {
  if (value == null) return undefined
  return typeof value === 'string' ? [value] : value
}

/** Routing fields every generation route shares. */
function routingOf (b: { model: string, lan_only?: boolean, route?: RouteRequest['route'], pii?: RouteRequest['pii'] }): Omit<RouteRequest, 'generate'> {
  return { model: b.model, lanOnly: b.lan_only === true, route: b.route ?? 'auto', pii: b.pii }
}

/** Sampling fields every generation route shares. */
function samplingOf (b: z.infer<typeof completionRequestSchema> | z.infer<typeof chatRequestSchema>): Omit<GenerateRequest, 'messages'> {
  return {
    maxTokens: b.max_tokens ?? undefined,
    temperature: b.temperature ?? undefined,
    topP: b.top_p ?? undefined,
    seed: b.seed ?? undefined,
    stop: stopOf(b.stop),
    frequencyPenalty: b.frequency_penalty ?? undefined,
    presencePenalty: b.presence_penalty ?? undefined
  }
}

export interface ParsedChat extends RouteRequest {
  stream: boolean
  logprobs: boolean
  topLogprobs: number
}

/** Checks an OpenAI chat completion request; throws HttpError 400 with the offending param. */
export function parseChatRequest (body: unknown): ParsedChat {
  const b = parseBody(chatRequestSchema, body)
  const messages: ChatTurn[] = b.messages.map(m => {
    if (m.role === 'tool') return { role: 'tool', content: contentOf(m.content), toolCallId: m.tool_call_id }
    if (m.role === 'assistant') {
      const calls = m.tool_calls?.map(c => ({ id: c.id, name: c.function.name, arguments: c.function.arguments }))
      return { role: 'assistant', content: contentOf(m.content), ...(calls != null && calls.length > 0 ? { toolCalls: calls } : {}) }
    }
    return { role: m.role === 'developer' ? 'system' : m.role, content: contentOf(m.content) }
  })
  const tools: ToolSpec[] | undefined = b.tools?.map(t => ({ name: t.function.name, description: t.function.description, parameters: t.function.parameters }))
  const choice = b.tool_choice
  const toolChoice: ToolChoice | undefined = choice == null ? undefined : typeof choice === 'string' ? choice : { name: choice.function.name }
  if (typeof toolChoice === 'object' && tools?.some(t => t.name === toolChoice.name) !== true) {
    throw new HttpError(400, 'invalid_request', `tool_choice names ${toolChoice.name}, which is not among the tools`, 'invalid_request_error', 'tool_choice')
  }
  if ((toolChoice === 'required') && (tools == null || tools.length === 0)) {
    throw new HttpError(400, 'invalid_request', 'tool_choice required needs tools', 'invalid_request_error', 'tool_choice')
  }
  const format = b.response_format
  let responseFormat: ResponseFormat | undefined
  if (format?.type === 'json_object') responseFormat = { type: 'json_object' }
  if (format?.type === 'json_schema') {
    responseFormat = format.json_schema.schema != null
      ? { type: 'json_schema', name: format.json_schema.name, schema: format.json_schema.schema, ...(format.json_schema.strict != null ? { strict: format.json_schema.strict } : {}) }
      : { type: 'json_object' }
  }
  return {
    ...routingOf(b),
    stream: b.stream === true,
    logprobs: b.logprobs === true,
    topLogprobs: b.top_logprobs ?? 0,
    generate: {
      messages,
      ...samplingOf(b),
      maxTokens: b.max_completion_tokens ?? b.max_tokens ?? undefined,
      ...(responseFormat != null ? { responseFormat } : {}),
      ...(tools != null && tools.length > 0 ? { tools, toolChoice: toolChoice ?? 'auto' } : {})
    }
  }
}

export interface ParsedCompletion extends RouteRequest {
  stream: boolean
}

/** Checks an OpenAI (legacy) text completion request. */
export function parseCompletionRequest (body: unknown): ParsedCompletion {
  const b = parseBody(completionRequestSchema, body)
  const prompt = typeof b.prompt === 'string' ? b.prompt : b.prompt[0]
  return { ...routingOf(b), stream: b.stream === true, generate: { messages: [{ role: 'user', content: prompt }], prompt, ...samplingOf(b) } }
}

export interface ParsedEmbedding extends EmbedRouteRequest {
  encoding: 'float' | 'base64'
}

/** Checks an OpenAI embeddings request. */
export function parseEmbeddingRequest (body: unknown): ParsedEmbedding {
  const b = parseBody(embeddingRequestSchema, body)
  return { model: b.model, inputs: typeof b.input === 'string' ? [b.input] : b.input, lanOnly: b.lan_only === true, encoding: b.encoding_format ?? 'float' }
}
