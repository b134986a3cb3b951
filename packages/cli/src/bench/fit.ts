import { isCorrect } from '@swarm-llm/daemon/workload'
import { lanAnswer } from './replay.js'
import type { Sample } from './types.js'

/** The grid the policy's thresholds are fitted over. */
const GRID = {
  tauLocal: [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95],
  tauSwarm: [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7],
  maxVoteWeight: [0.6, 0.75, 0.9]
}

export interface FittedPolicy {
  tauLocal: number
  tauSwarm: number
  maxVoteWeight: number
  /** Means over the edge models taking turns as coordinator, on the fit workload. */
  accuracy: number
  hardAccuracy: number
  cloudShare: number
}

/**
 * Fits the policy's thresholds for a target cloud share: over a grid of τ_local, τ_swarm and
 * vote caps, the policy is replayed with each edge model as coordinator in turn (the defaults
 * serve whichever node receives a query), and the setting with the best mean accuracy whose
 * mean cloud share is at most `maxShare` wins (the smaller share on a tie). Undefined when no
 * setting stays within the share.
 */
export function fitPolicy (samples: Sample[], edges: string[], cloud: string, maxShare: number): FittedPolicy | undefined {
  let best: FittedPolicy | undefined
  for (const tauLocal of GRID.tauLocal) {
    for (const maxVoteWeight of GRID.maxVoteWeight) {
      // the LAN answer does not depend on τ_swarm: work it out once per coordinator
      const lan = edges.map(coordinator => samples.map(s => {
        const answer = lanAnswer(s, { coordinator, edges, tauLocal, maxVoteWeight })
        return { score: answer.score, right: isCorrect(s.row, answer.text), cloudRight: isCorrect(s.row, s.replies[cloud].text), hard: s.row.category === 'hard' }
      }))
      for (const tauSwarm of GRID.tauSwarm) {
        const runs = lan.map(rows => {
          const escalated = rows.map(r => r.score < tauSwarm)
          const right = rows.map((r, i) => escalated[i] ? r.cloudRight : r.right)
          const hard = rows.map((r, i) => ({ hard: r.hard, right: right[i] })).filter(r => r.hard)
          return {
            accuracy: right.filter(Boolean).length / rows.length,
            hardAccuracy: hard.filter(r => r.right).length / Math.max(hard.length, 1),
            cloudShare: escalated.filter(Boolean).length / rows.length
          }
        })
        const mean = (key: 'accuracy' | 'hardAccuracy' | 'cloudShare'): number => runs.reduce((sum, r) => sum + r[key], 0) / runs.length
        const candidate = { tauLocal, tauSwarm, maxVoteWeight, accuracy: mean('accuracy'), hardAccuracy: mean('hardAccuracy'), cloudShare: mean('cloudShare') }
        if (candidate.cloudShare > maxShare + 1e-9) continue
        if (best == null || candidate.accuracy > best.accuracy + 1e-9 || (Math.abs(candidate.accuracy - best.accuracy) <= 1e-9 && candidate.cloudShare < best.cloudShare)) best = candidate
      }
    }
  }
  return best
}
