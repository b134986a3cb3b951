import { join } from 'node:path'
import parsePrometheusTextFormat from 'parse-prometheus-text-format'
import { DEFAULT_TAU_LOCAL } from '@swarm-llm/daemon'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson, makeSwarmDir, spawnDaemon, stopDaemon } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'
import { modelPath } from './helpers/models.js'

interface Family { name: string, type: string, metrics: Array<{ labels?: Record<string, string>, value?: string, buckets?: Record<string, string>, count?: string }> }

type Scrape = Map<string, Family> & { text: string }

/** Scrapes like Prometheus does; the parser rejects text that is not in its format. */
async function scrape (daemon: DaemonProcess): Promise<Scrape> {
  const res = await fetch(`${daemon.api}/metrics`)
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
  const text = await res.text()
  const families = parsePrometheusTextFormat(text) as Family[]
  return Object.assign(new Map(families.map(f => [f.name, f])), { text })
}

const value = (families: Map<string, Family>, name: string, labels: Record<string, string> = {}): number => {
  const series = families.get(name)?.metrics.find(m => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))
  return Number(series?.value ?? 0)
}

/** A histogram's count for one label set (the parser keeps buckets only, so read the sample line). */
const count = (scraped: Scrape, name: string, label: string): number =>
  Number(scraped.text.match(new RegExp(`^${name}_count\\{${label}\\} (\\S+)$`, 'm'))?.[1] ?? 0)

describe('/metrics', () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let daemon: DaemonProcess

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    daemon = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--model', modelPath('study-edge-a'), '--threads', '1'] })
  })
  afterAll(async () => {
    if (daemon != null) await stopDaemon(daemon)
    await swarm?.cleanup()
  })

  it('counts a query by route, its stages and its confidence, in Prometheus text format', async () => {
    const before = await scrape(daemon)
    const pending = fetch(`${daemon.api}/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'swarm', messages: [{ role: 'user', content: 'What is 4 + 5?' }] })
    })
    const during = await scrape(daemon)
    expect(during.get('swarm_llm_peers')?.type).toBe('GAUGE')
    const receipt = (await (await pending).json() as any).swarm_receipt
    const after = await scrape(daemon)
    const outcome = receipt.lowConfidence === true ? 'low-confidence' : 'ok'
    expect(value(after, 'swarm_llm_queries_total', { route: receipt.route, outcome }) - value(before, 'swarm_llm_queries_total', { route: receipt.route, outcome })).toBe(1)
    expect(count(after, 'swarm_llm_stage_seconds', 'stage="total"') - count(before, 'swarm_llm_stage_seconds', 'stage="total"')).toBe(1)
    expect(count(after, 'swarm_llm_stage_seconds', 'stage="local"') - count(before, 'swarm_llm_stage_seconds', 'stage="local"')).toBe(1)
    expect(count(after, 'swarm_llm_confidence', 'model="study-edge-a"')).toBeGreaterThanOrEqual(1)
    expect(after.get('swarm_llm_stage_seconds')?.type).toBe('HISTOGRAM')
    expect(Number(after.get('swarm_llm_tau_local')?.metrics[0].value)).toBe(DEFAULT_TAU_LOCAL)
    expect(Number(after.get('swarm_llm_tokens_per_second')?.metrics[0].value)).toBeGreaterThan(0)
  })

  it('keeps label sets bounded: junk paths do not make new series', async () => {
    const before = (await scrape(daemon)).get('swarm_llm_http_requests_total')!.metrics.length
    await Promise.all(Array.from({ length: 50 }, async (_, i) => await fetch(`${daemon.api}/junk/${i}`)))
    const after = await scrape(daemon)
    expect(after.get('swarm_llm_http_requests_total')!.metrics.length).toBeLessThanOrEqual(before + 1)
    expect(value(after, 'swarm_llm_http_requests_total', { route: 'other' })).toBeGreaterThanOrEqual(50)
    // /status shows the same counters as JSON
    const status = await getJson(daemon, '/status')
    expect(status.counters.http_requests.other).toBe(value(after, 'swarm_llm_http_requests_total', { route: 'other' }))
  })
})
