/**
 * Area under the ROC curve: the probability that a randomly chosen positive scores higher
 * than a randomly chosen negative (ties count half). NaN when either class is empty.
 */
export function auroc (scores: number[], positive: boolean[]): number {
  const pos = scores.filter((_, i) => positive[i])
  const neg = scores.filter((_, i) => !positive[i])
  if (pos.length === 0 || neg.length === 0) return Number.NaN
  let wins = 0
  for (const p of pos) {
    for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0
  }
  return wins / (pos.length * neg.length)
}
