import { tally } from './aggregate.js'
import type { Ballot, Comparison, Tally } from './aggregate.js'
import type { Scored } from './score.js'
import type { VoteView } from './types.js'

/** Tallies the scored answers and writes each counted ballot's weight into its vote. */
export function countVotes (scored: Scored[], votes: VoteView[], maxVoteWeight: number, comparison: Comparison = 'text'): Tally {
  const ballots: Ballot[] = scored.map(b => ({ node: b.node, model: b.model, text: b.result.text, confidence: b.confidence, ...(b.result.toolCalls != null ? { toolCalls: b.result.toolCalls } : {}) }))
  const counted = tally(ballots, { maxVoteWeight, comparison })
  for (const b of counted.ballots) {
    const vote = votes.find(v => v.node === b.node && v.status === 'ok')
    if (vote != null) vote.weight = b.weight
  }
  return counted
}
