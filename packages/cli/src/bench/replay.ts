import { isCorrect } from '@swarm-llm/daemon/workload'
import { tally } from '@swarm-llm/daemon/aggregate'
import type { PromptRouter } from './prompt-router.js'
import { uniformOf } from './stats.js'
import type { BenchRow, Sample, SwarmSetup } from './types.js'

/**
 * One row as a router sees it, replayed offline from the collected replies: the router sends
 * the row to the cloud when `score` is below its threshold, and otherwise answers on the LAN.
 */
export interface RouterRow {
  row: BenchRow
  score: number
  /** Whether the router's answer without the cloud is right. */
  fallbackRight: boolean
  cloudRight: boolean
  /** Prompt and completion tokens the cloud call costs. */
  cloudTokens: number
}

/** What the full policy needs to be replayed: who coordinates, and its thresholds. */
export interface PolicyReplay {
  coordinator: string
  edges: string[]
  tauLocal: number
  maxVoteWeight: number
}

/** The LAN part of the policy for one row: its answer, and the score below which τ_swarm sends it to the cloud. */
export function lanAnswer (sample: Sample, policy: PolicyReplay): { text: string, route: 'local' | 'peers', score: number } {
  const own = sample.replies[policy.coordinator]
  if (own.confidence >= policy.tauLocal) return { text: own.text, route: 'local', score: Number.POSITIVE_INFINITY }
  const counted = tally(policy.edges.map(model => ({ node: model, model, text: sample.replies[model].text, confidence: sample.replies[model].confidence })),
    { maxVoteWeight: policy.maxVoteWeight })
  // no usable answer at all goes to the cloud whatever τ_swarm is, as in the router
  if (counted.best == null) return { text: '', route: 'peers', score: -1 }
  return { text: counted.best.text, route: 'peers', score: counted.confidence }
}

export interface RouterContext {
  setup: SwarmSetup
  policy: PolicyReplay
  /** The prompt-only router, trained on the fit workload. */
  promptRouter: PromptRouter
  /** Seed of the random router. */
  seed: number
}

/** A router to compare: `point` routers have one operating point, `curve` routers a threshold. */
export interface RouterDefinition {
  id: string
  label: string
  kind: 'point' | 'curve'
  rows: (samples: Sample[], context: RouterContext) => RouterRow[]
}

const right = (sample: Sample, text: string): boolean => isCorrect(sample.row, text)
const cloudOf = (sample: Sample, context: RouterContext): { cloudRight: boolean, cloudTokens: number } => {
  const reply = sample.replies[context.setup.cloud]
  return { cloudRight: right(sample, reply.text), cloudTokens: reply.cloudTokens }
}
const NEVER = Number.POSITIVE_INFINITY
const ALWAYS = Number.NEGATIVE_INFINITY

/** A router that answers on the LAN as the full policy does and escalates by `score`. */
function onLan (sample: Sample, context: RouterContext, score: (lan: ReturnType<typeof lanAnswer>) => number): RouterRow {
  const lan = lanAnswer(sample, context.policy)
  return { row: sample.row, score: score(lan), fallbackRight: right(sample, lan.text), ...cloudOf(sample, context) }
}

/** The routers compared, in the order they are reported. */
export function routerDefinitions (setup: SwarmSetup): RouterDefinition[] {
  const edges: RouterDefinition[] = setup.edges.map(model => ({
    id: `edge:${model}`,
    label: `${model} alone`,
    kind: 'point',
    rows: (samples, context) => samples.map(s => ({ row: s.row, score: NEVER, fallbackRight: right(s, s.replies[model].text), ...cloudOf(s, context) }))
  }))
  return [
    ...edges,
    { id: 'swarm-lan', label: 'swarm, no cloud', kind: 'point', rows: (samples, context) => samples.map(s => onLan(s, context, () => NEVER)) },
    { id: 'swarm', label: 'swarm + cloud (full policy)', kind: 'curve', rows: (samples, context) => samples.map(s => onLan(s, context, lan => lan.score)) },
    { id: 'cloud', label: 'cloud only', kind: 'point', rows: (samples, context) => samples.map(s => ({ row: s.row, score: ALWAYS, fallbackRight: false, ...cloudOf(s, context) })) },
    {
      id: 'cascade',
      label: `cascade: ${setup.coordinator} → cloud`,
      kind: 'curve',
      rows: (samples, context) => samples.map(s => {
        const own = s.replies[setup.coordinator]
        return { row: s.row, score: own.confidence, fallbackRight: right(s, own.text), ...cloudOf(s, context) }
      })
    },
    { id: 'random', label: 'random escalation', kind: 'curve', rows: (samples, context) => samples.map(s => onLan(s, context, () => uniformOf(s.row.id, context.seed))) },
    { id: 'prompt', label: 'prompt-only router', kind: 'curve', rows: (samples, context) => samples.map(s => onLan(s, context, () => 1 - context.promptRouter.predict(s.row.prompt))) },
    {
      id: 'oracle',
      label: 'oracle',
      kind: 'point',
      // summons exactly the rows no edge model answers right, and takes a right edge answer wherever there is one
      rows: (samples, context) => samples.map(s => {
        const anyRight = setup.edges.some(model => right(s, s.replies[model].text))
        return { row: s.row, score: anyRight ? NEVER : ALWAYS, fallbackRight: anyRight, ...cloudOf(s, context) }
      })
    }
  ]
}
