import type { WorkloadRow } from '@swarm-llm/daemon/workload'
import { seededRandom } from '../bench/stats.js'

/** `count` rows in a seeded random order: every row once before any row twice. */
export function sampleRows (rows: WorkloadRow[], count: number, seed: number): WorkloadRow[] {
  const random = seededRandom(seed)
  const out: WorkloadRow[] = []
  while (out.length < count) {
    const deck = [...rows]
    for (let i = deck.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [deck[i], deck[j]] = [deck[j], deck[i]]
    }
    out.push(...deck.slice(0, count - out.length))
  }
  return out
}
