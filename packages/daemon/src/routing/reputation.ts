import { DEFAULT_PROVEN_LABELS, MAX_REPUTATIONS, REPUTATION_PRIOR_BRIER, REPUTATION_PRIOR_LABELS } from './constants.js'

/** What `/peers` and `/status` show of one peer's record with the cloud. */
export interface ReputationView {
  /** Labelled answers: how often the cloud judged this peer's answers. */
  labels: number
  /** Of them, how many agreed with the cloud. */
  agreed: number
  /** Mean squared gap between the confidence it claimed and whether it was right. */
  brier: number | null
  /** What its vote is multiplied by, in [0, 1]. */
  weight: number
  /** It has DEFAULT_PROVEN_LABELS labels; until then its vote shares the bound on unproven peers. */
  proven: boolean
}

export interface ReputationInit {
  /** Defaults to DEFAULT_PROVEN_LABELS. */
  provenLabels?: number
}

/**
 * Each peer's record with the cloud: every time the cloud answers a query a peer answered too,
 * the peer's claimed confidence is scored against whether it agreed (a Brier score, starting
 * from a benefit of the doubt worth REPUTATION_PRIOR_LABELS labels). Its vote is multiplied by
 * 1 − 2 × that score, clipped to [0, 1]: a calibrated peer keeps most of its weight whether it
 * is often right or often unsure, and one that claims confidence 1.0 on wrong answers loses all
 * of it within a few labels.
 */
export class Reputation {
  private readonly records = new Map<string, { labels: number, agreed: number, squaredError: number }>()

  constructor (private readonly init: ReputationInit = {}) {}

  /** The cloud judged `node`'s answer, given with `confidence`. */
  record (node: string, confidence: number, correct: boolean): void {
    const record = this.records.get(node) ?? { labels: 0, agreed: 0, squaredError: 0 }
    this.records.delete(node)
    record.labels++
    if (correct) record.agreed++
    const claimed = Number.isFinite(confidence) ? Math.min(1, Math.max(0, confidence)) : 1
    record.squaredError += (claimed - (correct ? 1 : 0)) ** 2
    // the most recently judged stay; the longest unjudged go first
    this.records.set(node, record)
    if (this.records.size > MAX_REPUTATIONS) this.records.delete(this.records.keys().next().value!)
  }

  /** What `node`'s vote is multiplied by. */
  weight (node: string): number {
    const record = this.records.get(node)
    const labels = record?.labels ?? 0
    const brier = ((record?.squaredError ?? 0) + REPUTATION_PRIOR_LABELS * REPUTATION_PRIOR_BRIER) / (labels + REPUTATION_PRIOR_LABELS)
    return Math.min(1, Math.max(0, 1 - 2 * brier))
  }

  proven (node: string): boolean {
    return (this.records.get(node)?.labels ?? 0) >= (this.init.provenLabels ?? DEFAULT_PROVEN_LABELS)
  }

  view (node: string): ReputationView {
    const record = this.records.get(node)
    return {
      labels: record?.labels ?? 0,
      agreed: record?.agreed ?? 0,
      brier: record != null && record.labels > 0 ? record.squaredError / record.labels : null,
      weight: this.weight(node),
      proven: this.proven(node)
    }
  }

  /** Every judged peer's record. */
  toJSON (): Record<string, ReputationView> {
    return Object.fromEntries([...this.records.keys()].map(node => [node, this.view(node)]))
  }
}
