import type { Tally } from './aggregate.js'
import type { RouteRun } from './run.js'
import type { Scored } from './score.js'
import { voteOf } from './score.js'
import type { Receipt, Route, RoutedAnswer } from './types.js'

/** What a route adds to the receipt beyond the answer itself. */
export interface FinishExtra {
  summoner?: string
  tally?: Tally
  lowConfidence?: boolean
  degraded?: Receipt['degraded']
}

/** The answer and its receipt: how the run got there, why, who took part, and how long each stage took. */
export function finish (run: RouteRun, route: Route, scored: Scored, reason: string, extra: FinishExtra = {}): RoutedAnswer {
  const self = run.components.nodeId()
  const totalMs = Math.round(performance.now() - run.started)
  if (route === 'cloud') {
    run.modelMs.cloud = scored.result.timings.totalMs
    run.votes.push(voteOf(scored, 'ok', scored.result.timings.totalMs))
  }
  // the models on the path ran one after another: here, then the peers at once, then the cloud
  const modelMs = run.modelMs.local + run.modelMs.peers + run.modelMs.cloud
  const f = scored.figures
  const { budget } = run.settings
  const { tauLocal, tauSwarm } = budget.thresholds()
  const receipt: Receipt = {
    queryId: run.id,
    route,
    node: self,
    answeredBy: scored.node,
    model: scored.model,
    confidence: scored.confidence,
    lowConfidence: extra.lowConfidence ?? false,
    reason,
    degraded: extra.degraded ?? null,
    uncertainty: { meanLogprob: Number.isFinite(f.meanLogprob) ? f.meanLogprob : null, minTokenProb: f.minTokenProb, meanEntropy: f.meanEntropy, tokenCount: f.tokenCount },
    votes: run.votes,
    agreement: extra.tally?.agreement ?? null,
    comparison: run.comparison,
    thresholds: { local: tauLocal, swarm: tauSwarm, targetShare: budget.targetShare ?? null },
    summoner: route === 'cloud' ? (extra.summoner ?? scored.node) : null,
    cloudTokens: route === 'cloud' ? { prompt: scored.result.promptTokens, completion: scored.result.completionTokens } : { prompt: 0, completion: 0 },
    reasoningTokens: scored.result.reasoningTokens ?? 0,
    peers: run.peerNodes,
    timings: { ...scored.result.timings, totalMs },
    stages: { ...run.stages, modelMs, overheadMs: Math.max(0, totalMs - modelMs), totalMs },
    safety: run.safety,
    pii: run.pii
  }
  return { text: scored.result.text, result: scored.result, receipt }
}
