import { describe, expect, it } from 'vitest'
import { Counters } from '../src/metrics.js'
import { createRouter } from '../src/routing/router.js'
import { NoSummonerError } from '../src/routing/errors.js'
import type { CloudPath, PeerAnswer, PeerAskOptions, PeerPool } from '../src/routing/types.js'
import type { GenerateResult, InferenceBackend } from '../src/inference/types.js'

// Stubs of the router's component slices: a local model whose every token has probability
// `p` (so its default confidence is p), peers and summoners that answer as told.
const timings = { queueMs: 0, timeToFirstTokenMs: 1, totalMs: 2 }
const remote = (node: string, text: string, confidence: number, modelId = `m-${node}`): GenerateResult => ({
  text, tokens: [], finishReason: 'stop', promptTokens: 5, completionTokens: 2, timings, modelId,
  remote: { node, confidence, figures: { meanLogprob: Math.log(confidence), minTokenProb: confidence, meanEntropy: 0, tokenCount: 1 } }
})
function localModel (text: string, p: number): InferenceBackend {
  return {
    info: { modelId: 'mine', family: 'llama', parameterCount: 1, quantisation: 'F32', contextLength: 512, tokensPerSecond: 0 },
    generate: async () => ({ text, tokens: [{ token: 1, text, probability: p, entropy: 0, top: [] }], finishReason: 'stop', promptTokens: 3, completionTokens: 1, timings, modelId: 'mine' }),
    queueDepth: () => 0,
    dispose: async () => {}
  }
}
function peers (answers: Array<[string, string, number]>): PeerPool & { asked: number } {
  const pool = {
    asked: 0,
    models: () => answers.map(([node]) => ({ modelId: `m-${node}`, node })),
    ask: async (): Promise<PeerAnswer[]> => {
      pool.asked++
      return answers.map(([node, text, c]) => ({ node, model: `m-${node}`, status: 'ok' as const, result: remote(node, text, c), latencyMs: 3 }))
    }
  }
  return pool
}
function summon (answer: string | Error): CloudPath & { calls: number } {
  const path = {
    calls: 0,
    models: () => [{ modelId: 'big', node: 'holder' }],
    summon: async () => { path.calls++; if (answer instanceof Error) throw answer; return remote('holder', answer, 0.95, 'big') }
  }
  return path
}
const ask = { model: 'swarm', generate: { messages: [{ role: 'user' as const, content: 'q' }] } }

describe('the router', () => {
  it('answers locally when the local model is confident, without asking peers', async () => {
    const pool = peers([['b', 'other', 0.9]])
    const router = createRouter({ tauLocal: 0.8 }, { local: { backend: localModel('42', 0.95) }, peers: pool, nodeId: () => 'self', counters: new Counters() })
    const { text, receipt } = await router.answer(ask)
    expect(text).toBe('42')
    expect(receipt).toMatchObject({ route: 'local', answeredBy: 'self', lowConfidence: false, peers: [] })
    expect(pool.asked).toBe(0)
  })

  it('collaborates when unsure and answers with the peers\' weighted vote', async () => {
    const router = createRouter({ tauLocal: 0.8, tauSwarm: 0.5, maxVoteWeight: 0.9 }, { local: { backend: localModel('41', 0.3) }, peers: peers([['b', '42', 0.8], ['c', '42.', 0.6]]), nodeId: () => 'self', counters: new Counters() })
    const { text, receipt } = await router.answer(ask)
    expect(text).toBe('42')
    expect(receipt.route).toBe('peers')
    expect(receipt.answeredBy).toBe('b')
    expect(receipt.peers).toEqual(['b', 'c'])
    expect(receipt.votes.map(v => v.weight!.toFixed(3))).toEqual(['0.300', '0.800', '0.600'])
    expect(receipt.agreement).toBeCloseTo(1.4 / 1.7)
  })

  it('summons the cloud when the swarm is unsure, and reports the summoner and its tokens', async () => {
    const cloud = summon('43')
    const router = createRouter({ tauLocal: 0.8, tauSwarm: 0.5 }, { local: { backend: localModel('41', 0.2) }, peers: peers([['b', '40', 0.2]]), summon: cloud, nodeId: () => 'self', counters: new Counters() })
    const { text, receipt } = await router.answer(ask)
    expect(text).toBe('43')
    expect(receipt).toMatchObject({ route: 'cloud', summoner: 'holder', cloudTokens: { prompt: 5, completion: 2 }, lowConfidence: false })
    expect(cloud.calls).toBe(1)
  })

  it('never leaves the LAN for a lan_only query: the best swarm answer, marked low-confidence', async () => {
    const cloud = summon('43')
    const router = createRouter({ tauLocal: 0.8, tauSwarm: 0.5 }, { local: { backend: localModel('41', 0.2) }, peers: peers([['b', '40', 0.3]]), summon: cloud, nodeId: () => 'self', counters: new Counters() })
    const { text, receipt } = await router.answer({ ...ask, lanOnly: true })
    expect(text).toBe('40')
    expect(receipt).toMatchObject({ route: 'peers', lowConfidence: true, degraded: 'lan-only' })
    expect(cloud.calls).toBe(0)
  })

  it('degrades, and says why, when there is no summoner or the cloud fails', async () => {
    const none = createRouter({ tauSwarm: 0.5 }, { local: { backend: localModel('41', 0.2) }, peers: peers([]), summon: summon(new NoSummonerError()), nodeId: () => 'self', counters: new Counters() })
    expect((await none.answer(ask)).receipt).toMatchObject({ route: 'local', lowConfidence: true, degraded: 'no-summoner' })
    const failing = createRouter({ tauSwarm: 0.5 }, { local: { backend: localModel('41', 0.2) }, peers: peers([]), summon: summon(new Error('502 from upstream')), nodeId: () => 'self', counters: new Counters() })
    const { receipt } = await failing.answer(ask)
    expect(receipt).toMatchObject({ degraded: 'cloud-failed', lowConfidence: true })
    expect(receipt.reason).toMatch(/502 from upstream/)
  })

  it('errors plainly when nothing anywhere can answer, and for unknown models', async () => {
    const router = createRouter({}, { peers: peers([]), nodeId: () => 'self', counters: new Counters() })
    await expect(router.answer(ask)).rejects.toMatchObject({ name: 'NoAnswerError' })
    await expect(router.answer({ ...ask, model: 'nope' })).rejects.toMatchObject({ name: 'UnknownModelError' })
    await expect(router.answer({ ...ask, route: 'local' })).rejects.toMatchObject({ name: 'RouteUnavailableError' })
  })

  it('routes a named peer model to that peer, and the cloud model through a summoner', async () => {
    const router = createRouter({}, { local: { backend: localModel('41', 0.99) }, peers: peers([['b', 'from b', 0.5]]), summon: summon('from cloud'), nodeId: () => 'self', counters: new Counters() })
    expect((await router.answer({ ...ask, model: 'm-b' })).receipt).toMatchObject({ route: 'peers', answeredBy: 'b' })
    expect((await router.answer({ ...ask, model: 'big' })).text).toBe('from cloud')
    expect(router.models().map(m => m.id)).toEqual(['swarm', 'mine', 'm-b', 'big'])
  })
})

describe('spilling a deep local queue', () => {
  // the local model answers confidently, so a query that reaches it never asks the peers
  function busyModel (depth: number): InferenceBackend & { runs: number } {
    const model = { ...localModel('mine', 0.95), runs: 0, queueDepth: () => depth }
    const generate = model.generate
    model.generate = async (...args) => { model.runs++; return await generate(...args) }
    return model
  }
  function announcing (depths: number[]): PeerPool & { asked: number, targets: Array<string[] | undefined> } {
    const pool = { asked: 0, targets: [] as Array<string[] | undefined>, models: () => depths.map((queueDepth, i) => ({ modelId: `m-p${i}`, node: `p${i}`, queueDepth })), ask: async (_: unknown, options: PeerAskOptions): Promise<PeerAnswer[]> => {
      pool.asked++
      pool.targets.push(options.targets)
      return depths.map((_, i) => `p${i}`).filter(node => options.targets?.includes(node) ?? true).map(node => ({ node, model: `m-${node}`, status: 'ok' as const, result: remote(node, 'theirs', 0.95), latencyMs: 3 }))
    } }
    return pool
  }

  it('hands the query to the one peer that announced a shallower queue', async () => {
    const counters = new Counters()
    const local = busyModel(4)
    const pool = announcing([6, 1, 4])
    const { text, receipt } = await createRouter({ spillQueueDepth: 2 }, { local: { backend: local }, peers: pool, nodeId: () => 'self', counters }).answer(ask)
    expect(text).toBe('theirs')
    expect(receipt.votes[0]).toMatchObject({ node: 'self', status: 'busy' })
    expect(receipt.peers).toEqual(['p1'])
    expect(pool.targets).toEqual([['p1']])
    expect(local.runs).toBe(0)
    expect((await counters.toJSON()).spilled).toEqual({ queue: 1 })
  })

  it('keeps the query in its own queue when every peer announced one as deep', async () => {
    const counters = new Counters()
    const local = busyModel(4)
    const pool = announcing([4, 9])
    const { text, receipt } = await createRouter({ spillQueueDepth: 2 }, { local: { backend: local }, peers: pool, nodeId: () => 'self', counters }).answer(ask)
    expect(text).toBe('mine')
    expect(receipt.route).toBe('local')
    expect(pool.asked).toBe(0)
    expect(local.runs).toBe(1)
    expect((await counters.toJSON()).spilled).toEqual({ 'peers-busy': 1 })
  })
})

describe('the router and personal data', () => {
  it('redacts personal data before the cloud and restores it in the answer', async () => {
    let sent = ''
    const echo: CloudPath = {
      models: () => [{ modelId: 'big', node: 'holder' }],
      summon: async request => { sent = request.messages.map(m => m.content).join('|'); return remote('holder', `Sure, I will write to ${sent.match(/\[EMAIL_1\]/)?.[0] ?? '?'}.`, 0.95, 'big') }
    }
    const router = createRouter({}, { peers: peers([]), summon: echo, nodeId: () => 'self', counters: new Counters() })
    const { text, receipt } = await router.answer({ ...ask, route: 'cloud', generate: { messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Write to ann@example.org about card 4111 1111 1111 1111' }] } })
    expect(sent).toBe('Be brief.|Write to [EMAIL_1] about card [CARD_1]')
    expect(text).toBe('Sure, I will write to ann@example.org.')
    expect(receipt.pii).toMatchObject({ found: 2, redacted: true })
  })
})
