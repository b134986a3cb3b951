import { logger } from '@libp2p/logger'
import { isRefusal, normalise } from '../workload/scoring.js'
import type { RouteRun } from './run.js'
import type { Scored } from './score.js'

const log = logger('swarm-llm:routing')

/** One judged answer, as a verdict carries it to the peer that gave it. */
export interface Judgement {
  responder: string
  correct: boolean
}

/** Where a coordinator's verdicts go: to the peers whose answers they judge. */
export interface VerdictSink {
  send: (queryId: string, judgements: Judgement[]) => void
}

/**
 * Whether an answer agrees with the cloud's, by the workload scoring's rules: the same text
 * once normalised, or both refusals.
 */
export function agreesWith (cloud: string, answer: string): boolean {
  if (isRefusal(cloud)) return isRefusal(answer)
  return !isRefusal(answer) && normalise(answer) === normalise(cloud)
}

/**
 * The cloud answered a query the swarm answered too: its answer labels every ballot. This
 * node's own answer goes into its model's online calibration; each peer's goes into that
 * peer's reputation here, and to the peer as a verdict, for its own calibration.
 */
export function judge (run: RouteRun, cloud: Scored): void {
  try {
    label(run, cloud)
  } catch (err) {
    // labelling is bookkeeping: it never costs the query its answer
    log.error('could not label the answers to %s: %s', run.id, (err as Error).message)
  }
}

function label (run: RouteRun, cloud: Scored): void {
  const { calibration, reputation, verdicts, counters } = run.components
  const judgements: Judgement[] = []
  for (const ballot of run.ballots) {
    const correct = agreesWith(cloud.result.text, ballot.result.text)
    counters.increment('labels', correct ? 'agreed' : 'disagreed')
    if (ballot.result.remote == null) {
      calibration?.label({ figures: ballot.figures, confidence: ballot.confidence, correct })
    } else {
      reputation?.record(ballot.node, ballot.confidence, correct)
      judgements.push({ responder: ballot.node, correct })
    }
  }
  if (judgements.length > 0) verdicts?.send(run.id, judgements)
}
