import { CLOUD_ACCURACY_TARGET, REPORTED_SHARES } from '../constants.js'
import type { BenchReport, OperatingPoint, RouterFigures } from './analyse.js'
import type { Estimate } from './stats.js'

const percent = (x: number | null | undefined): string => x == null || Number.isNaN(x) ? '–' : `${(100 * x).toFixed(1)}%`
const estimate = (e: Estimate | undefined): string => e == null || Number.isNaN(e.value) ? '–' : `${percent(e.value)} [${(100 * e.low).toFixed(1)}, ${(100 * e.high).toFixed(1)}]`
const ms = (x: number | undefined): string => x == null || Number.isNaN(x) ? '–' : `${Math.round(x)} ms`
const yes = (met: boolean): string => met ? '**met**' : '**not met**'

function markdownTable (headers: string[], rows: string[][]): string {
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(r => `| ${r.join(' | ')} |`)].join('\n')
}

function point (p: OperatingPoint | null): string {
  return p == null ? 'not reached' : `${percent(p.hardAccuracy.value)} at ${percent(p.share)}`
}

function reach (p: OperatingPoint | null): string {
  return p == null ? 'not reached' : `${percent(p.share)} (hard ${estimate(p.hardAccuracy)})`
}

/** The report as Markdown tables, for people and for docs/results.md. */
export function formatReport (report: BenchReport): string {
  const { setup } = report
  const policy = setup.policy
  const out: string[] = []
  if (report.live.length > 0) {
    // with a cloud target the router moves τ_swarm as it goes: the bench read it at the start
    const summon = policy.cloudTargetShare == null ? `τ_swarm ${policy.tauSwarm}` : `cloud target ${percent(policy.cloudTargetShare)}, τ_swarm ${policy.tauSwarm} at the start`
    out.push(`### The swarm as it ran: model "swarm" through ${setup.coordinator}'s daemon (τ_local ${policy.tauLocal}, ${summon}, vote cap ${policy.maxVoteWeight})`, '')
    out.push(markdownTable(['rows', 'n', 'accuracy [95% CI]', 'local', 'peers', 'cloud', 'latency p50', 'p95', 'overhead p50', 'cloud tokens'],
      report.live.map(g => [g.group, String(g.n), estimate(g.accuracy), percent(g.routes.local), percent(g.routes.peers), percent(g.routes.cloud),
        ms(g.latencyMs.p50), ms(g.latencyMs.p95), ms(g.overheadMs?.p50), String(g.cloudTokens)])))
    out.push('', `Replaying the policy offline from the collected answers sends the same rows to the cloud as the live run on ${percent(report.replayAgreement)} of rows.`, '')
  }
  const withheld = Object.entries(report.withheld)
  if (withheld.length > 0) {
    out.push(`The coordinator's safety policy kept some prompts on its own node, so the models named here got no request and are scored wrong on them: ${withheld.map(([m, n]) => `${m} ${n}`).join(', ')} (both workloads).`, '')
  }
  // categories in the routers table; the row tags (kind, phrasing, …), if any, in a table of their own
  const allGroups = Object.keys(report.routers[0].headline.accuracy).filter(g => g !== 'all')
  const groups = allGroups.filter(g => !g.includes('='))
  const tags = allGroups.filter(g => g.includes('='))
  out.push(`### Routers on the same ${report.rows.scored} queries`, '',
    'Threshold routers at the threshold fitted on the fit workload to spend at most a 25% cloud share, random escalation at the full policy\'s share; ' +
    'accuracy with 95% bootstrap intervals. ' +
    'Latency is measured only where the route ran live (each model named through the coordinator, and the live swarm run).', '')
  out.push(markdownTable(['router', 'cloud share', 'accuracy', ...groups, 'cloud tokens', 'latency p50 / p95'],
    report.routers.map(r => [r.label, percent(r.headline.share), estimate(r.headline.accuracy.all), ...groups.map(g => estimate(r.headline.accuracy[g])),
      String(r.headline.cloudTokens), r.headline.latencyMs != null ? `${ms(r.headline.latencyMs.p50)} / ${ms(r.headline.latencyMs.p95)}` : '–'])))
  if (tags.length > 0) {
    out.push('', '### By row tag', '', 'Accuracy of each router (at the same thresholds as above) on the rows with each tag; n rows in brackets.', '')
    out.push(markdownTable(['tag', ...report.routers.map(r => r.label)],
      tags.map(tag => [`${tag} (${report.routers[0].headline.accuracy[tag].n})`, ...report.routers.map(r => percent(r.headline.accuracy[tag]?.value))])))
  }
  const target = CLOUD_ACCURACY_TARGET * report.cloudOnlyHard.scored
  out.push('', '### Hard accuracy against cloud share', '',
    `Cloud only answers ${percent(report.cloudOnlyHard.scored)} of hard queries here (${percent(report.cloudOnlyHard.fit)} on the fit workload); ` +
    `95% of it is ${percent(target)}. Each threshold is fitted on the fit workload (the least cloud that reaches 95% of cloud-only there; the most cloud within each share) ` +
    'and applied here, with the share it then sends and the hard accuracy it reaches; random escalation takes each share exactly. ' +
    `The full policy has three thresholds: each of its points fits τ_local, τ_swarm and the vote cap together, with ${setup.coordinator} coordinating (the settings are listed under Thresholds), and its curve is the most any setting reaches at each share. ` +
    'The last three columns read the same off this workload\'s own sweep: hindsight, which no deployed router has.', '')
  const curveRouters = report.routers.filter(r => r.id !== 'swarm-live')
  out.push(markdownTable(['router', 'cloud share to reach 95% of cloud-only', ...REPORTED_SHARES.map(s => `hard accuracy at ${percent(s)} share`),
    'hindsight: share to reach', ...REPORTED_SHARES.map(s => `hindsight: at ${percent(s)}`)],
  curveRouters.map((r: RouterFigures) => [r.label, reach(r.reach), ...REPORTED_SHARES.map(s => point(r.budgets[String(s)])),
    r.readout.reach == null ? 'not reached' : percent(r.readout.reach.share), ...REPORTED_SHARES.map(s => percent(r.readout.budgets[String(s)]?.hardAccuracy))])))
  const t = report.targets
  const ratio = (a: number | null, b: number | null): string => a == null || b == null || b === 0 ? '–' : (a / b).toFixed(2)
  out.push('', '### Targets', '',
    t.swarm == null
      ? '- The swarm never reaches 95% of cloud-only hard accuracy on the fit workload.'
      : `- The threshold that reaches 95% of cloud-only hard accuracy on the fit workload sends ${percent(t.swarm)} of queries to the cloud here` +
        (t.swarmReached ? ' and reaches it here too.' : `, but reaches only ${percent(report.routers.find(r => r.id === 'swarm')?.reach?.hardAccuracy.value)} here (target ${percent(target)}).`),
    `- At most 1.25 × the oracle's share (${percent(t.oracle)}, the queries no edge model answers right): ratio ${ratio(t.swarm, t.oracle)}, ${yes(t.withinOracle && t.swarmReached)}.`,
    `- At most 0.7 × the single-model cascade's share (${t.cascade == null ? 'the cascade never reaches it' : percent(t.cascade)}): ratio ${ratio(t.swarm, t.cascade)}, ${yes(t.belowCascade && t.swarmReached)}.`)
  const f = report.fittedPolicy
  const r = report.reachPolicy
  const setting = (p: { tauLocal: number, tauSwarm: number, maxVoteWeight: number }): string => `τ_local ${p.tauLocal}, τ_swarm ${Number(p.tauSwarm.toPrecision(3))}, vote cap ${p.maxVoteWeight}`
  const swarm = report.routers.find(r => r.id === 'swarm')
  const points = swarm == null
    ? []
    : [['to reach 95% of cloud-only', swarm.reach] as const, ...REPORTED_SHARES.map(s => [`at most ${percent(s)} in the cloud`, swarm.budgets[String(s)]] as const)]
        .map(([what, p]) => `${what}: ${p?.policy == null ? 'no setting' : setting(p.policy)}`)
  out.push('', '### Thresholds', '',
    f == null
      ? 'No setting of the grid keeps the cloud share within 25% on the fit workload.'
      : `Fitted on the fit workload (${report.rows.fit} rows; best mean accuracy with at most a 25% cloud share, each edge model coordinating in turn): ` +
        `${setting(f)} (accuracy ${percent(f.accuracy)}, hard ${percent(f.hardAccuracy)}, cloud ${percent(f.cloudShare)}). ` +
        `In force at the coordinator: ${setting(policy)}.`,
    '', r == null
      ? 'No setting of the grid reaches 95% of cloud-only hard accuracy on the fit workload with each edge model coordinating in turn.'
      : `The least cloud that reaches 95% of cloud-only hard accuracy on the fit workload, each edge model coordinating in turn: ${setting(r)} ` +
        `(hard ${percent(r.hardAccuracy)}, cloud ${percent(r.cloudShare)}).`,
    ...(points.length > 0 ? ['', `The full policy's operating points above, fitted with ${setup.coordinator} coordinating: ${points.join('; ')}.`] : []),
    '', `The prompt-only router was trained on ${report.promptRouter.trainedOn} rows of the fit workload, labelled as RouteLLM labels its data: ${report.promptRouter.positives} of them ` +
      'are answered right by the cloud and wrong by the swarm on the LAN; ' +
      `its heaviest features towards the cloud: ${report.promptRouter.strongest.map(s => `${s.feature} (${s.weight.toFixed(2)})`).join(', ')}.`,
    '', `Seed ${report.seed}; ${report.bootstrapSamples} bootstrap resamples per interval.`)
  return out.join('\n') + '\n'
}
