import Ajv from 'ajv'
import { join } from 'node:path'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson, makeSwarmDir, spawnDaemon, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'
import { modelPath } from './helpers/models.js'

const MODEL = 'study-edge-a'

describe('the OpenAI-compatible API of a daemon', () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let daemon: DaemonProcess
  let client: OpenAI

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    daemon = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--model', modelPath(MODEL), '--threads', '1'] })
    client = new OpenAI({ baseURL: `${daemon.api}/v1`, apiKey: 'unused', maxRetries: 0 })
  })
  afterAll(async () => {
    if (daemon != null) await stopDaemon(daemon)
    await swarm?.cleanup()
  })

  it('lists its model', async () => {
    const models = await client.models.list()
    expect(models.data.map(m => m.id)).toEqual(['swarm', MODEL])
  })

  it('answers a chat completion with a routing receipt in the body and a header', async () => {
    const { data, response } = await client.chat.completions.create({
      model: MODEL, messages: [{ role: 'user', content: 'What is 4 + 5?' }], logprobs: true, top_logprobs: 2
    }).withResponse()
    expect(data.choices[0].message.content).toBe('9')
    expect(data.choices[0].finish_reason).toBe('stop')
    expect(data.usage!.completion_tokens).toBeGreaterThan(0)
    const receipt = (data as any).swarm_receipt
    expect(receipt).toMatchObject({ route: 'local', model: MODEL, peers: [], node: expect.stringMatching(/^12D3/) })
    expect(receipt.confidence).toBeGreaterThan(0)
    expect(receipt.confidence).toBeLessThanOrEqual(1)
    expect(receipt.uncertainty.tokenCount).toBe(data.usage!.completion_tokens)
    expect(receipt.uncertainty.minTokenProb).toBeCloseTo(Math.min(...data.choices[0].logprobs!.content!.map(t => Math.exp(t.logprob))), 5)
    expect(data.choices[0].logprobs!.content![0].top_logprobs).toHaveLength(2)
    // the header is short (the votes can pass undici's 16 KiB header limit); the body has it all
    expect(JSON.parse(response.headers.get('x-swarm-receipt')!)).toEqual({
      queryId: receipt.queryId, route: receipt.route, node: receipt.node, answeredBy: receipt.answeredBy, model: receipt.model,
      confidence: receipt.confidence, lowConfidence: receipt.lowConfidence, comparison: 'text', votes: receipt.votes.length, totalMs: receipt.stages.totalMs
    })
  })

  it('answers a json_schema response format with JSON valid against the schema', async () => {
    const schema = { type: 'object', properties: { city: { type: 'string' }, capital: { type: 'boolean' }, kind: { enum: ['town', 'city'] }, tags: { type: 'array', items: { type: 'string' } } }, required: ['city', 'capital', 'kind', 'tags'], additionalProperties: false }
    const data = await client.chat.completions.create({
      model: MODEL, messages: [{ role: 'user', content: 'Describe Oslo.' }], max_tokens: 150,
      response_format: { type: 'json_schema', json_schema: { name: 'city', schema, strict: true } }
    })
    const ajv = new Ajv()
    expect(ajv.validate(schema, JSON.parse(data.choices[0].message.content!))).toBe(true)
    expect((data as any).swarm_receipt.comparison).toBe('json')
  })

  it('calls a required tool, and streams the call as a delta', async () => {
    const tools = [{ type: 'function' as const, function: { name: 'weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } }]
    const question = { model: MODEL, messages: [{ role: 'user' as const, content: 'Weather in Oslo?' }], tools, tool_choice: 'required' as const, max_tokens: 120 }
    const data = await client.chat.completions.create(question)
    expect(data.choices[0].finish_reason).toBe('tool_calls')
    const call = data.choices[0].message.tool_calls![0] as any
    expect(call.function.name).toBe('weather')
    expect(typeof JSON.parse(call.function.arguments).city).toBe('string')
    const stream = await client.chat.completions.create({ ...question, stream: true })
    const deltas: any[] = []
    for await (const chunk of stream) deltas.push(...(chunk.choices[0]?.delta?.tool_calls ?? []))
    expect(deltas[0].function.name).toBe('weather')
  })

  it('stops before a stop string, and refuses a parameter it does not honour', async () => {
    const question = { model: MODEL, messages: [{ role: 'user' as const, content: 'How do I kill process 4242?' }] }
    const whole = await client.chat.completions.create(question)
    const text = whole.choices[0].message.content!
    const stop = text.slice(Math.floor(text.length / 2), Math.floor(text.length / 2) + 3)
    const cut = await client.chat.completions.create({ ...question, stop })
    expect(cut.choices[0].message.content).toBe(text.slice(0, text.indexOf(stop)))
    const refused = await client.chat.completions.create({ ...question, logit_bias: { 5: 1 } }).catch((err: any) => err)
    expect(refused.status).toBe(400)
    expect(refused.error).toMatchObject({ code: 'unsupported_parameter', param: 'logit_bias' })
  })

  it('completes a raw prompt on /v1/completions and describes a model on /v1/models/{id}', async () => {
    const completion = await client.completions.create({ model: MODEL, prompt: 'One, two, three,', max_tokens: 8 })
    expect(completion.choices[0].text.length).toBeGreaterThan(0)
    expect(completion.usage!.completion_tokens).toBeGreaterThan(0)
    const model = await client.models.retrieve(MODEL)
    expect(model.id).toBe(MODEL)
    const missing = await client.models.retrieve('no-such-model').catch((err: any) => err)
    expect(missing.status).toBe(404)
  })

  it('streams the same answer over SSE, with the receipt in the last chunk', async () => {
    const question = { model: MODEL, messages: [{ role: 'user' as const, content: 'How do I kill process 4242?' }] }
    const whole = await client.chat.completions.create(question)
    const stream = await client.chat.completions.create({ ...question, stream: true })
    let text = ''
    let chunks = 0
    let receipt: any
    for await (const chunk of stream) {
      chunks++
      text += chunk.choices[0]?.delta?.content ?? ''
      receipt = (chunk as any).swarm_receipt ?? receipt
    }
    expect(text).toBe(whole.choices[0].message.content)
    expect(chunks).toBeGreaterThan(3)
    expect(receipt).toMatchObject({ route: 'local', model: MODEL })
  })

  it('gives OpenAI-shaped errors for bad requests, and goes on serving', async () => {
    const errorsBefore = (await getJson(daemon, '/status')).counters.http_errors?.['400'] ?? 0
    const post = async (body: string): Promise<{ status: number, error: any }> => {
      const res = await fetch(`${daemon.api}/v1/chat/completions`, { method: 'POST', body, headers: { 'content-type': 'application/json' } })
      return { status: res.status, error: (await res.json() as any).error }
    }
    expect(await post('{"model": "x", messages: }')).toMatchObject({ status: 400, error: { code: 'invalid_json', type: 'invalid_request_error' } })
    expect(await post(JSON.stringify({ model: MODEL }))).toMatchObject({ status: 400, error: { code: 'invalid_request', param: 'messages' } })
    expect(await post(JSON.stringify({ model: MODEL, messages: [{ role: 'wizard', content: 'hi' }] }))).toMatchObject({ status: 400, error: { param: 'messages[0].role' } })
    expect(await post(JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'hi' }], temperature: 9 }))).toMatchObject({ status: 400, error: { param: 'temperature' } })

    const unknown = client.chat.completions.create({ model: 'gpt-9', messages: [{ role: 'user', content: 'hi' }] })
    await expect(unknown).rejects.toBeInstanceOf(OpenAI.NotFoundError)
    await expect(unknown).rejects.toMatchObject({ status: 404, code: 'model_not_found' })

    const long = client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'word '.repeat(400) }] })
    await expect(long).rejects.toMatchObject({ status: 400, code: 'context_length_exceeded' })

    const res = await fetch(`${daemon.api}/v1/chat/completions`)
    expect(res.status).toBe(405)
    expect((await fetch(`${daemon.api}/v1/nothing`)).status).toBe(404)

    const after = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'What is 4 + 5?' }] })
    expect(after.choices[0].message.content).toBe('9')
    // the four malformed requests and the overlong one above, and nothing else
    expect((await getJson(daemon, '/status')).counters.http_errors['400'] - errorsBefore).toBe(5)
  })

  it('stops generating when a client aborts a stream, and goes on serving', async () => {
    const controller = new AbortController()
    // this prompt sends the model rambling to its token limit (digits on and on), so the abort
    // lands mid-generation (and the safety classifier lets it through, unlike gibberish)
    const stream = await client.chat.completions.create({ model: MODEL, stream: true, max_tokens: 400, messages: [{ role: 'user', content: '9999999999999999999999999 + 9999999999999999999999999' }] }, { signal: controller.signal })
    let chunks = 0
    // the openai client ends the iteration quietly when its own signal aborts
    for await (const _ of stream) { chunks++; controller.abort() }
    expect(chunks).toBe(1)
    await waitFor(async () => (await getJson(daemon, '/status')).counters.completions_aborted?.[''] === 1, 10_000, 'the daemon to count the abort')
    const after = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'What is 4 + 5?' }] })
    expect(after.choices[0].message.content).toBe('9')
  })
})
