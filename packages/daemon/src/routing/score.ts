import { confidenceOf } from '../inference/calibration.js'
import { uncertaintyOf } from '../inference/uncertainty.js'
import type { UncertaintyFigures } from '../inference/uncertainty.js'
import type { GenerateResult } from '../inference/types.js'
import type { Answerer, VoteView } from './types.js'

/** A model's answer, weighed. */
export interface Scored {
  node: string
  model: string
  result: GenerateResult
  confidence: number
  figures: UncertaintyFigures
}

/**
 * Weighs a result: remote nodes report their calibrated confidence; local ones get this
 * model's calibration. `self` names this node in the ballot.
 */
export function score (result: GenerateResult, self: string, answerer?: Answerer): Scored {
  if (result.remote != null) return { node: result.remote.node, model: result.modelId, result, confidence: result.remote.confidence, figures: result.remote.figures }
  const figures = uncertaintyOf(result.tokens)
  return { node: self, model: result.modelId, result, confidence: confidenceOf(figures, answerer?.calibration), figures }
}

/** A scored answer as the receipt lists it; its weight is set once the votes are tallied. */
export function voteOf (scored: Scored, status: VoteView['status'], latencyMs: number): VoteView {
  return { node: scored.node, model: scored.model, status, answer: scored.result.text, confidence: scored.confidence, weight: null, latencyMs }
}
