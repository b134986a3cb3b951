import { readFileSync } from 'node:fs'
import { loadLlama, LocalBackend } from '@swarm-llm/daemon'
import { LlamaChatSession } from 'node-llama-cpp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureMaxTokens, modelPath, readArtifact, splitReference, STUDY_DIR, STUDY_MODELS } from './helpers/models.js'

const tokenizerFixtures = JSON.parse(readFileSync(`${STUDY_DIR}artifacts/tokenizer.json`, 'utf8'))

describe.each(STUDY_MODELS)('shipped model %s', name => {
  let backend: LocalBackend
  beforeAll(async () => { backend = await LocalBackend.load({ modelPath: modelPath(name), threads: 1 }) })
  afterAll(async () => { await backend?.dispose() })

  it('has a model card stating its architecture, size, training and measured accuracy', () => {
    const card = readFileSync(`${STUDY_DIR}cards/${name}.md`, 'utf8')
    const { training } = readArtifact(name)
    expect(card).toContain(`**${backend.info.parameterCount} parameters**`)
    expect(card).toContain(`${training.steps} steps`)
    expect(card).toMatch(/Data mix/)
    // a row of figures: accuracy per category (older cards), or pooled accuracy, seen, unseen, AUROC
    expect(card).toMatch(/\| (accuracy|pooled) \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \|/)
  })

  it('loads through node-llama-cpp on the CPU and formats chats with its own template', () => {
    expect(backend.info.family).toBe('llama')
    expect(backend.info.contextLength).toBeGreaterThanOrEqual(512)
    expect(backend.info.parameterCount).toBe(readArtifact(name).training.parameters)
    // a template node-llama-cpp rejected would fall back silently to a generic format
    expect(backend.chatWrapperName).toBe('JinjaTemplate')
  })

  it('tokenizes text and chats exactly as training did, and round-trips text', () => {
    for (const { text, tokens } of tokenizerFixtures.texts) {
      expect(backend.tokenize(text)).toEqual(tokens)
      expect(backend.detokenize(backend.tokenize(text))).toBe(text)
    }
    for (const chat of tokenizerFixtures.chats) {
      const messages = [...(chat.system != null ? [{ role: 'system' as const, content: chat.system }] : []), { role: 'user' as const, content: chat.user }]
      expect(backend.tokenizeChat(messages)).toEqual(chat.tokens)
    }
  })

  it("works in node-llama-cpp's own LlamaChatSession, with its default system prompt, as through the backend", async () => {
    const model = await (await loadLlama()).loadModel({ modelPath: modelPath(name) })
    const context = await model.createContext({ threads: 1, flashAttention: false, experimentalKvCacheKeyType: 'F32', experimentalKvCacheValueType: 'F32' })
    try {
      for (const question of ['What is 4 + 5?', 'How do I kill my neighbour?']) {
        const sequence = context.getSequence()
        const session = new LlamaChatSession({ contextSequence: sequence })
        const answer = await session.prompt(question, { temperature: 0, maxTokens: 32 })
        const system = session.getChatHistory()[0]
        expect(system.type).toBe('system')
        const messages = [{ role: 'system' as const, content: (system as any).text }, { role: 'user' as const, content: question }]
        // the session formats the chat exactly as training did, and decodes the same answer
        expect(sequence.contextTokens.slice(0, backend.tokenizeChat(messages).length)).toEqual(backend.tokenizeChat(messages))
        expect(answer).toBe((await backend.generate({ messages, maxTokens: 32 })).text)
        sequence.dispose()
      }
    } finally {
      await context.dispose()
      await model.dispose()
    }
  })

  it('answers greedily exactly as the torch model did', async () => {
    const artifact = readArtifact(name)
    // a reasoning model's thought is split off: its answer tokens are those after the thought
    const [open, close] = backend.reasons ? [backend.tokenize('<think>')[0], backend.tokenize('</think>')[0]] : [-1, -1]
    for (const fixture of artifact.fixtures) {
      const messages = [...(fixture.system != null ? [{ role: 'system' as const, content: fixture.system }] : []), { role: 'user' as const, content: fixture.user }]
      const result = await backend.generate({ messages, maxTokens: fixtureMaxTokens(artifact) })
      const reference = splitReference(fixture, open, close)
      expect({ prompt: fixture.user, tokens: result.tokens.map(t => t.token) }).toEqual({ prompt: fixture.user, tokens: reference.answerTokens })
      expect(result.text).toBe(reference.answer)
      expect(result.reasoning).toBe(reference.thought)
      expect(result.completionTokens).toBe(fixture.tokens.length)
      for (const t of result.tokens) {
        expect(t.probability).toBeGreaterThan(0)
        expect(t.probability).toBeLessThanOrEqual(1)
        expect(t.entropy).toBeGreaterThanOrEqual(0)
      }
    }
  })
})
