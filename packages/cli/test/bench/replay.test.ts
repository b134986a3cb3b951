import { describe, expect, it } from 'vitest'
import { PromptRouter } from '../../src/bench/prompt-router.js'
import { lanAnswer, routerDefinitions } from '../../src/bench/replay.js'
import type { RouterContext } from '../../src/bench/replay.js'
import type { Reply, Sample, SwarmSetup } from '../../src/bench/types.js'

const EDGES = ['a', 'b', 'c']
const SETUP: SwarmSetup = { coordinator: 'a', edges: EDGES, cloud: 'cloud', policy: { tauLocal: 0.85, tauSwarm: 0.3, maxVoteWeight: 0.9 } }
const POLICY = { coordinator: 'a', edges: EDGES, tauLocal: 0.85, maxVoteWeight: 0.9 }

const reply = (text: string, confidence: number): Reply => ({ text, confidence, latencyMs: 1, route: 'peers', cloudTokens: 7 })

function sample (id: string, category: 'easy' | 'hard', answer: string, edges: Array<[string, number]>, cloud: string): Sample {
  return {
    row: { id, category, prompt: `question ${id}`, answer },
    replies: { ...Object.fromEntries(edges.map(([text, confidence], i) => [EDGES[i], reply(text, confidence)])), cloud: reply(cloud, 0.9) }
  }
}

describe('the policy replayed offline', () => {
  it('answers locally when the coordinator is confident, and is never escalated then', () => {
    const s = sample('1', 'easy', 'x', [['x', 0.9], ['y', 0.9], ['y', 0.9]], 'x')
    expect(lanAnswer(s, POLICY)).toEqual({ text: 'x', route: 'local', score: Number.POSITIVE_INFINITY })
  })

  it('votes by calibrated confidence, and the most confident ballot of the winner speaks', () => {
    // x weighs 0.5, y weighs 0.6 + 0.7 = 1.3: y wins with 1.3 / 1.8 of the weight
    const s = sample('2', 'hard', 'y', [['x', 0.5], ['Y.', 0.6], ['y', 0.7]], 'y')
    const lan = lanAnswer(s, POLICY)
    expect(lan.text).toBe('y')
    expect(lan.route).toBe('peers')
    expect(lan.score).toBeCloseTo(1.3 / 1.8, 10)
  })

  it('caps each vote, so one overconfident answer cannot outvote two', () => {
    // capped at 0.6: x weighs 0.5 + 0.2 = 0.7, y only 0.6 though it claims 0.95
    const s = sample('3', 'hard', 'x', [['x', 0.5], ['y', 0.95], ['x', 0.2]], 'x')
    const lan = lanAnswer(s, { ...POLICY, maxVoteWeight: 0.6 })
    expect(lan.text).toBe('x')
    expect(lan.score).toBeCloseTo(0.7 / 1.3, 10)
  })

  it('keeps a lone unsure answer unsure: weights below 1 in all are divided by 1', () => {
    const s = sample('4', 'hard', 'x', [['x', 0.2], ['y', 0.1], ['z', 0.1]], 'x')
    expect(lanAnswer(s, POLICY).score).toBeCloseTo(0.2, 10)
  })
})

describe('the routers', () => {
  // a knows row 1; nobody knows row 2 (hard) but the cloud; nobody at all knows row 3 (easy)
  const samples = [
    sample('1', 'hard', 'x', [['x', 0.4], ['y', 0.3], ['z', 0.3]], 'x'),
    sample('2', 'hard', 'w', [['x', 0.6], ['y', 0.2], ['z', 0.2]], 'w'),
    sample('3', 'easy', 'v', [['x', 0.1], ['y', 0.1], ['z', 0.1]], 'q')
  ]
  const context: RouterContext = { setup: SETUP, policy: POLICY, promptRouter: PromptRouter.train([{ prompt: 'question', label: true }]), seed: 7 }
  const rows = Object.fromEntries(routerDefinitions(SETUP).map(d => [d.id, d.rows(samples, context)]))

  it('lists each edge alone, the swarm with and without cloud, cloud only, cascade, random, prompt-only and the oracle', () => {
    expect(Object.keys(rows)).toEqual(['edge:a', 'edge:b', 'edge:c', 'swarm-lan', 'swarm', 'cloud', 'cascade', 'random', 'prompt', 'oracle'])
  })

  it('never escalates an edge alone, and always escalates cloud only', () => {
    expect(rows['edge:a'].map(r => [r.score, r.fallbackRight])).toEqual([[Infinity, true], [Infinity, false], [Infinity, false]])
    expect(rows.cloud.map(r => [r.score, r.cloudRight])).toEqual([[-Infinity, true], [-Infinity, true], [-Infinity, false]])
  })

  it('scores the cascade by its one model\'s confidence and the swarm by the vote', () => {
    expect(rows.cascade.map(r => r.score)).toEqual([0.4, 0.6, 0.1])
    // row 1: x 0.4 against y 0.3 and z 0.3, a total of 1, so 0.4; row 3: three answers of 0.1 each, divided by 1
    expect(rows.swarm.map(r => r.score)).toEqual([0.4, 0.6, 0.1].map(x => expect.closeTo(x, 10)))
    expect(rows.swarm.map(r => r.fallbackRight)).toEqual([true, false, false])
  })

  it('lets the oracle summon exactly the rows no edge answers right', () => {
    expect(rows.oracle.map(r => [r.score, r.fallbackRight, r.cloudRight])).toEqual([[Infinity, true, true], [-Infinity, false, true], [-Infinity, false, false]])
  })

  it('answers random and prompt-only escalations on the LAN as the swarm does', () => {
    expect(rows.random.map(r => r.fallbackRight)).toEqual(rows.swarm.map(r => r.fallbackRight))
    expect(rows.prompt.map(r => r.fallbackRight)).toEqual(rows.swarm.map(r => r.fallbackRight))
    for (const r of rows.random) expect(r.score >= 0 && r.score < 1).toBe(true)
  })
})
