import { tally } from './aggregate.js'
import type { Ballot, Comparison, Tally } from './aggregate.js'
import type { Reputation } from './reputation.js'
import type { Scored } from './score.js'
import type { VoteView } from './types.js'

export interface VoteOptions {
  maxVoteWeight: number
  /** The peers' records with the cloud; this node's own ballot is always trusted. */
  reputation?: Reputation
  maxUnprovenWeight: number
  /** Defaults to `text`. */
  comparison?: Comparison
}

/**
 * Tallies the scored answers, each peer's vote scaled by its reputation and the unproven
 * peers' together bounded, and writes each counted ballot's weight into its vote.
 */
export function countVotes (scored: Scored[], votes: VoteView[], options: VoteOptions): Tally {
  const ballots: Ballot[] = scored.map(b => ({ node: b.node, model: b.model, text: b.result.text, confidence: b.confidence, ...(b.result.toolCalls != null ? { toolCalls: b.result.toolCalls } : {}) }))
  const peers = new Set(scored.filter(b => b.result.remote != null).map(b => b.node))
  const { reputation } = options
  const counted = tally(ballots, {
    maxVoteWeight: options.maxVoteWeight,
    trust: reputation != null ? node => peers.has(node) ? reputation.weight(node) : 1 : undefined,
    unproven: reputation != null ? node => peers.has(node) && !reputation.proven(node) : undefined,
    maxUnprovenWeight: options.maxUnprovenWeight,
    comparison: options.comparison
  })
  for (const b of counted.ballots) {
    const vote = votes.find(v => v.node === b.node && v.status === 'ok')
    if (vote != null) vote.weight = b.weight
  }
  return counted
}
