import { GRAMMAR_INTEGER_MAX, GRAMMAR_STRING_MAX_LENGTH } from './constants.js'
import { UnsupportedSchemaError } from './errors.js'
import type { ChatTurn, ResponseFormat, ToolCall, ToolChoice, ToolSpec } from './types.js'

/**
 * Structured output: JSON schemas as node-llama-cpp's grammar takes them, the schema a tool
 * call must follow, and the reading of a constrained answer back into text or tool calls.
 */

/** Keywords that only annotate: dropped. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$comment', 'strict'])

/** Keywords the grammar enforces, kept as they are (their values are checked below). */
const KEPT = new Set(['type', 'description', 'const', 'enum', 'properties', 'additionalProperties', 'required', 'minProperties',
  'maxProperties', 'items', 'prefixItems', 'minItems', 'maxItems', 'minLength', 'maxLength', 'format', '$ref', '$defs', 'oneOf', 'anyOf'])

const FORMATS = new Set(['date-time', 'time', 'date'])

/**
 * The subset of JSON schema node-llama-cpp's grammar enforces: `anyOf` becomes `oneOf`
 * (the grammar keeps to one branch either way), `definitions` become `$defs`, annotations are
 * dropped. A keyword that constrains values but cannot be enforced (`pattern`, `minimum`, a
 * string `format` other than date, time and date-time, ...) throws UnsupportedSchemaError:
 * an answer is never said to follow a schema it may break.
 */
export function toGrammarSchema (schema: unknown, path = '#'): Record<string, any> {
  if (schema === true || (schema != null && typeof schema === 'object' && Object.keys(schema).every(k => ANNOTATIONS.has(k) || k === 'description'))) {
    // any JSON value
    return { oneOf: [{ type: ['string', 'number', 'boolean', 'null'] }, { type: 'object', additionalProperties: true }, { type: 'array' }] }
  }
  if (schema == null || typeof schema !== 'object' || Array.isArray(schema)) throw new UnsupportedSchemaError(typeof schema, path)
  const out: Record<string, any> = {}
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (ANNOTATIONS.has(key)) continue
    const at = `${path}/${key}`
    if ((key === 'minimum' || key === 'maximum') && isIntegerSchema(schema) && typeof value === 'number' &&
      (key === 'minimum' ? value <= -GRAMMAR_INTEGER_MAX : value >= GRAMMAR_INTEGER_MAX)) {
      // a bound the grammar's integers never pass (zod's .int() writes the safe-integer range): kept by construction
      continue
    } else if (key === 'definitions' || key === '$defs') {
      out.$defs = Object.fromEntries(Object.entries(value as object).map(([name, s]) => [name, toGrammarSchema(s, `${at}/${name}`)]))
    } else if (!KEPT.has(key)) {
      throw new UnsupportedSchemaError(key, path)
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as object).map(([name, s]) => [name, toGrammarSchema(s, `${at}/${name}`)]))
    } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = toGrammarSchema(value, at)
    } else if (key === 'prefixItems') {
      out.prefixItems = (value as unknown[]).map((s, i) => toGrammarSchema(s, `${at}/${i}`))
    } else if (key === 'anyOf' || key === 'oneOf') {
      out.oneOf = (value as unknown[]).map((s, i) => toGrammarSchema(s, `${at}/${i}`))
    } else if (key === 'format') {
      if (!FORMATS.has(value as string)) throw new UnsupportedSchemaError(`format: ${String(value)}`, path)
      out.format = value
    } else if (key === '$ref') {
      const ref = String(value).replace(/^#\/definitions\//, '#/$defs/')
      if (!ref.startsWith('#/$defs/')) throw new UnsupportedSchemaError(`$ref: ${String(value)}`, path)
      out.$ref = ref
    } else {
      out[key] = value
    }
  }
  // an object schema without `additionalProperties` allows none in the grammar; JSON schema allows any
  if (out.type === 'object' && out.properties == null && out.additionalProperties == null) out.additionalProperties = true
  // a string the schema leaves unbounded is bounded, so the answer ends as valid JSON
  if (out.type === 'string' && out.format == null && out.maxLength == null) out.maxLength = Math.max(GRAMMAR_STRING_MAX_LENGTH, out.minLength ?? 0)
  return out
}

function isIntegerSchema (schema: object): boolean {
  const type = (schema as { type?: unknown }).type
  return type === 'integer' || (Array.isArray(type) && type.length > 0 && type.every(t => t === 'integer' || t === 'null'))
}

/**
 * node-llama-cpp's GBNF for a JSON schema with its numbers bounded: an integer has at most 15
 * digits and no exponent (GRAMMAR_INTEGER_MAX), a fraction's exponent at most two digits, so
 * an integer field never holds `1e-5` and no number parses to Infinity.
 */
export function boundNumbers (gbnf: string): string {
  return gbnf
    .replace(/^integer-number-rule ::= .*$/m, 'integer-number-rule ::= "-"? ("0" | [1-9] [0-9]{0,14})')
    .replace(/^fractional-number-rule ::= .*$/m, 'fractional-number-rule ::= "-"? ("0" | [1-9] [0-9]{0,14}) ("." [0-9]{1,16})? ([eE] [-+]? [0-9]{1,2})?')
}

/** The schema of one call of `tool`: `{"name": ..., "arguments": {...}}`. */
function callSchema (tool: ToolSpec): Record<string, any> {
  return {
    type: 'object',
    properties: { name: { const: tool.name }, arguments: toGrammarSchema(tool.parameters ?? { type: 'object', properties: {} }, `#/tools/${tool.name}/parameters`) },
    required: ['name', 'arguments']
  }
}

/**
 * The schema a reply must follow given `tools` and `choice`: a call of the named function, a
 * call of any (`required`), or either a call or `{"content": "..."}` for a text answer (`auto`).
 * Undefined when no call may be made.
 */
export function toolReplySchema (tools: ToolSpec[], choice: ToolChoice = 'auto'): Record<string, any> | undefined {
  if (tools.length === 0 || choice === 'none') return undefined
  if (typeof choice === 'object') {
    const tool = tools.find(t => t.name === choice.name)
    return tool == null ? undefined : callSchema(tool)
  }
  const calls = tools.map(callSchema)
  if (choice === 'required') return calls.length === 1 ? calls[0] : { oneOf: calls }
  return { oneOf: [...calls, { type: 'object', properties: { content: { type: 'string', maxLength: 4 * GRAMMAR_STRING_MAX_LENGTH } }, required: ['content'] }] }
}

/** The schema the answer must follow for a response format; json_object: any JSON object. */
export function responseSchema (format: ResponseFormat): Record<string, any> {
  if (format.type === 'json_object') return { type: 'object', additionalProperties: true }
  return toGrammarSchema(format.schema)
}

/** Text the model reads about the tools it may call, and how to call them. */
export function toolsPrompt (tools: ToolSpec[], choice: ToolChoice = 'auto'): string {
  const list = tools.map(t => `- ${t.name}${t.description != null ? `: ${t.description}` : ''}\n  arguments (JSON schema): ${JSON.stringify(t.parameters ?? {})}`).join('\n')
  const how = typeof choice === 'object'
    ? `Call ${choice.name}`
    : choice === 'required' ? 'Call one of them' : 'To call one'
  return `You can call these tools:\n${list}\n${how}, replying with JSON {"name": <tool name>, "arguments": {...}}${choice === 'auto' ? '; to answer in text, reply {"content": <your answer>}' : ''}.`
}

/** The turns as a model without a tool template reads them: calls and results become text. */
export function plainTurns (messages: ChatTurn[]): ChatTurn[] {
  return messages.map(m => {
    if (m.role === 'tool') return { role: 'user', content: `Result of tool call ${m.toolCallId ?? ''}: ${m.content}` }
    if (m.role === 'assistant' && m.toolCalls != null && m.toolCalls.length > 0) {
      return { role: 'assistant', content: [m.content, ...m.toolCalls.map(c => JSON.stringify({ name: c.name, arguments: JSON.parse(c.arguments) }))].filter(s => s !== '').join('\n') }
    }
    return m
  })
}

/** Reads a tool-constrained reply: the calls it made, or its text answer. */
export function readToolReply (text: string, newId: () => string): { text: string, toolCalls?: ToolCall[] } {
  let value: any
  try {
    value = JSON.parse(text)
  } catch {
    return { text }
  }
  if (value != null && typeof value.name === 'string' && 'arguments' in value) {
    return { text: '', toolCalls: [{ id: newId(), name: value.name, arguments: JSON.stringify(value.arguments) }] }
  }
  if (value != null && typeof value.content === 'string') return { text: value.content }
  return { text }
}

/** JSON with object keys sorted at every depth: equal values, equal text. */
export function canonicalJson (value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value != null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map(k => `${JSON.stringify(k)}:${canonicalJson((value as any)[k])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
