import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { isCorrect } from '@swarm-llm/daemon'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI } from './helpers/daemon.js'
import { CLOUD_MODEL, EDGE_MODELS, STUDY_DIR } from './helpers/models.js'

const run = promisify(execFile)
const ROWS = 12

describe('swarm-llm bench on a real local swarm', () => {
  let dir: string
  let report: any
  let saved: any
  let svg: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'swarm-llm-bench-'))
    const { stdout } = await run(process.execPath, [CLI, 'bench', '--workload', join(STUDY_DIR, 'heldout.jsonl'), '--limit', String(ROWS), '--json',
      '--svg', join(dir, 'plot.svg'), '--save', join(dir, 'answers.json')], { maxBuffer: 64 * 1024 * 1024 })
    report = JSON.parse(stdout)
    saved = JSON.parse(await readFile(join(dir, 'answers.json'), 'utf8'))
    svg = await readFile(join(dir, 'plot.svg'), 'utf8')
  })

  afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

  const router = (id: string): any => report.routers.find((r: any) => r.id === id)

  it('compares every router on the same rows, fitted on the dev workload', () => {
    expect(report.routers.map((r: any) => r.id)).toEqual([...EDGE_MODELS.map(m => `edge:${m}`), 'swarm-lan', 'swarm', 'swarm-live', 'cloud', 'cascade', 'random', 'prompt', 'oracle'])
    expect(report.rows).toEqual({ fit: ROWS, scored: ROWS })
    expect(report.workloads.fit).toMatch(/workload\.jsonl$/)
    expect(report.workloads.scored).toMatch(/heldout\.jsonl$/)
    expect(report.setup).toMatchObject({ coordinator: EDGE_MODELS[0], edges: EDGE_MODELS, cloud: CLOUD_MODEL })
  })

  it('reports the live swarm per category with route shares that add up and sane figures', () => {
    // all rows, each category, then each row tag (kind=…, phrasing=…) present in the workload
    const groups = report.live.map((g: any) => g.group)
    expect(groups.slice(0, 4)).toEqual(['all', 'easy', 'hard', 'safety'])
    for (const tag of groups.slice(4)) expect(tag).toMatch(/^[a-zA-Z]+=\S+$/)
    expect(report.live.slice(1, 4).reduce((n: number, g: any) => n + g.n, 0)).toBe(ROWS)
    for (const g of report.live) {
      expect(g.routes.local + g.routes.peers + g.routes.cloud).toBeCloseTo(1, 10)
      expect(g.accuracy.low).toBeLessThanOrEqual(g.accuracy.value)
      expect(g.accuracy.value).toBeLessThanOrEqual(g.accuracy.high)
      expect(g.accuracy.low).toBeGreaterThanOrEqual(0)
      expect(g.accuracy.high).toBeLessThanOrEqual(1)
      expect(g.latencyMs.p50).toBeGreaterThan(0)
      expect(g.latencyMs.p50).toBeLessThanOrEqual(g.latencyMs.p95)
    }
    // cloud tokens are spent exactly where the cloud answered
    const all = report.live[0]
    expect(all.cloudTokens > 0).toBe(all.routes.cloud > 0)
  })

  it('scores the saved answers with the one scoring implementation', () => {
    const hard = saved.scored.filter((s: any) => s.row.category === 'hard')
    const cloudHard = hard.filter((s: any) => isCorrect(s.row, s.replies[CLOUD_MODEL].text)).length / hard.length
    expect(report.cloudOnlyHard.scored).toBeCloseTo(cloudHard, 10)
    const live = saved.scored.filter((s: any) => isCorrect(s.row, s.swarm.text)).length / ROWS
    expect(router('swarm-live').headline.accuracy.all.value).toBeCloseTo(live, 10)
    for (const model of EDGE_MODELS) {
      const alone = saved.scored.filter((s: any) => isCorrect(s.row, s.replies[model].text)).length / ROWS
      expect(router(`edge:${model}`).headline).toMatchObject({ share: 0, cloudTokens: 0 })
      expect(router(`edge:${model}`).headline.accuracy.all.value).toBeCloseTo(alone, 10)
    }
  })

  it('sends the oracle exactly the rows no edge answers right, and nothing beats it', () => {
    const noEdge = saved.scored.filter((s: any) => !EDGE_MODELS.some(m => isCorrect(s.row, s.replies[m].text))).length / ROWS
    expect(router('oracle').headline.share).toBeCloseTo(noEdge, 10)
    expect(router('cloud').headline.share).toBe(1)
    expect(router('swarm-lan').headline.share).toBe(0)
    const best = router('oracle').headline.accuracy
    for (const r of report.routers.filter((r: any) => r.id !== 'swarm-live')) {
      expect(r.headline.accuracy.all.value).toBeLessThanOrEqual(best.all.value + 1e-9)
      expect(r.headline.accuracy.hard.value).toBeLessThanOrEqual(best.hard.value + 1e-9)
    }
  })

  it('replays the policy as the live swarm ran it', () => {
    // the same answers, the same thresholds: the replay escalates the rows the swarm escalated
    expect(report.replayAgreement).toBeGreaterThanOrEqual(0.9)
  })

  it('sweeps each threshold router from its cheapest point to its dearest', () => {
    for (const r of report.routers.filter((r: any) => r.kind === 'curve')) {
      const shares = r.curve.map((p: any) => p.share)
      expect(shares).toEqual([...shares].sort((a, b) => a - b))
      expect(shares[0]).toBeGreaterThanOrEqual(0)
      expect(shares.at(-1)).toBeLessThanOrEqual(1)
      for (const p of r.curve) expect(p.hardAccuracy >= 0 && p.hardAccuracy <= 1).toBe(true)
    }
    // the cascade and the swarm end where cloud only is: every row in the cloud
    expect(router('cascade').curve.at(-1)).toMatchObject({ share: 1, hardAccuracy: report.cloudOnlyHard.scored })
    for (const [share, point] of Object.entries<any>(router('random').budgets)) {
      if (point != null) expect(point.fit.share).toBeLessThanOrEqual(Number(share) + 1e-9)
    }
  })

  it('states the targets consistently with the shares it found', () => {
    const t = report.targets
    expect(t.oracle).toBeCloseTo(router('oracle').headline.share, 10)
    if (t.swarm != null && t.oracle != null) expect(t.withinOracle).toBe(t.swarm <= 1.25 * t.oracle + 1e-9)
    // the full policy's operating points fit all three thresholds, and say which setting they chose
    const swarm = router('swarm')
    for (const point of [swarm.reach, ...Object.values<any>(swarm.budgets)].filter(p => p != null)) {
      expect(Object.keys(point.policy).sort()).toEqual(['maxVoteWeight', 'tauLocal', 'tauSwarm'])
      expect(point.fit.threshold).toBe(point.policy.tauSwarm)
    }
  })

  it('plots hard accuracy against cloud share as SVG, with every router in the legend', () => {
    expect(svg.startsWith('<svg')).toBe(true)
    for (const r of report.routers) expect(svg).toContain(r.label)
  })

  it('refuses to fit thresholds on the rows it scores', async () => {
    const heldout = join(STUDY_DIR, 'heldout.jsonl')
    const failed = await run(process.execPath, [CLI, 'bench', '--workload', heldout, '--fit-workload', heldout]).then(() => null, err => err)
    expect(failed?.code).toBe(2)
    expect(failed?.stderr).toMatch(/same file/)
  })
})
