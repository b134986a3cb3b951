import { join } from 'node:path'
import { CloudBackend, LocalBackend } from '@swarm-llm/daemon'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSwarmDir, spawnDaemon, spawnServe, stopDaemon } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'
import { fixtureMaxTokens, modelPath, readArtifact, splitReference } from './helpers/models.js'

// A tiny reasoning model trained by models/study/train.py: it always thinks in a
// <think>…</think> segment (special tokens) before it answers.
const MODEL = 'study-reasoner'
const KEY = 'reasoning-test-key'
const question = [{ role: 'user' as const, content: 'What is 4 + 5?' }]

describe('a reasoning model in the local backend', () => {
  let backend: LocalBackend
  beforeAll(async () => { backend = await LocalBackend.load({ modelPath: modelPath(MODEL), threads: 1 }) })
  afterAll(async () => { await backend?.dispose() })

  it('reads the thought tags as single tokens of its vocabulary', () => {
    expect(backend.reasons).toBe(true)
    expect(backend.tokenize('<think>')).toHaveLength(1)
    expect(backend.tokenize('</think>')).toHaveLength(1)
  })

  it('answers greedily exactly as the torch model did, the thought split off and counted apart', async () => {
    const [open] = backend.tokenize('<think>')
    const [close] = backend.tokenize('</think>')
    let thoughts = 0
    for (const fixture of readArtifact(MODEL).fixtures) {
      const messages = [...(fixture.system != null ? [{ role: 'system' as const, content: fixture.system }] : []), { role: 'user' as const, content: fixture.user }]
      const thoughtDeltas: string[] = []
      const answerDeltas: string[] = []
      const result = await backend.generate({ messages, maxTokens: fixtureMaxTokens(readArtifact(MODEL)) }, { onReasoning: d => thoughtDeltas.push(d), onText: d => answerDeltas.push(d) })
      const reference = splitReference(fixture, open, close)
      if (reference.thought != null) thoughts++
      expect({ prompt: fixture.user, answer: result.tokens.map(t => t.token) }).toEqual({ prompt: fixture.user, answer: reference.answerTokens })
      expect(result.text).toBe(reference.answer)
      expect(result.reasoning).toBe(reference.thought)
      expect(result.reasoningTokens).toBe(reference.thoughtTokens)
      expect(result.completionTokens).toBe(fixture.tokens.length)
      expect(thoughtDeltas.join('').trim()).toBe(result.reasoning ?? '')
      expect(answerDeltas.join('')).toBe(result.text)
    }
    expect(thoughts).toBeGreaterThan(readArtifact(MODEL).fixtures.length / 2)
  })

  it('spends max_tokens on the thought too: cut short while thinking, it has no answer', async () => {
    const result = await backend.generate({ messages: question, maxTokens: 3 })
    expect(result.finishReason).toBe('length')
    expect(result.completionTokens).toBe(3)
    expect(result.reasoningTokens).toBe(3)
    expect(result.text).toBe('')
    expect(result.tokens).toEqual([])
  })
})

describe('a reasoning model through swarm-llm serve', () => {
  let serve: Awaited<ReturnType<typeof spawnServe>>
  let client: OpenAI
  beforeAll(async () => {
    serve = await spawnServe(modelPath(MODEL), { SWARM_LLM_SERVE_API_KEY: KEY })
    client = new OpenAI({ baseURL: `${serve.api}/v1`, apiKey: KEY, maxRetries: 0 })
  })
  afterAll(async () => { serve?.process.kill('SIGTERM'); await serve?.exited })

  it('sends the thought as reasoning_content and counts its tokens in usage', async () => {
    const data = await client.chat.completions.create({ model: MODEL, messages: question, logprobs: true })
    const message = data.choices[0].message as typeof data.choices[0]['message'] & { reasoning_content?: string }
    expect(message.reasoning_content).toMatch(/\S/)
    expect(message.content).not.toMatch(/think>/)
    const reasoningTokens = data.usage!.completion_tokens_details!.reasoning_tokens!
    expect(reasoningTokens).toBeGreaterThan(2)
    // logprobs and confidence cover the answer alone
    expect(data.choices[0].logprobs!.content!.map(t => t.token).join('')).toBe(message.content)
    expect(data.usage!.completion_tokens).toBe(reasoningTokens + data.choices[0].logprobs!.content!.length)
  })

  it('streams the thought as reasoning_content deltas before the answer', async () => {
    const whole = await client.chat.completions.create({ model: MODEL, messages: question })
    const stream = await client.chat.completions.create({ model: MODEL, messages: question, stream: true })
    const order: string[] = []
    let thought = ''
    let answer = ''
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta as { content?: string, reasoning_content?: string } | undefined
      if (delta?.reasoning_content != null) { thought += delta.reasoning_content; order.push('thought') }
      if (delta?.content != null && delta.content !== '') { answer += delta.content; order.push('answer') }
    }
    expect(thought.trim()).toBe((whole.choices[0].message as any).reasoning_content)
    expect(answer).toBe(whole.choices[0].message.content)
    expect(order.indexOf('answer')).toBeGreaterThan(order.lastIndexOf('thought'))
  })

  it('reaches a CloudBackend with the thought kept apart', async () => {
    const backend = new CloudBackend({ baseURL: `${serve.api}/v1`, model: MODEL, apiKey: KEY })
    const direct = await LocalBackend.load({ modelPath: modelPath(MODEL), threads: 1 })
    const reference = await direct.generate({ messages: question })
    await direct.dispose()
    const thoughts: string[] = []
    const result = await backend.generate({ messages: question }, { onReasoning: d => thoughts.push(d) })
    expect(result.text).toBe(reference.text)
    expect(result.reasoning).toBe(reference.reasoning)
    expect(thoughts.join('').trim()).toBe(reference.reasoning)
    expect(result.reasoningTokens).toBe(reference.reasoningTokens)
    expect(result.tokens.map(t => t.text).join('')).toBe(reference.text)
  })
})

describe('a reasoning model as the cloud model of a daemon', () => {
  let serve: Awaited<ReturnType<typeof spawnServe>>
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let daemon: DaemonProcess
  beforeAll(async () => {
    serve = await spawnServe(modelPath(MODEL), { SWARM_LLM_SERVE_API_KEY: KEY })
    swarm = await makeSwarmDir()
    daemon = await spawnDaemon({
      dataDir: join(swarm.dir, 'a'),
      swarmKey: swarm.swarmKey,
      extra: ['--model', modelPath('study-edge-a'), '--threads', '1', '--cloud-base-url', `${serve.api}/v1`, '--cloud-model', MODEL],
      env: { OPENAI_API_KEY: KEY }
    })
  })
  afterAll(async () => {
    if (daemon != null) await stopDaemon(daemon)
    serve?.process.kill('SIGTERM')
    await serve?.exited
    await swarm?.cleanup()
  })

  it('passes the cloud model\'s thought on as reasoning_content, whole and streamed, and counts its tokens in the receipt', async () => {
    const client = new OpenAI({ baseURL: `${daemon.api}/v1`, apiKey: 'unused', maxRetries: 0 })
    const data = await client.chat.completions.create({ model: 'swarm', route: 'cloud', messages: question } as any)
    const receipt = (data as any).swarm_receipt
    const message = data.choices[0].message as any
    expect(receipt.route).toBe('cloud')
    expect(message.reasoning_content).toMatch(/\S/)
    expect(message.content).not.toMatch(/think>/)
    expect(receipt.reasoningTokens).toBeGreaterThan(2)
    expect(data.usage!.completion_tokens_details!.reasoning_tokens).toBe(receipt.reasoningTokens)
    expect(receipt.cloudTokens.completion).toBe(data.usage!.completion_tokens)

    const stream = await client.chat.completions.create({ model: 'swarm', route: 'cloud', messages: question, stream: true } as any) as unknown as AsyncIterable<any>
    let thought = ''
    let answer = ''
    for await (const chunk of stream) {
      thought += chunk.choices[0]?.delta?.reasoning_content ?? ''
      answer += chunk.choices[0]?.delta?.content ?? ''
    }
    expect(thought).toBe(message.reasoning_content)
    expect(answer).toBe(message.content)
  })
})

describe('a reasoning model in a daemon', () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let daemon: DaemonProcess
  beforeAll(async () => {
    swarm = await makeSwarmDir()
    daemon = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--model', modelPath(MODEL), '--threads', '1'] })
  })
  afterAll(async () => {
    if (daemon != null) await stopDaemon(daemon)
    await swarm?.cleanup()
  })

  it('answers with the thought apart, and its receipt counts thought tokens and weighs the answer alone', async () => {
    const client = new OpenAI({ baseURL: `${daemon.api}/v1`, apiKey: 'unused', maxRetries: 0 })
    for (const model of [MODEL, 'swarm']) {
      const data = await client.chat.completions.create({ model, messages: question, logprobs: true })
      const receipt = (data as any).swarm_receipt
      const message = data.choices[0].message as any
      expect(message.reasoning_content).toMatch(/\S/)
      expect(message.content).not.toMatch(/think>/)
      expect(receipt.reasoningTokens).toBe(data.usage!.completion_tokens_details!.reasoning_tokens)
      expect(receipt.reasoningTokens).toBeGreaterThan(2)
      expect(receipt.uncertainty.tokenCount).toBe(data.usage!.completion_tokens - receipt.reasoningTokens)
    }
  })
})
