import { DaemonHttpError, request } from '../client.js'
import type { BenchRow, Reply, Route, Sample, SwarmReply, SwarmSetup } from './types.js'

/** Most tokens a reply may take: every study answer is a few words. */
const MAX_TOKENS = 32

/** Reads the swarm as its coordinator sees it: its own model, the edge models, the cloud model, the policy in force. */
export async function readSetup (api: string): Promise<SwarmSetup> {
  const status = await request<any>(api, '/status')
  const models = (await request<{ data: Array<{ id: string, owned_by: string }> }>(api, '/v1/models')).data
  const coordinator = status.capabilities?.modelId
  if (typeof coordinator !== 'string' || coordinator === '') throw new Error(`the coordinator at ${api} hosts no model; the bench needs one that does`)
  const edges = models.filter(m => m.owned_by !== 'cloud' && m.id !== 'swarm').map(m => m.id).sort()
  const cloud = models.filter(m => m.owned_by === 'cloud').map(m => m.id)
  if (cloud.length !== 1) throw new Error(`the bench needs exactly one cloud model in the swarm, not ${cloud.length} (${cloud.join(', ')})`)
  if (edges.length < 2) throw new Error(`the bench needs at least two edge models in the swarm, not ${edges.join(', ')}`)
  const routing = status.routing
  return {
    coordinator,
    edges,
    cloud: cloud[0],
    policy: { tauLocal: routing.tauLocal, tauSwarm: routing.cloud.tauSwarm, maxVoteWeight: routing.maxVoteWeight, cloudTargetShare: routing.cloud.targetShare ?? null }
  }
}

/** A reply, or why the coordinator's policy kept the prompt from that model (a safety policy that keeps it on this node). */
type Completion = { body: any, latencyMs: number } | { withheld: string, latencyMs: number }

async function complete (api: string, model: string, prompt: string): Promise<Completion> {
  const body = { model, messages: [{ role: 'user', content: prompt }], max_tokens: MAX_TOKENS }
  for (let attempt = 1; ; attempt++) {
    const started = performance.now()
    try {
      const completion = await request<any>(api, '/v1/chat/completions', body)
      return { body: completion, latencyMs: performance.now() - started }
    } catch (err) {
      if (err instanceof DaemonHttpError && err.code === 'route_unavailable') return { withheld: err.message, latencyMs: performance.now() - started }
      // a busy model or a dropped summon is worth one more try; a second failure is real
      if (attempt >= 2) throw new Error(`${model} failed on "${prompt}": ${(err as Error).message}`)
      await new Promise(resolve => setTimeout(resolve, 500))
    }
  }
}

function replyOf (completion: Completion): Reply {
  const latencyMs = Math.round(completion.latencyMs * 10) / 10
  // withheld: no answer, so scored wrong; the query stayed on the coordinator
  if ('withheld' in completion) return { text: '', confidence: 0, latencyMs, route: 'local', cloudTokens: 0, withheld: completion.withheld }
  const { body } = completion
  const receipt = body.swarm_receipt
  return {
    text: body.choices[0].message.content ?? '',
    confidence: receipt.confidence,
    latencyMs,
    route: receipt.route as Route,
    cloudTokens: receipt.cloudTokens.prompt + receipt.cloudTokens.completion
  }
}

export interface CollectOptions {
  /** Also send each row to the full policy (model "swarm"). */
  swarm: boolean
  /** Called after each row. */
  onRow?: (done: number, row: BenchRow) => void
}

/**
 * Sends every row to every model by name through the coordinator, then (with `swarm`) to the
 * full policy. One request at a time, so that each latency is the query's own, not a queue's.
 */
export async function collect (api: string, setup: SwarmSetup, rows: BenchRow[], options: CollectOptions): Promise<Sample[]> {
  const samples: Sample[] = []
  for (const [i, row] of rows.entries()) {
    const replies: Record<string, Reply> = {}
    for (const model of [...setup.edges, setup.cloud]) {
      replies[model] = replyOf(await complete(api, model, row.prompt))
    }
    let swarm: SwarmReply | undefined
    if (options.swarm) {
      const completion = await complete(api, 'swarm', row.prompt)
      if ('withheld' in completion) throw new Error(`the swarm could not route "${row.prompt}": ${completion.withheld}`)
      const receipt = completion.body.swarm_receipt
      swarm = { ...replyOf(completion), overheadMs: receipt.stages.overheadMs, lowConfidence: receipt.lowConfidence, degraded: receipt.degraded }
    }
    samples.push({ row, replies, ...(swarm != null ? { swarm } : {}) })
    options.onRow?.(i + 1, row)
  }
  return samples
}
