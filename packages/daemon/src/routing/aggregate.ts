import { canonicalJson } from '../inference/structured.js'
import type { GenerateRequest, ToolCall } from '../inference/types.js'
import { isRefusal, normalise } from '../workload/scoring.js'

/** One model's answer as a vote: who gave it, what it said, how sure its calibrated confidence is. */
export interface Ballot {
  node: string
  model: string
  text: string
  /** Calibrated confidence in [0, 1], as the answering node's own calibration map gives it. */
  confidence: number
  /** The tool calls the answer made, if any. */
  toolCalls?: ToolCall[]
}

/**
 * How answers are compared: `text` by answerKey; `json` by the JSON with its keys sorted;
 * `tool-call` by each call's name and canonical arguments (a text answer by its answerKey).
 */
export type Comparison = 'text' | 'json' | 'tool-call'

export interface CountedBallot extends Ballot {
  /** The answer as it was compared with the others. */
  key: string
  /** What the vote weighed: its confidence, capped. */
  weight: number
}

export interface Tally {
  /** The winning answer's key; undefined when nobody answered. */
  key?: string
  /** The winning ballot given the most weight: its text is the answer returned. */
  best?: CountedBallot
  ballots: CountedBallot[]
  /** The swarm's confidence in the winner: its weight over the larger of the total weight and 1. */
  confidence: number
  /** Share of all weight behind the winner, in [0, 1]. */
  agreement: number
}

export interface TallyOptions {
  /** Most one ballot weighs. */
  maxVoteWeight: number
  /** Defaults to `text`. */
  comparison?: Comparison
  /** What a node's vote is multiplied by (its reputation), in [0, 1]. Defaults to 1 for every node. */
  trust?: (node: string) => number
  /** Nodes not yet proven; their votes together weigh at most `maxUnprovenWeight`. Defaults to none. */
  unproven?: (node: string) => boolean
  /** Defaults to no bound. */
  maxUnprovenWeight?: number
}

/** The comparison a request calls for: tool calls when tools may be called, JSON for a JSON response format. */
export function comparisonOf (request: Pick<GenerateRequest, 'tools' | 'toolChoice' | 'responseFormat'>): Comparison {
  if (request.tools != null && request.tools.length > 0 && request.toolChoice !== 'none') return 'tool-call'
  if (request.responseFormat != null) return 'json'
  return 'text'
}

/** Canonical JSON of a JSON text; '' (counted as no answer) when it is not JSON. */
function jsonKey (text: string): string {
  try {
    return canonicalJson(JSON.parse(text))
  } catch {
    return ''
  }
}

/** The key a ballot is compared by, as `comparison` says. */
export function ballotKey (ballot: Pick<Ballot, 'text' | 'toolCalls'>, comparison: Comparison = 'text'): string {
  if (comparison === 'json') return jsonKey(ballot.text)
  if (comparison === 'tool-call' && ballot.toolCalls != null && ballot.toolCalls.length > 0) {
    return `<tools>${ballot.toolCalls.map(c => `${c.name}(${jsonKey(c.arguments)})`).join(';')}`
  }
  return answerKey(ballot.text)
}

/** Every refusal counts as the same answer, however it is worded. */
export const REFUSAL_KEY = '<refusal>'

const SHORT_ANSWER = [
  /^(?:the )?(?:final )?answer(?: is)?\s*[:=]?\s*(.+)$/,
  /^(?:it is|it's|that is|that's)\s+(.+)$/,
  /^.*?\bis\s+([^\s]+)$/
]

/**
 * The key an answer is compared by: the scoring normalisation (case, white space, quotes,
 * trailing punctuation), then the short answer pulled out of a sentence ("The answer is 42."
 * is "42"), numbers written one way ("1,000.0" is "1000"), and every refusal as one key.
 */
export function answerKey (text: string): string {
  if (isRefusal(text)) return REFUSAL_KEY
  let key = normalise(text)
  for (const pattern of SHORT_ANSWER) {
    const match = key.match(pattern)
    // only when what is left is short: a sentence is not a short answer
    if (match != null && match[1].split(' ').length <= 3) { key = match[1]; break }
  }
  key = key.replace(/[.,;:!?]+$/, '').trim()
  const number = key.replace(/(?<=\d),(?=\d{3}\b)/g, '')
  if (/^[-+]?\d+(\.\d+)?$/.test(number)) return String(Number(number))
  return key
}

/**
 * Confidence-weighted voting. Each ballot weighs its calibrated confidence, capped at
 * `maxVoteWeight` and multiplied by its node's `trust`; the unproven nodes' ballots together
 * weigh at most `maxUnprovenWeight`; ballots with the same key add up, and the heaviest key wins.
 *
 * The swarm's confidence divides the winner's weight by the total weight, or by 1 when
 * the total is smaller: a lone unsure answer (0.3 of 0.3) stays unsure instead of becoming
 * unanimous, and a confident answer outvoted by dissent loses confidence in proportion.
 */
export function tally (ballots: Ballot[], options: TallyOptions): Tally {
  const counted: CountedBallot[] = ballots.map(b => ({
    ...b,
    key: ballotKey(b, options.comparison),
    weight: Math.min(Math.max(Number.isFinite(b.confidence) ? b.confidence : 0, 0), options.maxVoteWeight) * Math.min(1, Math.max(0, options.trust?.(b.node) ?? 1))
  }))
  boundUnproven(counted, options)
  const usable = counted.filter(b => b.key !== '')
  if (usable.length === 0) return { ballots: counted, confidence: 0, agreement: 0 }
  const weights = new Map<string, number>()
  for (const b of usable) weights.set(b.key, (weights.get(b.key) ?? 0) + b.weight)
  // heaviest key; ties go to more ballots, then to the most confident single ballot
  const support = (key: string): [number, number, number] => {
    const mine = usable.filter(b => b.key === key)
    return [weights.get(key)!, mine.length, Math.max(...mine.map(b => b.confidence))]
  }
  const key = [...weights.keys()].sort((x, y) => {
    const [a, b] = [support(x), support(y)]
    return b[0] - a[0] || b[1] - a[1] || b[2] - a[2]
  })[0]
  const total = usable.reduce((sum, b) => sum + b.weight, 0)
  const winner = weights.get(key)!
  const best = usable.filter(b => b.key === key).sort((a, b) => b.confidence - a.confidence)[0]
  return {
    key,
    best,
    ballots: counted,
    confidence: winner / Math.max(total, 1),
    agreement: total > 0 ? winner / total : 0
  }
}

/** Scales the unproven ballots down together so that they weigh at most `maxUnprovenWeight`: many fresh identities count as one member. */
function boundUnproven (counted: CountedBallot[], options: TallyOptions): void {
  const { unproven, maxUnprovenWeight } = options
  if (unproven == null || maxUnprovenWeight == null) return
  const fresh = counted.filter(b => unproven(b.node))
  const total = fresh.reduce((sum, b) => sum + b.weight, 0)
  if (total <= maxUnprovenWeight) return
  for (const b of fresh) b.weight *= maxUnprovenWeight / total
}
