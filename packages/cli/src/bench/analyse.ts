import { isCorrect } from '@swarm-llm/daemon/workload'
import { CLOUD_ACCURACY_TARGET, DEFAULT_BENCH_SEED, DEFAULT_BOOTSTRAP_SAMPLES, DEFAULT_FIT_MAX_SHARE, REPORTED_SHARES } from '../constants.js'
import { asCurvePoint, bestOf, envelope, fitPolicy, policyGrid } from './fit.js'
import type { FitObjective, FittedPolicy } from './fit.js'
import { figuresByGroup, groupsOf } from './groups.js'
import type { GroupFigures } from './groups.js'
import { PromptRouter } from './prompt-router.js'
import { lanAnswer, routerDefinitions } from './replay.js'
import type { RouterContext, RouterDefinition, RouterRow } from './replay.js'
import { bootstrapAccuracy, quantile } from './stats.js'
import type { Estimate } from './stats.js'
import { atShare, cheapestReaching, decide, sweep } from './sweep.js'
import type { CurvePoint } from './sweep.js'
import type { Collected, Sample, SwarmSetup } from './types.js'

/** A threshold chosen on the fit workload and applied to the workload reported on. */
export interface OperatingPoint {
  threshold: number
  /** The point that chose the threshold: on the fit workload, except for random escalation, which needs no labels to hit a share and takes it on the reported workload. */
  fit: CurvePoint
  /** Share of rows sent to the cloud on the reported workload. */
  share: number
  hardAccuracy: Estimate
  /** The full policy's operating points fit all three of its thresholds: the setting chosen. */
  policy?: { tauLocal: number, tauSwarm: number, maxVoteWeight: number }
}

export interface RouterFigures {
  id: string
  label: string
  kind: 'point' | 'curve'
  /** Its one point; for a threshold router the point fitted for a 25% cloud share, and for random escalation the full policy's share. */
  headline: { threshold: number, share: number, accuracy: Record<string, Estimate>, cloudTokens: number, latencyMs?: { p50: number, p95: number } }
  /** The point fitted to reach 95% of cloud-only hard accuracy with the least cloud. */
  reach: OperatingPoint | null
  /** The points fitted for each reported cloud share, by share. */
  budgets: Record<string, OperatingPoint | null>
  /** The same questions answered on the reported curve itself: hindsight, which no deployed router has. */
  readout: { reach: CurvePoint | null, budgets: Record<string, CurvePoint | null> }
  /** The threshold sweep on the reported workload. */
  curve: CurvePoint[]
}

export interface BenchReport {
  setup: SwarmSetup
  rows: { fit: number, scored: number }
  seed: number
  bootstrapSamples: number
  /** The policy fitted on the fit workload (best accuracy within a 25% cloud share), next to the one in force. */
  fittedPolicy: FittedPolicy | null
  /** The policy fitted on the fit workload to reach 95% of cloud-only hard accuracy with the least cloud. */
  reachPolicy: FittedPolicy | null
  /** The full policy as it ran on the swarm, by group. */
  live: GroupFigures[]
  /** Requests to a named model that the coordinator's safety policy withheld (no answer, scored wrong), by model. */
  withheld: Record<string, number>
  /** Share of rows where replaying the policy offline sends the row to the cloud exactly when the live run did. */
  replayAgreement: number
  cloudOnlyHard: { fit: number, scored: number }
  routers: RouterFigures[]
  targets: Targets
  /** The prompt-only router: rows it learned from, how many of them the cloud turns from wrong to right, its heaviest features. */
  promptRouter: { trainedOn: number, positives: number, strongest: Array<{ feature: string, weight: number }> }
}

export interface Targets {
  /** Cloud shares each router needs to reach 95% of cloud-only hard accuracy; null when it does not. */
  swarm: number | null
  oracle: number | null
  cascade: number | null
  /** Whether the swarm's fitted point reached the target on the reported workload too. */
  swarmReached: boolean
  /** swarm ≤ 1.25 × oracle. */
  withinOracle: boolean
  /** swarm ≤ 0.7 × cascade. */
  belowCascade: boolean
}

export interface AnalyseOptions {
  seed?: number
  bootstrapSamples?: number
}

function accuracies (rows: RouterRow[], right: boolean[], options: { seed: number, samples: number }): Record<string, Estimate> {
  return Object.fromEntries(groupsOf(rows.map(r => r.row)).map(({ group, rows: members }) => [group, bootstrapAccuracy(members.map(i => right[i]), options)]))
}

function operatingPoint (rows: RouterRow[], chosen: CurvePoint | undefined, hardRows: number[], options: { seed: number, samples: number }): OperatingPoint | null {
  if (chosen == null) return null
  const decided = decide(rows, chosen.threshold)
  return {
    threshold: chosen.threshold,
    fit: chosen,
    share: decided.filter(d => d.escalated).length / rows.length,
    hardAccuracy: bootstrapAccuracy(hardRows.map(i => decided[i].right), options)
  }
}

/** Replays every router on both workloads and gathers the figures the report shows. */
export function analyse (collected: Collected, options: AnalyseOptions = {}): BenchReport {
  const seed = options.seed ?? DEFAULT_BENCH_SEED
  const stats = { seed, samples: options.bootstrapSamples ?? DEFAULT_BOOTSTRAP_SAMPLES }
  const { setup, fit, scored } = collected
  const policy = { coordinator: setup.coordinator, edges: setup.edges, tauLocal: setup.policy.tauLocal, maxVoteWeight: setup.policy.maxVoteWeight }
  // as RouteLLM labels its data: a prompt is worth the cloud when the cloud's answer is right and the LAN's is not
  const gains = (s: Sample): boolean => isCorrect(s.row, s.replies[setup.cloud].text) && !isCorrect(s.row, lanAnswer(s, policy).text)
  const promptRouter = PromptRouter.train(fit.map(s => ({ prompt: s.row.prompt, label: gains(s) })))
  const context: RouterContext = { setup, policy, promptRouter, seed }
  const hardOf = (samples: Sample[]): number[] => samples.flatMap((s, i) => s.row.category === 'hard' ? [i] : [])
  const cloudHard = (samples: Sample[]): number => {
    const hard = hardOf(samples)
    return hard.filter(i => isCorrect(samples[i].row, samples[i].replies[setup.cloud].text)).length / hard.length
  }
  const cloudOnlyHard = { fit: cloudHard(fit), scored: cloudHard(scored) }
  const hardScored = hardOf(scored)

  // the full policy has three thresholds (τ_local, τ_swarm, vote cap): each of its operating
  // points fits all three on the fit workload, with this run's coordinator, and replays that setting here
  const grid = (samples: Sample[]): FittedPolicy[] => policyGrid(samples, [setup.coordinator], setup.edges, setup.cloud, true)
  const swarmGrid = { fit: grid(fit), scored: grid(scored) }
  const swarmRows = (definition: RouterDefinition, chosen: FittedPolicy): RouterRow[] =>
    definition.rows(scored, { ...context, policy: { ...policy, tauLocal: chosen.tauLocal, maxVoteWeight: chosen.maxVoteWeight } })
  const swarmPoint = (definition: RouterDefinition, objective: FitObjective): OperatingPoint | null => {
    const chosen = bestOf(swarmGrid.fit, objective)
    if (chosen == null) return null
    const { tauLocal, tauSwarm, maxVoteWeight } = chosen
    return { ...operatingPoint(swarmRows(definition, chosen), asCurvePoint(chosen), hardScored, stats)!, policy: { tauLocal, tauSwarm, maxVoteWeight } }
  }
  const target = { fit: CLOUD_ACCURACY_TARGET * cloudOnlyHard.fit, scored: CLOUD_ACCURACY_TARGET * cloudOnlyHard.scored }

  let swarmShare = DEFAULT_FIT_MAX_SHARE
  const routers = routerDefinitions(setup).map((definition: RouterDefinition): RouterFigures => {
    const swarm = definition.id === 'swarm'
    const headlineSetting = swarm ? bestOf(swarmGrid.fit, { maxShare: DEFAULT_FIT_MAX_SHARE, metric: 'hardAccuracy' }) : undefined
    // the full policy's points come from its grid; its sweep of the fit rows is needed only when no setting fits a quarter
    const fitCurve = headlineSetting != null ? [] : sweep(definition.rows(fit, context))
    const rows = headlineSetting != null ? swarmRows(definition, headlineSetting) : definition.rows(scored, context)
    // the full policy's curve: the most any setting of its thresholds reaches at each share
    const curve = swarm ? envelope(swarmGrid.scored) : sweep(rows)
    // random escalation needs no labels to hit a share, so it takes its shares exactly here, the full policy's among them
    const random = definition.id === 'random'
    const budgets = Object.fromEntries(REPORTED_SHARES.map(share => [String(share), swarm
      ? swarmPoint(definition, { maxShare: share, metric: 'hardAccuracy' })
      : operatingPoint(rows, atShare(random ? curve : fitCurve, share), hardScored, stats)]))
    const headlinePoint = definition.kind === 'point'
      ? curve[curve.length - 1]
      : headlineSetting != null
        ? asCurvePoint(headlineSetting)
        : (random ? atShare(curve, swarmShare) : atShare(fitCurve, DEFAULT_FIT_MAX_SHARE)) ?? curve[0]
    const decided = decide(rows, headlinePoint.threshold)
    if (swarm) swarmShare = decided.filter(d => d.escalated).length / rows.length
    const latencies = definition.id.startsWith('edge:') ? scored.map(s => s.replies[definition.id.slice(5)].latencyMs) : definition.id === 'cloud' ? scored.map(s => s.replies[setup.cloud].latencyMs) : undefined
    return {
      id: definition.id,
      label: definition.label,
      kind: definition.kind,
      headline: {
        threshold: headlinePoint.threshold,
        share: decided.filter(d => d.escalated).length / rows.length,
        accuracy: accuracies(rows, decided.map(d => d.right), stats),
        cloudTokens: rows.reduce((sum, r, i) => sum + (decided[i].escalated ? r.cloudTokens : 0), 0),
        ...(latencies != null ? { latencyMs: { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95) } } : {})
      },
      reach: swarm ? swarmPoint(definition, { hardAccuracy: target.fit }) : operatingPoint(rows, cheapestReaching(fitCurve, target.fit), hardScored, stats),
      budgets,
      readout: {
        reach: cheapestReaching(curve, target.scored) ?? null,
        budgets: Object.fromEntries(REPORTED_SHARES.map(share => [String(share), atShare(curve, share) ?? null]))
      },
      curve
    }
  })

  const live = scored.every(s => s.swarm != null) ? figuresByGroup(scored, s => s.swarm!, stats) : []
  const replayed = scored.map(s => lanAnswer(s, context.policy).score < setup.policy.tauSwarm)
  const replayAgreement = live.length === 0 ? Number.NaN : scored.filter((s, i) => (s.swarm!.route === 'cloud') === replayed[i]).length / scored.length
  if (live.length > 0) routers.splice(routers.findIndex(r => r.id === 'swarm') + 1, 0, liveRouter(scored, stats))

  const byId = (id: string): RouterFigures => routers.find(r => r.id === id)!
  const shareOf = (r: RouterFigures): number | null => r.reach?.share ?? null
  const [swarm, oracle, cascade] = [shareOf(byId('swarm')), shareOf(byId('oracle')), shareOf(byId('cascade'))]
  const swarmReach = byId('swarm').reach
  return {
    setup,
    rows: { fit: fit.length, scored: scored.length },
    seed,
    bootstrapSamples: stats.samples,
    fittedPolicy: fitPolicy(fit, setup.edges, setup.edges, setup.cloud, { maxShare: DEFAULT_FIT_MAX_SHARE }) ?? null,
    reachPolicy: fitPolicy(fit, setup.edges, setup.edges, setup.cloud, { hardAccuracy: target.fit }) ?? null,
    live,
    replayAgreement,
    withheld: withheldCounts([...fit, ...scored]),
    cloudOnlyHard,
    routers,
    targets: {
      swarm,
      oracle,
      cascade,
      swarmReached: swarmReach != null && swarmReach.hardAccuracy.value >= CLOUD_ACCURACY_TARGET * cloudOnlyHard.scored - 1e-9,
      withinOracle: swarm != null && oracle != null && swarm <= 1.25 * oracle + 1e-9,
      // a cascade that never reaches the target needs more than any share: the swarm is below it if it reaches at all
      belowCascade: swarm != null && (cascade == null || swarm <= 0.7 * cascade + 1e-9)
    },
    promptRouter: { trainedOn: fit.length, positives: fit.filter(gains).length, strongest: promptRouter.strongest(8) }
  }
}

/** The full policy as it ran on the swarm, as a row of the router table. */
function liveRouter (scored: Sample[], stats: { seed: number, samples: number }): RouterFigures {
  const right = scored.map(s => isCorrect(s.row, s.swarm!.text))
  const latencies = scored.map(s => s.swarm!.latencyMs)
  const share = scored.filter(s => s.swarm!.route === 'cloud').length / scored.length
  return {
    id: 'swarm-live',
    label: 'swarm + cloud, live run',
    kind: 'point',
    headline: {
      threshold: Number.NaN,
      share,
      accuracy: Object.fromEntries(groupsOf(scored.map(s => s.row)).map(({ group, rows }) => [group, bootstrapAccuracy(rows.map(i => right[i]), stats)])),
      cloudTokens: scored.reduce((sum, s) => sum + s.swarm!.cloudTokens, 0),
      latencyMs: { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95) }
    },
    reach: null,
    budgets: {},
    readout: { reach: null, budgets: {} },
    curve: []
  }
}

function withheldCounts (samples: Sample[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const s of samples) {
    for (const [model, reply] of Object.entries(s.replies)) if (reply.withheld != null) counts[model] = (counts[model] ?? 0) + 1
  }
  return counts
}
