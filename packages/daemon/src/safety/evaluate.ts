import type { SafetyVerdict } from './types.js'

/** What `safety check` reports on labelled prompts. */
export interface SafetyFigures {
  n: number
  /** Flagged share of the unsafe rows; null when there are none. */
  recall: number | null
  /** Flagged share of the safe rows; null when there are none. */
  falseFlagRate: number | null
  /** Unsafe share of the flagged rows; null when nothing was flagged. */
  precision: number | null
}

/** Recall over unsafe rows, false-flag rate over safe rows, precision over flagged rows. */
export function evaluateVerdicts (labels: Array<'safe' | 'unsafe'>, verdicts: SafetyVerdict[]): SafetyFigures {
  let tp = 0
  let fp = 0
  let unsafe = 0
  let safe = 0
  labels.forEach((label, i) => {
    if (label === 'unsafe') { unsafe++; if (verdicts[i].flagged) tp++ } else { safe++; if (verdicts[i].flagged) fp++ }
  })
  return {
    n: labels.length,
    recall: unsafe > 0 ? tp / unsafe : null,
    falseFlagRate: safe > 0 ? fp / safe : null,
    precision: tp + fp > 0 ? tp / (tp + fp) : null
  }
}
