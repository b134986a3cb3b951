import { ECE_BINS } from './constants.js'

/** A confidence and whether the answer was right. */
export interface Outcome {
  confidence: number
  correct: boolean
}

/** Mean squared error of confidence against correctness: 0 is perfect; null with no outcomes. */
export function brierScore (outcomes: Outcome[]): number | null {
  if (outcomes.length === 0) return null
  return outcomes.reduce((sum, o) => sum + (o.confidence - (o.correct ? 1 : 0)) ** 2, 0) / outcomes.length
}

/**
 * Expected calibration error: the confidences in ECE_BINS equal-width bins, and the mean gap
 * between each bin's mean confidence and its accuracy, weighted by the bin's share. Null with
 * no outcomes.
 */
export function expectedCalibrationError (outcomes: Outcome[], bins = ECE_BINS): number | null {
  if (outcomes.length === 0) return null
  const sums = Array.from({ length: bins }, () => ({ n: 0, confidence: 0, correct: 0 }))
  for (const o of outcomes) {
    const bin = sums[Math.min(bins - 1, Math.max(0, Math.floor(o.confidence * bins)))]
    bin.n++
    bin.confidence += o.confidence
    bin.correct += o.correct ? 1 : 0
  }
  return sums.reduce((sum, b) => b.n === 0 ? sum : sum + (b.n / outcomes.length) * Math.abs(b.confidence / b.n - b.correct / b.n), 0)
}
