import { z } from 'zod'
import type { ChatTurn, GenerateRequest, ResponseFormat, ToolSpec } from '../inference/types.js'
import type { EmbedRouteRequest, RouteRequest } from '../routing/types.js'
import { parseBody } from './schemas.js'

/**
 * The request bodies of Ollama's API (docs/api.md of ollama/ollama), one zod schema per route.
 * As on the OpenAI routes, a field the server does not honour is refused with
 * `unsupported_parameter` naming it (images, raw templates, num_ctx, ...), never ignored.
 * `keep_alive` is accepted: the models stay loaded for the daemon's life whatever it says.
 */

const options = z.strictObject({
  temperature: z.number().min(0).max(2).optional(),
  top_p: z.number().min(0).max(1).optional(),
  seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
  num_predict: z.number().int().min(-2).max(1 << 20).optional(),
  stop: z.array(z.string()).max(16).optional(),
  frequency_penalty: z.number().min(-2).max(2).optional(),
  presence_penalty: z.number().min(-2).max(2).optional()
}).optional()

/** `"json"` for any JSON object, or a JSON schema. */
const format = z.union([z.literal('json'), z.literal(''), z.record(z.string(), z.unknown())]).nullish()
const keepAlive = z.union([z.string(), z.number()]).optional()

const toolCall = z.object({ function: z.object({ name: z.string().min(1), arguments: z.record(z.string(), z.unknown()) }), id: z.string().optional(), index: z.number().optional() })

const message = z.strictObject({
  role: z.enum(['system', 'user', 'assistant', 'tool']),
  content: z.string(),
  thinking: z.string().optional(),
  tool_calls: z.array(toolCall).optional(),
  tool_name: z.string().optional()
})

const tool = z.object({
  type: z.literal('function'),
  function: z.object({ name: z.string().min(1).max(64), description: z.string().optional(), parameters: z.record(z.string(), z.unknown()).optional() })
})

export const ollamaChatSchema = z.strictObject({
  model: z.string().min(1),
  messages: z.array(message).min(1),
  tools: z.array(tool).max(128).optional(),
  format,
  options,
  stream: z.boolean().optional(),
  think: z.boolean().optional(),
  keep_alive: keepAlive
})

export const ollamaGenerateSchema = z.strictObject({
  model: z.string().min(1),
  prompt: z.string(),
  system: z.string().optional(),
  format,
  options,
  stream: z.boolean().optional(),
  /** The prompt continued as it is, without the chat template. */
  raw: z.boolean().optional(),
  think: z.boolean().optional(),
  keep_alive: keepAlive
})

export const ollamaEmbedSchema = z.strictObject({
  model: z.string().min(1),
  input: z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(2048)]),
  /** Inputs too long for the model's context are an error here, never cut short. */
  truncate: z.literal(false).optional(),
  keep_alive: keepAlive
})

/** The legacy `/api/embeddings`: one prompt, one embedding. */
export const ollamaEmbeddingsSchema = z.strictObject({ model: z.string().min(1), prompt: z.string().min(1), keep_alive: keepAlive })

export const ollamaShowSchema = z.strictObject({ model: z.string().min(1).optional(), name: z.string().min(1).optional(), verbose: z.boolean().optional() })

/** `name:latest` is Ollama's spelling of `name`; other tags stay part of the name. */
export function modelName (name: string): string {
  return name.endsWith(':latest') ? name.slice(0, -':latest'.length) : name
}

function formatOf (value: z.infer<typeof format>): ResponseFormat | undefined {
  if (value == null || value === '') return undefined
  if (value === 'json') return { type: 'json_object' }
  return { type: 'json_schema', name: 'format', schema: value }
}

function samplingOf (o: z.infer<typeof options>): Omit<GenerateRequest, 'messages'> {
  if (o == null) return {}
  return {
    // Ollama's -1 (no limit) and -2 (fill the context) leave the server's default
    maxTokens: o.num_predict != null && o.num_predict > 0 ? o.num_predict : undefined,
    temperature: o.temperature,
    topP: o.top_p,
    seed: o.seed,
    stop: o.stop,
    frequencyPenalty: o.frequency_penalty,
    presencePenalty: o.presence_penalty
  }
}

export interface ParsedOllama extends RouteRequest {
  stream: boolean
  /** Send a reasoning model's thought (`thinking`). */
  think: boolean
}

/** Checks an Ollama `/api/chat` request; throws HttpError 400 naming the offending field. */
export function parseOllamaChat (body: unknown): ParsedOllama {
  const b = parseBody(ollamaChatSchema, body)
  const messages: ChatTurn[] = b.messages.map((m, i) => {
    if (m.role === 'tool') return { role: 'tool', content: m.content, toolCallId: m.tool_name ?? `call_${i}` }
    if (m.role === 'assistant' && m.tool_calls != null && m.tool_calls.length > 0) {
      return { role: 'assistant', content: m.content, toolCalls: m.tool_calls.map((c, j) => ({ id: c.id ?? `call_${i}_${j}`, name: c.function.name, arguments: JSON.stringify(c.function.arguments) })) }
    }
    return { role: m.role, content: m.content }
  })
  const tools: ToolSpec[] | undefined = b.tools?.map(t => ({ name: t.function.name, description: t.function.description, parameters: t.function.parameters }))
  return parsed(b, { messages, ...(tools != null && tools.length > 0 ? { tools, toolChoice: 'auto' as const } : {}) })
}

/** Checks an Ollama `/api/generate` request. */
export function parseOllamaGenerate (body: unknown): ParsedOllama {
  const b = parseBody(ollamaGenerateSchema, body)
  const messages: ChatTurn[] = [...(b.system != null ? [{ role: 'system' as const, content: b.system }] : []), { role: 'user', content: b.prompt }]
  return parsed(b, { messages, ...(b.raw === true ? { prompt: b.prompt } : {}) })
}

/** What /api/chat and /api/generate share: the model, streaming (on unless false), thinking, sampling and format. */
function parsed (b: { model: string, stream?: boolean, think?: boolean, options?: z.infer<typeof options>, format?: z.infer<typeof format> }, generate: GenerateRequest): ParsedOllama {
  const responseFormat = formatOf(b.format)
  return {
    model: modelName(b.model),
    route: 'auto',
    stream: b.stream !== false,
    think: b.think !== false,
    generate: { ...generate, ...samplingOf(b.options), ...(responseFormat != null ? { responseFormat } : {}) }
  }
}

/** Checks an Ollama `/api/embed` request. */
export function parseOllamaEmbed (body: unknown): EmbedRouteRequest {
  const b = parseBody(ollamaEmbedSchema, body)
  return { model: modelName(b.model), inputs: typeof b.input === 'string' ? [b.input] : b.input }
}

/** Checks an Ollama `/api/embeddings` (legacy) request. */
export function parseOllamaEmbeddings (body: unknown): EmbedRouteRequest {
  const b = parseBody(ollamaEmbeddingsSchema, body)
  return { model: modelName(b.model), inputs: [b.prompt] }
}

/** Checks an Ollama `/api/show` request: the model, under its new name or its old. */
export function parseOllamaShow (body: unknown): string {
  const b = parseBody(ollamaShowSchema, body)
  const name = b.model ?? b.name
  if (name == null) return parseBody(z.object({ model: z.string().min(1) }), body).model
  return modelName(name)
}
