import type { RouterRow } from './replay.js'

/** How a router does at one threshold. */
export interface CurvePoint {
  /** Rows whose score is below it go to the cloud. */
  threshold: number
  /** Share of all rows sent to the cloud. */
  share: number
  /** Share of hard rows answered right; NaN without hard rows. */
  hardAccuracy: number
  /** Share of all rows answered right. */
  accuracy: number
}

/** Whether each row goes to the cloud at `threshold`, and whether its answer is then right. */
export function decide (rows: RouterRow[], threshold: number): Array<{ escalated: boolean, right: boolean }> {
  return rows.map(r => {
    const escalated = r.score < threshold
    return { escalated, right: escalated ? r.cloudRight : r.fallbackRight }
  })
}

/** The router at one threshold. */
export function pointAt (rows: RouterRow[], threshold: number): CurvePoint {
  const decided = decide(rows, threshold)
  const hard = decided.filter((_, i) => rows[i].row.category === 'hard')
  return {
    threshold,
    share: decided.filter(d => d.escalated).length / rows.length,
    hardAccuracy: hard.length === 0 ? Number.NaN : hard.filter(d => d.right).length / hard.length,
    accuracy: decided.filter(d => d.right).length / rows.length
  }
}

/**
 * Every distinct operating point of a router: one threshold at each distinct finite score (rows
 * strictly below it escalate, so the lowest sends none) and one at +∞, which sends every row
 * with a finite score. Ordered by share.
 */
export function sweep (rows: RouterRow[]): CurvePoint[] {
  const thresholds = [...new Set(rows.map(r => r.score).filter(Number.isFinite)), Number.POSITIVE_INFINITY].sort((a, b) => a - b)
  return thresholds.map(t => pointAt(rows, t)).sort((a, b) => a.share - b.share || a.threshold - b.threshold)
}

const EPSILON = 1e-9

/**
 * The point that spends the most of a cloud share without going over it (the more accurate on
 * a tie): what a router gives when it is allowed `share` of queries in the cloud. Undefined
 * when every point sends more.
 */
export function atShare (curve: CurvePoint[], share: number): CurvePoint | undefined {
  let best: CurvePoint | undefined
  for (const p of curve) {
    if (p.share > share + EPSILON) continue
    if (best == null || p.share > best.share + EPSILON || (Math.abs(p.share - best.share) <= EPSILON && p.hardAccuracy > best.hardAccuracy)) best = p
  }
  return best
}

/** The smallest cloud share whose hard accuracy is at least `accuracy` (the more accurate on a tie); undefined when none reaches it. */
export function cheapestReaching (curve: CurvePoint[], accuracy: number): CurvePoint | undefined {
  let best: CurvePoint | undefined
  for (const p of curve) {
    if (!(p.hardAccuracy >= accuracy - EPSILON)) continue
    if (best == null || p.share < best.share - EPSILON || (Math.abs(p.share - best.share) <= EPSILON && p.hardAccuracy > best.hardAccuracy)) best = p
  }
  return best
}
