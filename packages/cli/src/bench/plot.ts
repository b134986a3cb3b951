import type { TopLevelSpec } from 'vega-lite'
import { CLOUD_ACCURACY_TARGET } from '../constants.js'
import type { BenchReport } from './analyse.js'

/** A colour per router that the eye can tell apart; the edge models alone share greys. */
const COLOURS: Record<string, string> = {
  'swarm-lan': '#ff7f0e',
  swarm: '#d62728',
  'swarm-live': '#e377c2',
  cloud: '#1f77b4',
  cascade: '#8c564b',
  random: '#bcbd22',
  prompt: '#17becf',
  oracle: '#2ca02c'
}
const EDGE_GREYS = ['#636363', '#969696', '#bdbdbd']

/**
 * The plot of hard accuracy against cloud share, as SVG: a line per threshold router (its
 * sweep on the reported workload), a point per router with one operating point, the live
 * run, and a dashed rule at 95% of cloud-only hard accuracy. Rendered headlessly by Vega.
 */
export async function plotSvg (report: BenchReport, title: string): Promise<string> {
  const order = report.routers.map(r => r.label)
  const lines = report.routers.filter(r => r.kind === 'curve').flatMap(r => r.curve.map(p => ({ router: r.label, share: p.share, hard: p.hardAccuracy })))
  const points = report.routers.filter(r => r.kind === 'point').map(r => ({ router: r.label, share: r.headline.share, hard: r.headline.accuracy.hard?.value ?? null }))
  const target = CLOUD_ACCURACY_TARGET * report.cloudOnlyHard.scored
  const x = { field: 'share', type: 'quantitative' as const, title: 'share of queries sent to the cloud', scale: { domain: [0, 1] }, axis: { format: '%' } }
  const y = { field: 'hard', type: 'quantitative' as const, title: 'hard accuracy', scale: { domain: [0, 1] }, axis: { format: '%' } }
  const range = report.routers.map((r, i) => COLOURS[r.id] ?? EDGE_GREYS[i % EDGE_GREYS.length])
  const color = { field: 'router', type: 'nominal' as const, title: 'router', scale: { domain: order, range }, legend: { labelLimit: 320 } }
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, subtitle: `lines: threshold sweeps; dots: routers with one operating point; dashed: 95% of cloud-only hard accuracy (${(100 * target).toFixed(1)}%)` },
    width: 560,
    height: 380,
    background: 'white',
    layer: [
      { data: { values: lines }, mark: { type: 'line', interpolate: 'step-after', strokeWidth: 1.8 }, encoding: { x, y, color } },
      { data: { values: points }, mark: { type: 'point', filled: true, size: 100, opacity: 0.9 }, encoding: { x, y, color } },
      { data: { values: [{ hard: target }] }, mark: { type: 'rule', strokeDash: [5, 4], color: '#555' }, encoding: { y: { field: 'hard', type: 'quantitative' } } }
    ]
  }
  // loaded here, not at startup: vega is heavy and only the plot needs it
  const vega = await import('vega')
  const { compile } = await import('vega-lite')
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' })
  try {
    return await view.toSVG()
  } finally {
    view.finalize()
  }
}
