import { logger } from '@libp2p/logger'
import { TOPICS } from '@swarm-llm/protocol'
import type { OnlineCalibration } from '../calibration/online.js'
import type { Counters } from '../metrics.js'
import type { Judgement, VerdictSink } from '../routing/judge.js'
import type { Gossip, Received } from './gossip.js'

const log = logger('swarm-llm:verdicts')

export interface SwarmVerdictsComponents {
  gossip: Gossip
  peerId: string
  counters: Counters
  /** This node's model's online calibration, which takes the verdicts on its answers. */
  calibration?: OnlineCalibration
}

/**
 * The cloud's verdicts on peers' answers, over gossip: as a coordinator it sends each query's
 * judgements to the peers it asked; as a peer it labels its own answer with its judgement,
 * only when the verdict comes from the coordinator that asked it (`verdicts_received{labelled}`;
 * others are counted as `unknown`).
 */
export class SwarmVerdicts implements VerdictSink {
  private readonly onMessage = (event: CustomEvent<Received>): void => {
    if (event.detail.kind === 'verdict') this.receive(event.detail)
  }

  constructor (private readonly components: SwarmVerdictsComponents) {}

  start (): void {
    this.components.gossip.addEventListener('message', this.onMessage)
  }

  stop (): void {
    this.components.gossip.removeEventListener('message', this.onMessage)
  }

  send (queryId: string, judgements: Judgement[]): void {
    const { gossip, peerId, counters } = this.components
    gossip.publish(TOPICS.answers, 'verdict', { queryId, origin: peerId, judgements }).then(() => {
      counters.increment('verdicts_sent')
    }, (err: Error) => {
      counters.increment('verdicts_send_failed')
      log('could not send the verdict on %s: %s', queryId, err.message)
    })
  }

  private receive (message: Received & { kind: 'verdict' }): void {
    const { peerId, counters, calibration } = this.components
    const mine = message.body.judgements.find(j => j.responder === peerId)
    if (mine == null) return
    const labelled = calibration?.judge(message.body.queryId, message.from, mine.correct === true) ?? false
    counters.increment('verdicts_received', labelled ? 'labelled' : 'unknown')
  }
}
