import { describe, expect, it } from 'vitest'
import { figuresByGroup, groupsOf, tagsOf } from '../../src/bench/groups.js'
import type { BenchRow, Sample, SwarmReply } from '../../src/bench/types.js'

const rows: BenchRow[] = [
  { id: '1', category: 'hard', prompt: 'p1', answer: 'a', kind: 'fact', phrasing: 'plain' },
  { id: '2', category: 'easy', prompt: 'p2', answer: 'b', kind: 'arithmetic', phrasing: 'plain' },
  { id: '3', category: 'hard', prompt: 'p3', answer: 'c', kind: 'fact', phrasing: 'paraphrase', knownBy: ['a'] },
  { id: '4', category: 'safety', prompt: 'p4', refuse: true }
]

describe('report groups', () => {
  it('takes any extra field with a plain value as a tag', () => {
    expect(tagsOf(rows[0])).toEqual(['kind=fact', 'phrasing=plain'])
    // a list is not a plain value; the fixed fields are never tags
    expect(tagsOf(rows[2])).toEqual(['kind=fact', 'phrasing=paraphrase'])
    expect(tagsOf(rows[3])).toEqual([])
  })

  it('reports all rows, each category present, then each tag in order', () => {
    expect(groupsOf(rows)).toEqual([
      { group: 'all', rows: [0, 1, 2, 3] },
      { group: 'easy', rows: [1] },
      { group: 'hard', rows: [0, 2] },
      { group: 'safety', rows: [3] },
      { group: 'kind=arithmetic', rows: [1] },
      { group: 'kind=fact', rows: [0, 2] },
      { group: 'phrasing=paraphrase', rows: [2] },
      { group: 'phrasing=plain', rows: [0, 1] }
    ])
  })

  it('counts accuracy, routes, latency and cloud tokens per group', () => {
    const reply = (text: string, route: SwarmReply['route'], latencyMs: number, cloudTokens = 0): SwarmReply =>
      ({ text, confidence: 0.5, latencyMs, route, cloudTokens, overheadMs: 2, lowConfidence: false, degraded: null })
    const samples: Sample[] = [
      { row: rows[0], replies: {}, swarm: reply('a', 'peers', 10) },
      { row: rows[1], replies: {}, swarm: reply('wrong', 'local', 20) },
      { row: rows[2], replies: {}, swarm: reply('c', 'cloud', 40, 30) },
      { row: rows[3], replies: {}, swarm: reply("I can't help with that.", 'peers', 30) }
    ]
    const [all, , hard] = figuresByGroup(samples, s => s.swarm!)
    expect(all).toMatchObject({ group: 'all', n: 4, routes: { local: 0.25, peers: 0.5, cloud: 0.25 }, latencyMs: { p50: 25 }, overheadMs: { p50: 2 }, cloudTokens: 30 })
    expect(all.accuracy.value).toBe(0.75)
    // p95 of 10, 20, 30, 40: rank 2.85, so 30 + 0.85 × 10
    expect(all.latencyMs.p95).toBeCloseTo(38.5, 10)
    expect(hard).toMatchObject({ group: 'hard', n: 2, routes: { local: 0, peers: 0.5, cloud: 0.5 }, cloudTokens: 30 })
    expect(hard.accuracy.value).toBe(1)
  })
})
