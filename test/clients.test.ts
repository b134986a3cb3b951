import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { createOpenAICompatible } from '@ai-sdk/openai-compatible'
import { tool as langchainTool } from '@langchain/core/tools'
import { ChatOpenAI } from '@langchain/openai'
import { generateObject, generateText, streamText, tool } from 'ai'
import Ajv from 'ajv'
import { Ollama } from 'ollama'
import OpenAI from 'openai'
import { z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson, makeSwarmDir, spawnDaemon, spawnServe, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'
import { modelPath } from './helpers/models.js'

const COMMON = ['--threads', '1']

function cosine (a: number[], b: number[]): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (let i = 0; i < a.length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i] }
  return dot / Math.sqrt(na * nb)
}

/**
 * The clients people already use, unchanged, against a swarm of real daemons running the study
 * models: a (study-edge-a) and b (study-edge-b, holding the key to the cloud stand-in, a
 * `swarm-llm serve` of study-cloud).
 */
describe('real clients against a swarm of the study models', () => {
  const cloudKey = `sk-test-${randomBytes(12).toString('hex')}`
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let cloud: Awaited<ReturnType<typeof spawnServe>>
  let a: DaemonProcess
  let b: DaemonProcess

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    cloud = await spawnServe(modelPath('study-cloud'), { SWARM_LLM_SERVE_API_KEY: cloudKey })
    a = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--model', modelPath('study-edge-a'), ...COMMON] })
    b = await spawnDaemon({
      dataDir: join(swarm.dir, 'b'),
      swarmKey: swarm.swarmKey,
      bootstrap: a.addresses,
      env: { OPENAI_API_KEY: cloudKey },
      extra: ['--model', modelPath('study-edge-b'), '--cloud-base-url', `${cloud.api}/v1`, '--cloud-model', 'study-cloud', ...COMMON]
    })
    await waitFor(async () => {
      const models = (await getJson<{ data: Array<{ id: string }> }>(a, '/v1/models')).data.map(m => m.id)
      return ['study-edge-a', 'study-edge-b', 'study-cloud'].every(m => models.includes(m))
    }, 30_000, 'a to see every model of the swarm')
  })
  afterAll(async () => {
    for (const daemon of [a, b]) if (daemon != null) await stopDaemon(daemon)
    if (cloud != null) { cloud.process.kill('SIGTERM'); await cloud.exited }
    await swarm?.cleanup()
  })

  describe('openai: /v1/embeddings', () => {
    let client: OpenAI
    beforeAll(() => { client = new OpenAI({ baseURL: `${a.api}/v1`, apiKey: 'unused', maxRetries: 0 }) })

    it('embeds with this node\'s model, the same text the same way and another text differently', async () => {
      const reply = await client.embeddings.create({ model: 'study-edge-a', input: ['the weather in Oslo', 'the weather in Oslo', 'How do I kill process 4242?'] })
      expect(reply.model).toBe('study-edge-a')
      expect(reply.data.map(d => d.index)).toEqual([0, 1, 2])
      const [x, y, z] = reply.data.map(d => d.embedding)
      expect(x.length).toBeGreaterThan(16)
      expect(Math.hypot(...x)).toBeCloseTo(1, 5)
      expect(cosine(x, y)).toBeCloseTo(1, 5)
      expect(cosine(x, z)).toBeLessThan(0.99)
      expect(reply.usage.prompt_tokens).toBeGreaterThan(0)
      expect((reply as any).swarm_receipt).toMatchObject({ route: 'local', node: a.peerId })
      // the client asked for base64 above (its default) and decoded it; raw, it is float32s
      const res = await fetch(`${a.api}/v1/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'swarm', input: 'the weather in Oslo', encoding_format: 'base64' }) })
      const again = await res.json() as any
      const bytes = Buffer.from(again.data[0].embedding as string, 'base64')
      const decoded = [...new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)]
      expect(cosine(decoded, x)).toBeCloseTo(1, 5)
    })

    it('embeds with a peer\'s model, in batches, as the peer itself does', async () => {
      const inputs = Array.from({ length: 11 }, (_, i) => `sentence number ${i} about the sea`)
      const viaA = await client.embeddings.create({ model: 'study-edge-b', input: inputs, encoding_format: 'float' })
      expect((viaA as any).swarm_receipt).toMatchObject({ route: 'peers', node: b.peerId, model: 'study-edge-b' })
      const atB = await new OpenAI({ baseURL: `${b.api}/v1`, apiKey: 'unused', maxRetries: 0 }).embeddings.create({ model: 'study-edge-b', input: inputs, encoding_format: 'float' })
      expect((atB as any).swarm_receipt.route).toBe('local')
      expect(viaA.data).toHaveLength(11)
      for (let i = 0; i < inputs.length; i++) expect(cosine(viaA.data[i].embedding, atB.data[i].embedding)).toBeCloseTo(1, 5)
      const local = await client.embeddings.create({ model: 'study-edge-a', input: inputs[0], encoding_format: 'float' })
      expect(viaA.data[0].embedding.length).not.toBe(local.data[0].embedding.length)
    })

    it('embeds with the cloud model through the node that holds its key, never from a LAN-only request', async () => {
      const reply = await client.embeddings.create({ model: 'study-cloud', input: 'mail me at kari@example.com', encoding_format: 'float' })
      expect((reply as any).swarm_receipt).toMatchObject({ route: 'cloud', node: b.peerId, piiRedacted: 1 })
      const direct = await new OpenAI({ baseURL: `${cloud.api}/v1`, apiKey: cloudKey, maxRetries: 0 }).embeddings.create({ model: 'study-cloud', input: 'mail me at [EMAIL_1]', encoding_format: 'float' })
      expect(cosine(reply.data[0].embedding, direct.data[0].embedding)).toBeCloseTo(1, 5)
      const refused = await client.embeddings.create({ model: 'study-cloud', input: 'hi', lan_only: true } as any).catch((err: any) => err)
      expect(refused.status).toBe(400)
      expect(refused.error).toMatchObject({ code: 'route_unavailable' })
      const unknown = await client.embeddings.create({ model: 'nope', input: 'hi' }).catch((err: any) => err)
      expect(unknown.status).toBe(404)
      const dimensions = await client.embeddings.create({ model: 'study-edge-a', input: 'hi', dimensions: 8 }).catch((err: any) => err)
      expect(dimensions.error).toMatchObject({ code: 'unsupported_parameter', param: 'dimensions' })
    })
  })

  describe('the ollama client', () => {
    let ollama: Ollama
    beforeAll(() => { ollama = new Ollama({ host: a.api }) })

    it('lists swarm and every model of the swarm, and shows one', async () => {
      const { models } = await ollama.list()
      expect(models.map(m => m.name).sort()).toEqual(['study-cloud', 'study-edge-a', 'study-edge-b', 'swarm'])
      const shown = await ollama.show({ model: 'study-edge-b' })
      expect(shown.capabilities).toContain('embedding')
      const missing = await ollama.show({ model: 'nope' }).catch((err: any) => err)
      expect(missing.status_code).toBe(404)
      expect(missing.error).toMatch(/nope/)
      expect((await getJson(a, '/api/version')).version).toMatch(/^\d+\.\d+\.\d+$/)
    })

    it('streams a chat as NDJSON, the same answer as a whole one, with the closing figures', async () => {
      const messages = [{ role: 'user', content: 'How do I kill process 4242?' }]
      const whole = await ollama.chat({ model: 'study-edge-a', messages, stream: false })
      expect(whole.done).toBe(true)
      expect(whole.done_reason).toBe('stop')
      expect(whole.eval_count).toBeGreaterThan(0)
      expect(whole.total_duration).toBeGreaterThan(0)
      const parts = []
      for await (const part of await ollama.chat({ model: 'study-edge-a:latest', messages, stream: true })) parts.push(part)
      expect(parts.length).toBeGreaterThan(2)
      expect(parts.slice(0, -1).every(p => !p.done)).toBe(true)
      expect(parts.at(-1)).toMatchObject({ done: true, done_reason: 'stop', eval_count: whole.eval_count })
      expect(parts.map(p => p.message.content).join('')).toBe(whole.message.content)
      // the OpenAI route answers the same question the same way: one router behind both
      const openai = await new OpenAI({ baseURL: `${a.api}/v1`, apiKey: 'unused', maxRetries: 0 }).chat.completions.create({ model: 'study-edge-a', messages: [{ role: 'user', content: 'How do I kill process 4242?' }] })
      expect(openai.choices[0].message.content).toBe(whole.message.content)
    })

    it('generates from a prompt, with a JSON schema format, and through a peer', async () => {
      const schema = { type: 'object', properties: { city: { type: 'string' }, big: { type: 'boolean' } }, required: ['city', 'big'], additionalProperties: false }
      const reply = await ollama.generate({ model: 'study-edge-b', prompt: 'Describe Oslo.', format: schema, stream: false, options: { num_predict: 80 } })
      expect(new Ajv().validate(schema, JSON.parse(reply.response))).toBe(true)
      expect((reply as any).swarm_receipt).toMatchObject({ route: 'peers', answeredBy: b.peerId, comparison: 'json' })
      const streamed = []
      for await (const part of await ollama.generate({ model: 'swarm', prompt: 'What is 4 + 5?', stream: true })) streamed.push(part)
      expect(streamed.at(-1)!.done).toBe(true)
      expect(streamed.map(p => p.response).join('').length).toBeGreaterThan(0)
      const refused = await ollama.generate({ model: 'study-edge-a', prompt: 'hi', images: ['aGk='], stream: false }).catch((err: any) => err)
      expect(refused.status_code).toBe(400)
      expect(refused.error).toMatch(/images/)
    })

    it('takes tools and a history of Ollama-shaped tool calls (arguments as objects) and results', async () => {
      const tools = [{ type: 'function', function: { name: 'weather', description: 'The weather in a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } }]
      const messages: any[] = [
        { role: 'user', content: 'What is the weather in Oslo?' },
        { role: 'assistant', content: '', tool_calls: [{ function: { name: 'weather', arguments: { city: 'Oslo' } } }] },
        { role: 'tool', content: '4 degrees', tool_name: 'weather' }
      ]
      const reply = await ollama.chat({ model: 'study-edge-b', messages, tools, stream: false, options: { num_predict: 40 } })
      expect(reply.done).toBe(true)
      expect(reply.eval_count).toBeGreaterThan(0)
      // a text answer or a call: either way in Ollama's shape
      for (const call of reply.message.tool_calls ?? []) expect(typeof call.function.arguments).toBe('object')
    })

    it('embeds one text or many, with this node\'s model and a peer\'s', async () => {
      const one = await ollama.embed({ model: 'study-edge-a', input: 'the weather in Oslo' })
      expect(one.embeddings).toHaveLength(1)
      const many = await ollama.embed({ model: 'study-edge-b', input: ['the weather in Oslo', 'the weather in Oslo', 'a cat'] })
      expect(many.embeddings).toHaveLength(3)
      expect(cosine(many.embeddings[0], many.embeddings[1])).toBeCloseTo(1, 5)
      expect(many.embeddings[0].length).not.toBe(one.embeddings[0].length)
      const openai = await new OpenAI({ baseURL: `${a.api}/v1`, apiKey: 'unused', maxRetries: 0 }).embeddings.create({ model: 'study-edge-a', input: 'the weather in Oslo' })
      expect(cosine(one.embeddings[0], openai.data[0].embedding)).toBeCloseTo(1, 5)
    })
  })

  describe('the Vercel AI SDK (openai-compatible provider)', () => {
    const provider = (): ReturnType<typeof createOpenAICompatible> => createOpenAICompatible({ name: 'swarm', baseURL: `${a.api}/v1`, supportsStructuredOutputs: true })

    it('generateObject: an object valid against the zod schema', async () => {
      const schema = z.object({ city: z.string(), population: z.number().int(), tags: z.array(z.string()).max(3) })
      const { object } = await generateObject({ model: provider()('study-edge-a'), schema, prompt: 'Describe Oslo.', maxOutputTokens: 400, maxRetries: 0 })
      expect(schema.safeParse(object).success).toBe(true)
    })

    it('generateText with a tool: the model calls it and the SDK runs it', async () => {
      let ran: unknown
      const result = await generateText({
        model: provider()('study-edge-b'),
        prompt: 'What is the weather in Oslo?',
        tools: { weather: tool({ description: 'The weather in a city', inputSchema: z.object({ city: z.string() }), execute: async input => { ran = input; return { celsius: 4 } } }) },
        toolChoice: 'required',
        maxOutputTokens: 100,
        maxRetries: 0
      })
      expect(result.toolCalls[0].toolName).toBe('weather')
      expect(typeof (ran as { city: string }).city).toBe('string')
      expect(result.toolResults[0].output).toEqual({ celsius: 4 })
    })

    it('streamText: the same text as generateText', async () => {
      const question = { model: provider()('study-edge-a'), prompt: 'How do I kill process 4242?', maxRetries: 0 }
      const whole = await generateText(question)
      const stream = streamText(question)
      let text = ''
      for await (const delta of stream.textStream) text += delta
      expect(text).toBe(whole.text)
      expect(text.length).toBeGreaterThan(0)
    })
  })

  describe('LangChain JS (@langchain/openai)', () => {
    const chat = (model: string): ChatOpenAI => new ChatOpenAI({ model, apiKey: 'unused', configuration: { baseURL: `${a.api}/v1` }, temperature: 0, maxRetries: 0, maxTokens: 150 })

    it('withStructuredOutput: an object valid against the zod schema', async () => {
      const schema = z.object({ city: z.string(), capital: z.boolean() })
      const object = await chat('study-edge-a').withStructuredOutput(schema, { method: 'jsonSchema', name: 'city' }).invoke('Describe Oslo.')
      expect(schema.safeParse(object).success).toBe(true)
    })

    it('bindTools: a tool call with arguments valid against the tool\'s schema', async () => {
      const weather = langchainTool(async ({ city }: { city: string }) => `4 degrees in ${city}`, { name: 'weather', description: 'The weather in a city', schema: z.object({ city: z.string() }) })
      const reply = await chat('study-edge-b').bindTools([weather], { tool_choice: 'required' }).invoke('What is the weather in Oslo?')
      expect(reply.tool_calls?.[0]?.name).toBe('weather')
      expect(typeof reply.tool_calls?.[0]?.args.city).toBe('string')
    })
  })
})
