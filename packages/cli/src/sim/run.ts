import { isCorrect } from '@swarm-llm/daemon/workload'
import type { WorkloadRow } from '@swarm-llm/daemon/workload'
import { seededRandom } from '../bench/stats.js'
import { SIM_MAX_TOKENS, SIM_QUERY_TIMEOUT_MS } from '../constants.js'
import type { LocalDaemon } from '../local-swarm.js'
import type { SimNode, SubmitOrder } from './plan.js'

/** Where a query ended: a route of the swarm, a refusal by the safety policy, or an error. */
export type SimRoute = 'local' | 'peers' | 'cloud' | 'refused' | 'error'

/** What became of one query. */
export interface QueryOutcome {
  index: number
  id: string
  category?: string
  /** The node the submission order chose. */
  plannedNode: string
  /** The node it was submitted to: the planned one, or the next live one when that did not answer the connection. Null when none did. */
  node: string | null
  route: SimRoute
  /** The node whose model produced the answer (the summoner, for the cloud). */
  answeredBy: string | null
  model: string | null
  answer: string | null
  /** Scored with the project's scoring rules (an error is wrong); null for a row with no expected answer. */
  correct: boolean
  /** Milliseconds after the workload started that it was submitted. */
  startedAtMs: number
  latencyMs: number
  /** The receipt's routing overhead (request to receipt less model time); absent for an error. */
  overheadMs?: number
  /**
   * A typed error: the daemon's (its OpenAI error code: no_answer, model_busy, …) or the
   * sim's own as a client (unreachable: no node took the connection; connection_lost: the
   * node died while answering; client_timeout).
   */
  error?: { code: string, message: string }
}

export interface NodeFate {
  name: string
  /** Milliseconds after the workload started that it was killed; null when the workload ended first. */
  killedAtMs: number | null
}

export interface RunResult {
  outcomes: QueryOutcome[]
  fates: NodeFate[]
  durationMs: number
}

export interface RunOptions {
  submit: SubmitOrder
  seed: number
  concurrency: number
  signal?: AbortSignal
  /** Told of each query as it ends. */
  onQuery?: (outcome: QueryOutcome) => void
}

/** Node indices chosen for each query, fixed before the run so that failures and concurrency do not change them. */
export function submissionOrder (queries: number, nodes: number, order: SubmitOrder, seed: number): number[] {
  const random = seededRandom(seed + 1)
  return Array.from({ length: queries }, (_, i) => order === 'round-robin' ? i % nodes : Math.floor(random() * nodes))
}

interface ClientError { code: string, message: string }

/** Why fetch failed, as a code: the connection refused, broken off, or timed out. */
function clientError (err: Error): ClientError {
  if (err.name === 'TimeoutError') return { code: 'client_timeout', message: `no answer in ${SIM_QUERY_TIMEOUT_MS / 1000} s` }
  if (err.name === 'AbortError') return { code: 'aborted', message: 'the sim was interrupted' }
  const cause = (err as Error & { cause?: { code?: string, message?: string } }).cause
  if (cause?.code === 'ECONNREFUSED') return { code: 'unreachable', message: cause.message ?? 'connection refused' }
  return { code: 'connection_lost', message: cause?.message ?? err.message }
}

/**
 * Sends each row to its node as a chat completion with model "swarm", `concurrency` at a
 * time, and kills each node with a `failAtSeconds` at that time. A node that refuses the
 * connection (it is dead) hands the query on to the next node, as a client that knows
 * several nodes would.
 */
export async function runWorkload (daemons: LocalDaemon[], nodes: SimNode[], rows: WorkloadRow[], options: RunOptions): Promise<RunResult> {
  const started = performance.now()
  const since = (): number => Math.round(performance.now() - started)
  const names = new Map(daemons.map(d => [d.peerId, d.name]))
  const fates: NodeFate[] = nodes.filter(n => n.failAtSeconds != null).map(n => ({ name: n.name, killedAtMs: null }))
  const timers = nodes.flatMap((node, i) => node.failAtSeconds == null
    ? []
    : [setTimeout(() => {
        void daemons[i].kill('SIGKILL')
        fates.find(f => f.name === node.name)!.killedAtMs = since()
      }, node.failAtSeconds * 1000)])
  const order = submissionOrder(rows.length, daemons.length, options.submit, options.seed)
  const outcomes: QueryOutcome[] = new Array(rows.length)

  const ask = async (index: number): Promise<QueryOutcome> => {
    const row = rows[index]
    const base = { index, id: row.id, category: row.category, plannedNode: daemons[order[index]].name, startedAtMs: since() }
    const t0 = performance.now()
    let failure: ClientError = { code: 'unreachable', message: 'no node to submit to' }
    let tried: string | null = null
    for (let hop = 0; hop < daemons.length; hop++) {
      const daemon = daemons[(order[index] + hop) % daemons.length]
      tried = daemon.name
      try {
        const res = await fetch(`${daemon.api}/v1/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'swarm', messages: [{ role: 'user', content: row.prompt }], max_tokens: SIM_MAX_TOKENS }),
          signal: AbortSignal.any([AbortSignal.timeout(SIM_QUERY_TIMEOUT_MS), ...(options.signal != null ? [options.signal] : [])])
        })
        const body = await res.json().catch(() => null) as any
        const latencyMs = Math.round(performance.now() - t0)
        if (!res.ok || body?.swarm_receipt == null) {
          const error = { code: String(body?.error?.code ?? `http_${res.status}`), message: String(body?.error?.message ?? res.statusText) }
          return { ...base, node: daemon.name, route: 'error', answeredBy: null, model: null, answer: null, correct: false, latencyMs, error }
        }
        const receipt = body.swarm_receipt
        const answer: string = body.choices?.[0]?.message?.content ?? ''
        return {
          ...base,
          node: daemon.name,
          route: receipt.safety?.action === 'refuse' ? 'refused' : receipt.route,
          answeredBy: receipt.answeredBy != null ? names.get(receipt.answeredBy) ?? receipt.answeredBy : null,
          model: receipt.model,
          answer,
          correct: isCorrect(row, answer),
          latencyMs,
          overheadMs: receipt.stages?.overheadMs
        }
      } catch (err) {
        failure = clientError(err as Error)
        // only a refused connection is safe to hand on: a node that died mid-answer may have routed it already
        if (failure.code !== 'unreachable') break
      }
    }
    const node = failure.code === 'unreachable' ? null : tried
    return { ...base, node, route: 'error', answeredBy: null, model: null, answer: null, correct: false, latencyMs: Math.round(performance.now() - t0), error: failure }
  }

  let next = 0
  const worker = async (): Promise<void> => {
    while (next < rows.length && options.signal?.aborted !== true) {
      const index = next++
      outcomes[index] = await ask(index)
      options.onQuery?.(outcomes[index])
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency, rows.length) }, worker))
  } finally {
    for (const timer of timers) clearTimeout(timer)
  }
  return { outcomes: outcomes.filter(o => o != null), fates, durationMs: since() }
}
