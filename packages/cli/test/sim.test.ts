import { Counters } from '@swarm-llm/daemon'
import { describe, expect, it } from 'vitest'
import { gossipDelays, histogramQuantile, mergeHistograms, parseHistogram } from '../src/sim/figures.js'
import { planSim } from '../src/sim/plan.js'
import { submissionOrder } from '../src/sim/run.js'
import { sampleRows } from '../src/sim/workload.js'

/** What a daemon's /metrics says after receiving messages with these delays, in seconds. */
async function scrape (delays: Record<string, number[]>): Promise<string> {
  const counters = new Counters()
  for (const [topic, seconds] of Object.entries(delays)) for (const s of seconds) counters.gossipDelivery.observe({ topic }, s)
  return await counters.registry.metrics()
}

describe('sim figures', () => {
  it('reads the gossip delivery histogram of real /metrics text and interpolates its quantiles', async () => {
    const text = await scrape({ capabilities: [0.0015, 0.0015, 0.0015, 0.0015], answers: [0.015] })
    const histograms = parseHistogram(text, 'swarm_llm_gossip_delivery_seconds', 'topic')
    expect([...histograms.keys()].sort()).toEqual(['answers', 'capabilities'])
    const capabilities = histograms.get('capabilities')!
    expect(capabilities.bounds.at(-1)).toBe(Infinity)
    expect(capabilities.counts.at(-1)).toBe(4)
    // all four in the (1 ms, 2 ms] bucket: the median is its middle
    expect(histogramQuantile(capabilities, 0.5)).toBeCloseTo(0.0015, 6)
    expect(histogramQuantile(capabilities, 1)).toBeCloseTo(0.002, 6)
    // merged across two nodes
    const merged = mergeHistograms([capabilities, histograms.get('answers')!])!
    expect(merged.counts.at(-1)).toBe(5)
    expect(histogramQuantile(merged, 0.99)).toBeGreaterThan(0.01)
    expect(histogramQuantile(merged, 0.99)).toBeLessThanOrEqual(0.02)
  })

  it('sums every node and topic, and reports no figures where nothing arrived', async () => {
    const figures = gossipDelays([await scrape({ queries: [0.003] }), await scrape({ queries: [0.003], answers: [0.04] })])
    expect(figures.messages).toBe(3)
    expect(figures.byTopic.queries.messages).toBe(2)
    expect(figures.p50Ms).toBeGreaterThan(2)
    expect(figures.p50Ms).toBeLessThanOrEqual(5)
    expect(gossipDelays([await scrape({})]).p50Ms).toBeNaN()
    // a delay past the last bucket reads as the last finite bound, never as Infinity
    expect(gossipDelays([await scrape({ capabilities: [100] })]).p99Ms).toBe(30_000)
  })
})

describe('sim plan', () => {
  it('puts the models on the first nodes and the key on n1', () => {
    const plan = planSim({ nodes: '4', models: ['study-edge-a,study-edge-b'], cloud: true, delay: ['n3=250'], fail: ['2@1.5'] })
    expect(plan.nodes.map(n => n.model != null)).toEqual([true, true, false, false])
    expect(plan.nodes.map(n => n.holdsKey)).toEqual([false, true, false, false])
    expect(plan.nodes[3].flags).toEqual(['--answer-delay-ms', '250'])
    expect(plan.nodes[2].failAtSeconds).toBe(1.5)
    expect(plan.cloudModel).toMatch(/study-cloud\.gguf$/)
  })

  it('draws the same workload and the same nodes for the same seed', () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ id: String(i), prompt: `q${i}` }))
    const sample = sampleRows(rows, 12, 3)
    expect(sample.map(r => r.id)).toEqual(sampleRows(rows, 12, 3).map(r => r.id))
    // every row once before any row twice
    expect(new Set(sample.slice(0, 5).map(r => r.id)).size).toBe(5)
    expect(submissionOrder(7, 3, 'round-robin', 1)).toEqual([0, 1, 2, 0, 1, 2, 0])
    const random = submissionOrder(50, 4, 'random', 9)
    expect(random).toEqual(submissionOrder(50, 4, 'random', 9))
    expect(new Set(random).size).toBe(4)
  })
})
