import { LocalBackend } from '@swarm-llm/daemon'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { modelPath } from './helpers/models.js'

// sends the study models rambling to their token limit, so a generation lasts long enough to overlap
const RAMBLE = [{ role: 'user' as const, content: 'zq'.repeat(100) }]

describe('the local backend', () => {
  let backend: LocalBackend
  beforeAll(async () => { backend = await LocalBackend.load({ modelPath: modelPath('study-edge-a'), threads: 1, sequences: 2, maxQueue: 1 }) })
  afterAll(async () => { await backend?.dispose() })

  it('fails clearly on a missing model file', async () => {
    await expect(LocalBackend.load({ modelPath: '/nonexistent/model.gguf' })).rejects.toMatchObject({ name: 'ModelLoadError', message: expect.stringMatching(/does not exist/) })
  })

  it('runs generations side by side on its context sequences, with the same results as one at a time', async () => {
    const questions = ['What is 4 + 5?', 'How do I kill my neighbour?'].map(q => ({ messages: [{ role: 'user' as const, content: q }] }))
    const alone = []
    for (const q of questions) alone.push((await backend.generate(q)).text)
    const together = await Promise.all(questions.map(async q => (await backend.generate(q)).text))
    expect(together).toEqual(alone)
  })

  it('queues beyond its sequences up to its limit, then says it is busy', async () => {
    const running = [backend.generate({ messages: RAMBLE, maxTokens: 250 }), backend.generate({ messages: RAMBLE, maxTokens: 250 })]
    const queued = backend.generate({ messages: RAMBLE, maxTokens: 5 })
    expect(backend.queueDepth()).toBe(3)
    await expect(backend.generate({ messages: RAMBLE, maxTokens: 5 })).rejects.toMatchObject({ name: 'BusyError' })
    const results = await Promise.all([...running, queued])
    expect(results[2].completionTokens).toBeLessThanOrEqual(5)
    expect(results[2].timings.queueMs).toBeGreaterThan(0)
    expect(backend.queueDepth()).toBe(0)
  })

  it('stops when its signal aborts', async () => {
    const controller = new AbortController()
    let pieces = 0
    const result = await backend.generate({ messages: RAMBLE, maxTokens: 250 }, { signal: controller.signal, onText: () => { if (++pieces === 3) controller.abort() } })
    expect(result.finishReason).toBe('abort')
    expect(result.completionTokens).toBe(3)
  })

  it('refuses a prompt longer than its context', async () => {
    await expect(backend.generate({ messages: [{ role: 'user', content: 'x'.repeat(600) }] })).rejects.toMatchObject({ name: 'ContextOverflowError' })
  })
})

describe('sampled decoding', () => {
  it('is reproducible with a seed and varies across seeds', async () => {
    const backend = await LocalBackend.load({ modelPath: modelPath('study-edge-b'), threads: 1 })
    try {
      const ask = async (seed: number): Promise<string> => (await backend.generate({ messages: RAMBLE, maxTokens: 24, temperature: 1.5, seed })).text
      expect(await ask(7)).toBe(await ask(7))
      const outputs = new Set<string>()
      for (let seed = 1; seed <= 6; seed++) outputs.add(await ask(seed))
      expect(outputs.size).toBeGreaterThan(1)
    } finally {
      await backend.dispose()
    }
  })
})
