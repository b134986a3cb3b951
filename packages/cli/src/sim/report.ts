import { paint, ROUTE_STYLE, shortId, table } from '../output.js'
import type { DelayFigures, Summary } from './figures.js'
import type { NodeFate, QueryOutcome } from './run.js'

/** A node of the sim as reported: its plan, its identity, its fate and its memory. */
export interface NodeReport {
  name: string
  model: string
  peerId: string
  pid: number
  holdsKey: boolean
  answerDelayMs: number | null
  failAtSeconds: number | null
  killedAtMs: number | null
  /** VmRSS at the end of the workload; null once killed, or without /proc. */
  rssBytes: number | null
}

export interface MemoryFigures { nodes: number, medianBytes: number, maxBytes: number, maxNode: string | null }

const percent = (x: number): string => Number.isNaN(x) ? '-' : `${(100 * x).toFixed(0)}%`
const clip = (text: string, width: number): string => text.length > width ? `${text.slice(0, width - 1)}…` : text
const mb = (bytes: number): string => Number.isNaN(bytes) ? '-' : `${(bytes / 2 ** 20).toFixed(0)} MB`

/** Milliseconds for people: "820 ms", "3.2 s", "0.4 ms". */
export function duration (ms: number): string {
  if (Number.isNaN(ms)) return '-'
  if (ms < 10) return `${ms.toFixed(1)} ms`
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}

export function formatNodes (nodes: NodeReport[], formationMs: number, cloud: boolean): string {
  const notes = (n: NodeReport): string => [
    n.name === nodes[0].name ? 'bootstrap' : '',
    n.holdsKey ? 'holds the cloud key' : '',
    n.answerDelayMs != null ? `answers peers ${n.answerDelayMs} ms late` : '',
    n.failAtSeconds != null ? `to be killed at ${n.failAtSeconds} s` : ''
  ].filter(Boolean).join('; ')
  const withModels = nodes.filter(n => n.model !== 'none').length
  return `a swarm of ${nodes.length} nodes (${withModels} with a model${cloud ? ', and the cloud stand-in' : ''}) on 127.0.0.1, formed in ${duration(formationMs)}:\n` +
    table(['NODE', 'MODEL', 'PEER', 'PID', 'NOTES'], nodes.map(n => [n.name, n.model, shortId(n.peerId), String(n.pid), notes(n)]))
}

export const QUERY_HEADER = paint('dim', `${'#'.padStart(4)}  ${'NODE'.padEnd(8)} ${'ROUTE'.padEnd(7)} ${'BY'.padEnd(4)} ${'MODEL'.padEnd(13)} ${'TIME'.padStart(7)}  OK  QUESTION / ERROR`)

/** One query on one line: where it was sent, the route, who answered, how long, whether right. */
export function formatQuery (o: QueryOutcome, prompt: string): string {
  const node = o.node == null ? `${o.plannedNode}→-` : o.node !== o.plannedNode ? `${o.plannedNode}→${o.node}` : o.node
  const route = paint(ROUTE_STYLE[o.route] ?? (o.route === 'error' ? 'red' : 'magenta'), o.route.padEnd(7))
  const ok = o.correct ? paint('green', '✓') : paint('red', '✗')
  const tail = o.error != null ? paint('red', clip(`${o.error.code}: ${o.error.message}`, 60)) : clip(prompt, 50)
  return `${String(o.index + 1).padStart(4)}  ${node.padEnd(8)} ${route} ${(o.answeredBy ?? '-').padEnd(4)} ${clip(o.model ?? '-', 13).padEnd(13)} ${duration(o.latencyMs).padStart(7)}  ${ok.padEnd(2)}  ${tail}`
}

export function formatSummary (summary: Summary, memory: MemoryFigures, gossip: DelayFigures & { byTopic: Record<string, DelayFigures> }, fates: NodeFate[]): string {
  const errors = Object.entries(summary.errors).map(([code, n]) => `${code} ${n}`).join(', ')
  const lines = [
    paint('bold', 'summary'),
    `  queries        ${summary.queries}: ${summary.answered} answered, ${summary.queries - summary.answered} typed errors${errors !== '' ? ` (${errors})` : ''}`,
    `  accuracy       ${percent(summary.accuracy.value)} (${summary.accuracy.correct} of ${summary.accuracy.of}; an error counts as wrong)`,
    `  routes         ${(['local', 'peers', 'cloud', 'refused', 'error'] as const).map(r => `${r} ${percent(summary.routes[r])}`).join('  ')}`,
    `  query latency  p50 ${duration(summary.latencyMs.p50)}  p95 ${duration(summary.latencyMs.p95)} (answered queries)`,
    `  memory (RSS)   median ${mb(memory.medianBytes)}  max ${mb(memory.maxBytes)}${memory.maxNode != null ? ` (${memory.maxNode})` : ''} over ${memory.nodes} live nodes`,
    `  gossip delay   p50 ${duration(gossip.p50Ms)}  p99 ${duration(gossip.p99Ms)} over ${gossip.messages} deliveries (receive time − sent_at_ms, from every live node's histogram)`,
    ...Object.entries(gossip.byTopic).map(([topic, f]) => `    ${topic.padEnd(13)}p50 ${duration(f.p50Ms)}  p99 ${duration(f.p99Ms)} over ${f.messages}`)
  ]
  for (const fate of fates) lines.push(`  killed         ${fate.name} ${fate.killedAtMs != null ? `at ${duration(fate.killedAtMs)}` : 'never: the workload ended first'}`)
  return lines.join('\n')
}
