import type { Counters } from '../metrics.js'
import type { TraceLog } from './trace.js'
import type { Receipt, RouteRequest } from './types.js'

/** Decisions a router remembers for dashboards. */
export const RECENT_DECISIONS = 50

/** One routed query as the dashboard's feed shows it. */
export interface Decision {
  time: string
  prompt?: string
  receipt: Receipt
}

export interface ObserveComponents {
  counters: Counters
  trace?: TraceLog
  /** The feed's memory, oldest first; trimmed to RECENT_DECISIONS. */
  recent: Decision[]
  /** Put the prompt in the decision. */
  sharePrompts: boolean
}

/**
 * Everything a routed query leaves behind: its counters and stage timings in the metrics,
 * its line in the trace, and its decision in the feed, which is returned for the event.
 */
export function observe (request: RouteRequest, receipt: Receipt, components: ObserveComponents): Decision {
  count(components.counters, receipt)
  const prompt = promptOf(request)
  components.trace?.write(prompt, receipt)
  const decision: Decision = { time: new Date().toISOString(), ...(components.sharePrompts ? { prompt } : {}), receipt }
  components.recent.push(decision)
  if (components.recent.length > RECENT_DECISIONS) components.recent.shift()
  return decision
}

function count (counters: Counters, receipt: Receipt): void {
  counters.increment('queries', `${receipt.route}/${receipt.lowConfidence ? 'low-confidence' : 'ok'}`)
  const s = receipt.stages
  const stages: Array<[string, number | null]> = [['queue', receipt.timings.queueMs], ['local', s.localMs], ['collaboration', s.collaborationMs], ['summon', s.summonMs], ['total', s.totalMs]]
  for (const [stage, ms] of stages) if (ms != null) counters.stageSeconds.observe({ stage }, ms / 1000)
  for (const vote of receipt.votes) if (vote.confidence != null) counters.confidence.observe({ model: counters.bounded('model', vote.model) }, vote.confidence)
  if (receipt.route === 'cloud') {
    counters.increment('cloud_tokens', 'prompt', receipt.cloudTokens.prompt)
    counters.increment('cloud_tokens', 'completion', receipt.cloudTokens.completion)
  }
}

/** The conversation as one text, for the trace and the feed. */
export function promptOf (request: RouteRequest): string {
  return request.generate.messages.map(m => `${m.role}: ${m.content}`).join('\n')
}
