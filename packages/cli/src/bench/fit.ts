import { isCorrect } from '@swarm-llm/daemon/workload'
import { lanAnswer } from './replay.js'
import type { CurvePoint } from './sweep.js'
import type { Sample } from './types.js'

const steps = (from: number, to: number, step: number): number[] =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100)

/**
 * The grid the policy's thresholds are fitted over. A τ_local of 1 is above every calibration
 * map's ceiling: the coordinator always asks its peers. τ_local runs from high to low, so that
 * of settings that do equally well the fit keeps the one that asks peers more often.
 */
export const POLICY_GRID = {
  tauLocal: [1, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5],
  tauSwarm: steps(0.05, 0.95, 0.05),
  maxVoteWeight: [0.6, 0.75, 0.9]
}

/**
 * What a fit asks for: the best accuracy (or hard accuracy) within a cloud share, or the least
 * cloud that reaches a hard accuracy.
 */
export type FitObjective = { maxShare: number, metric?: 'accuracy' | 'hardAccuracy' } | { hardAccuracy: number }

export interface FittedPolicy {
  tauLocal: number
  tauSwarm: number
  maxVoteWeight: number
  /** Means over the coordinators the fit ran with, on the workload it was fitted on. */
  accuracy: number
  hardAccuracy: number
  cloudShare: number
}

/**
 * The full policy with every setting of its thresholds on the grid, replayed on `samples` with
 * each coordinator in turn. With `exact`, τ_swarm also takes every distinct swarm confidence
 * the rows produce (and 0, which sends nothing), so that a single coordinator's curve has every
 * point a sweep would find; the round grid alone suits defaults that people read.
 */
export function policyGrid (samples: Sample[], coordinators: string[], edges: string[], cloud: string, exact = false): FittedPolicy[] {
  const settings: FittedPolicy[] = []
  for (const tauLocal of POLICY_GRID.tauLocal) {
    for (const maxVoteWeight of POLICY_GRID.maxVoteWeight) {
      // the LAN answer does not depend on τ_swarm: work it out once per coordinator
      const lan = coordinators.map(coordinator => samples.map(s => {
        const answer = lanAnswer(s, { coordinator, edges, tauLocal, maxVoteWeight })
        return { score: answer.score, right: isCorrect(s.row, answer.text), cloudRight: isCorrect(s.row, s.replies[cloud].text), hard: s.row.category === 'hard' }
      }))
      const scores = exact ? lan.flatMap(rows => rows.map(r => r.score)).filter(x => Number.isFinite(x) && x >= 0 && x <= 1) : []
      const tauSwarms = exact ? [...new Set([0, ...POLICY_GRID.tauSwarm, ...scores])].sort((a, b) => a - b) : POLICY_GRID.tauSwarm
      for (const tauSwarm of tauSwarms) {
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
        settings.push({ tauLocal, tauSwarm, maxVoteWeight, accuracy: mean('accuracy'), hardAccuracy: mean('hardAccuracy'), cloudShare: mean('cloudShare') })
      }
    }
  }
  return settings
}

const EPSILON = 1e-9

/**
 * Fits the policy's three thresholds (τ_local, τ_swarm, vote cap) for an objective: over the
 * grid, the policy is replayed with each of `coordinators` in turn, and the setting whose means
 * best meet the objective wins. For a cloud share, the best accuracy (all rows, or hard ones)
 * within it (the smaller share on a tie); for a hard accuracy, the least cloud that reaches it
 * (the more accurate on a tie). Earlier settings of the grid win remaining ties. Undefined when
 * no setting qualifies.
 */
export function fitPolicy (samples: Sample[], coordinators: string[], edges: string[], cloud: string, objective: FitObjective): FittedPolicy | undefined {
  return bestOf(policyGrid(samples, coordinators, edges, cloud), objective)
}

/** The setting that best meets the objective among those given; undefined when none qualifies. */
export function bestOf (settings: FittedPolicy[], objective: FitObjective): FittedPolicy | undefined {
  let best: FittedPolicy | undefined
  for (const s of settings) {
    if ('maxShare' in objective) {
      if (s.cloudShare > objective.maxShare + EPSILON) continue
      const metric = objective.metric ?? 'accuracy'
      if (best == null || s[metric] > best[metric] + EPSILON || (Math.abs(s[metric] - best[metric]) <= EPSILON && s.cloudShare < best.cloudShare - EPSILON)) best = s
    } else {
      if (!(s.hardAccuracy >= objective.hardAccuracy - EPSILON)) continue
      if (best == null || s.cloudShare < best.cloudShare - EPSILON || (Math.abs(s.cloudShare - best.cloudShare) <= EPSILON && s.hardAccuracy > best.hardAccuracy + EPSILON)) best = s
    }
  }
  return best
}

/** A fitted setting as a point of a curve: its τ_swarm is the threshold. */
export function asCurvePoint (policy: FittedPolicy): CurvePoint {
  return { threshold: policy.tauSwarm, share: policy.cloudShare, hardAccuracy: policy.hardAccuracy, accuracy: policy.accuracy }
}

/**
 * The most any setting of the grid reaches at each cloud share: the upper envelope of the
 * settings' points (hard accuracy against share), ordered by share.
 */
export function envelope (settings: FittedPolicy[]): CurvePoint[] {
  const points = settings.map(asCurvePoint).sort((a, b) => a.share - b.share || b.hardAccuracy - a.hardAccuracy)
  const kept: CurvePoint[] = []
  for (const p of points) if (kept.length === 0 || p.hardAccuracy > kept[kept.length - 1].hardAccuracy + EPSILON) kept.push(p)
  return kept
}
