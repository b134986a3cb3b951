// Structured output across the swarm: the share of answers valid against their JSON schema (ajv),
// on 50 generated schemas of varied shape, for the local, peers and cloud routes; then the time to
// first token and the latency each feature adds over plain chat, measured in the same run,
// alternating the features round by round. Not a test: it measures.
//   node test/bench/structured-validity.mjs [schemas=50] [rounds=15] [seed=20]
// The swarm: daemon a (study-edge-a), daemon b (study-edge-b, holding the key to the cloud
// stand-in, a `swarm-llm serve` of study-cloud). Every request goes to a and names its model:
// study-edge-a (local), study-edge-b (peers: b answers), study-cloud (cloud, summoned through b).
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv'
import OpenAI from 'openai'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = `${root}packages/cli/dist/cli.js`
const [schemasArg = '50', roundsArg = '15', seedArg = '20'] = process.argv.slice(2)
const SCHEMAS = Number(schemasArg)
const ROUNDS = Number(roundsArg)
const MAX_TOKENS = 256
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s.length === 0 ? NaN : s[Math.floor(s.length / 2)] }

// a small seeded generator (mulberry32), so every run asks the same schemas
let state = Number(seedArg) >>> 0
const random = () => { state = (state + 0x6D2B79F5) >>> 0; let t = state; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296 }
const pick = xs => xs[Math.floor(random() * xs.length)]
const NAMES = ['name', 'city', 'count', 'price', 'active', 'tags', 'kind', 'owner', 'size', 'score', 'notes', 'level', 'id', 'color', 'items']

/** One value schema: scalars, enums, nullable values, arrays and nested objects (to `depth`). */
function valueSchema (depth) {
  const kinds = ['string', 'integer', 'number', 'boolean', 'enum', 'nullable', 'const', ...(depth > 0 ? ['array', 'object', 'arrayOfObjects'] : [])]
  switch (pick(kinds)) {
    case 'string': return random() < 0.3 ? { type: 'string', maxLength: 1 + Math.floor(random() * 20) } : { type: 'string' }
    case 'integer': return { type: 'integer' }
    case 'number': return { type: 'number' }
    case 'boolean': return { type: 'boolean' }
    case 'enum': return { enum: ['red', 'green', 'blue', 'small', 'large'].slice(0, 2 + Math.floor(random() * 3)) }
    case 'nullable': return { anyOf: [{ type: pick(['string', 'integer', 'boolean']) }, { type: 'null' }] }
    case 'const': return { const: pick(['v1', 42, true]) }
    case 'array': return { type: 'array', items: { type: pick(['string', 'integer', 'number', 'boolean']) }, ...(random() < 0.6 ? { maxItems: 1 + Math.floor(random() * 4) } : {}), ...(random() < 0.3 ? { minItems: 1 } : {}) }
    case 'arrayOfObjects': return { type: 'array', items: objectSchema(0, 2), maxItems: 2 }
    default: return objectSchema(depth - 1, 3)
  }
}

function objectSchema (depth, maxProperties) {
  const count = 1 + Math.floor(random() * maxProperties)
  const names = [...NAMES].sort(() => random() - 0.5).slice(0, count)
  const properties = Object.fromEntries(names.map(n => [n, valueSchema(depth)]))
  const required = names.filter(() => random() < 0.8)
  return { type: 'object', properties, required, additionalProperties: false }
}

async function started (child, what) {
  return await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start`)), 120_000)
    createInterface({ input: child.stdout }).on('line', line => { try { const e = JSON.parse(line); if (e.event === 'started') { clearTimeout(timer); resolve(e) } } catch {} })
    child.once('exit', code => reject(new Error(`${what} exited with ${code}`)))
  })
}

const dir = mkdtempSync(join(tmpdir(), 'swarm-structured-'))
const key = `sk-bench-${randomBytes(8).toString('hex')}`
const children = []
const run = (args, env = {}) => { const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, ...env } }); children.push(child); return child }
const stopAll = async () => { for (const c of children) if (c.exitCode == null) { c.kill('SIGTERM'); await new Promise(resolve => c.once('exit', resolve)) } rmSync(dir, { recursive: true, force: true }) }

try {
  const cloud = await started(run(['serve', '--json', '--model', `${root}models/study-cloud.gguf`, '--api-port', '0', '--threads', '1'], { SWARM_LLM_SERVE_API_KEY: key }), 'serve')
  const keygen = run(['keygen', '--out', join(dir, 'swarm.key')])
  await new Promise(resolve => keygen.once('exit', resolve))
  const common = ['up', '--json', '--swarm-key', join(dir, 'swarm.key'), '--api-port', '0', '--listen', '/ip4/127.0.0.1/tcp/0', '--no-mdns', '--threads', '1']
  const a = await started(run([...common, '--data-dir', join(dir, 'a'), '--model', `${root}models/study-edge-a.gguf`]), 'daemon a')
  await started(run([...common, '--data-dir', join(dir, 'b'), '--bootstrap', a.addresses[0], '--model', `${root}models/study-edge-b.gguf`, '--cloud-base-url', `${cloud.api}/v1`, '--cloud-model', 'study-cloud'], { OPENAI_API_KEY: key }), 'daemon b')
  const client = new OpenAI({ baseURL: `${a.api}/v1`, apiKey: 'unused', maxRetries: 0, timeout: 120_000 })
  for (let i = 0; i < 300; i++) {
    const ids = (await client.models.list()).data.map(m => m.id)
    if (['study-edge-b', 'study-cloud'].every(m => ids.includes(m))) break
    await new Promise(resolve => setTimeout(resolve, 100))
  }

  // 1. validity
  const schemas = Array.from({ length: SCHEMAS }, () => objectSchema(2, 5))
  const ajv = new Ajv({ strict: false })
  const routes = [['local', 'study-edge-a'], ['peers', 'study-edge-b'], ['cloud', 'study-cloud']]
  console.log(`Structured validity: ${SCHEMAS} generated JSON schemas (seed ${seedArg}), response_format json_schema (strict), max_tokens ${MAX_TOKENS}, greedy; checked with ajv`)
  console.log('route   model          valid   share   cut by length  refused  other errors  with exponents  median latency (ms)')
  for (const [route, model] of routes) {
    let valid = 0; let length = 0; let refused = 0; let errors = 0; let exponents = 0
    const latencies = []
    const failures = []
    for (const [i, schema] of schemas.entries()) {
      const start = performance.now()
      try {
        const reply = await client.chat.completions.create({ model, max_tokens: MAX_TOKENS, messages: [{ role: 'user', content: `Give an example record (${i}).` }], response_format: { type: 'json_schema', json_schema: { name: `s${i}`, schema, strict: true } } })
        latencies.push(performance.now() - start)
        const receipt = reply.swarm_receipt
        if (receipt?.route !== route) throw new Error(`answered by route ${receipt?.route}`)
        const text = reply.choices[0].message.content
        // a number written with an exponent (outside strings): what the unbounded grammar let into integer fields
        if (/\d[eE][-+]?\d/.test(text.replace(/"(?:[^"\\]|\\.)*"/g, '""'))) exponents++
        let ok = false
        try { ok = ajv.validate(schema, JSON.parse(text)) } catch {}
        if (ok) valid++
        else { if (reply.choices[0].finish_reason === 'length') length++; failures.push({ i, finish: reply.choices[0].finish_reason, text: text.slice(0, 160), why: ajv.errorsText() }) }
      } catch (err) {
        if (err.status === 400) refused++
        else errors++
        failures.push({ i, error: err.message })
      }
    }
    console.log(`${route.padEnd(7)} ${model.padEnd(14)} ${String(valid).padStart(3)}/${SCHEMAS}  ${(valid / SCHEMAS * 100).toFixed(0).padStart(4)}%  ${String(length).padStart(13)}  ${String(refused).padStart(7)}  ${String(errors).padStart(12)}  ${String(exponents).padStart(14)}  ${median(latencies).toFixed(0).padStart(19)}`)
    for (const f of failures.slice(0, 5)) console.log(`    failed #${f.i}: ${JSON.stringify(f)}`)
  }

  // 2. time to first token and latency per feature, local route, alternating round by round (rounds=0 skips it)
  if (ROUNDS > 0) {
    const question = [{ role: 'user', content: 'What is the weather in Oslo?' }]
    const schema = { type: 'object', properties: { city: { type: 'string' }, celsius: { type: 'integer' }, sunny: { type: 'boolean' } }, required: ['city', 'celsius', 'sunny'], additionalProperties: false }
    const tools = [{ type: 'function', function: { name: 'weather', description: 'The weather in a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } }]
    const FEATURES = {
      'plain chat': {},
      stop: { stop: ['.'] },
      'penalties': { frequency_penalty: 0.5, presence_penalty: 0.5 },
      json_object: { response_format: { type: 'json_object' } },
      json_schema: { response_format: { type: 'json_schema', json_schema: { name: 'weather', schema, strict: true } } },
      'tools (required)': { tools, tool_choice: 'required' },
      'tools (auto)': { tools, tool_choice: 'auto' }
    }
    const figures = Object.fromEntries(Object.keys(FEATURES).map(f => [f, { ttft: [], total: [], tokens: [] }]))
    for (let round = -2; round < ROUNDS; round++) {
      for (const [feature, extra] of Object.entries(FEATURES)) {
        const start = performance.now()
        let first = 0
        let tokens = 0
        const stream = await client.chat.completions.create({ model: 'study-edge-a', messages: question, max_tokens: 64, stream: true, ...extra })
        for await (const chunk of stream) {
          const delta = chunk.choices[0]?.delta
          if ((delta?.content ?? '') !== '' || delta?.tool_calls != null) first ||= performance.now()
          if (chunk.usage != null) tokens = chunk.usage.completion_tokens
        }
        const end = performance.now()
        // the first two rounds warm up (grammar compilation, caches) and are not counted
        if (round < 0) continue
        figures[feature].ttft.push((first || end) - start)
        figures[feature].total.push(end - start)
        figures[feature].tokens.push(tokens)
      }
    }
    const plain = figures['plain chat']
    console.log(`\nPer feature, local route (study-edge-a on daemon a), streamed, max_tokens 64, ${ROUNDS} rounds alternating, medians`)
    console.log('feature            ttft (ms)  +ttft vs plain  latency (ms)  +latency vs plain  tokens  ms/token')
    for (const [feature, f] of Object.entries(figures)) {
      const ttft = median(f.ttft); const total = median(f.total); const tokens = median(f.tokens)
      console.log(`${feature.padEnd(18)} ${ttft.toFixed(1).padStart(9)}  ${(ttft - median(plain.ttft)).toFixed(1).padStart(14)}  ${total.toFixed(1).padStart(12)}  ${(total - median(plain.total)).toFixed(1).padStart(17)}  ${String(tokens).padStart(6)}  ${(total / Math.max(1, tokens)).toFixed(2).padStart(8)}`)
    }
    console.log('(tool calls are sent whole once the call is read, so their first token is their last)')
  }
} finally {
  await stopAll()
}
