// A liar member of the swarm, for the liar bench and test: a libp2p node that holds the swarm
// key, announces a model like any edge daemon, and answers every query it is asked with one
// wrong answer at confidence 1.0. Several liars share that answer, as one attacker's throwaway
// identities would. Not a daemon: an adversary.
import { generateKeyPair } from '@libp2p/crypto/keys'
import { multiaddr } from '@multiformats/multiaddr'
import { createSwarmNode, readSwarmKey } from '@swarm-llm/daemon'
import { decodeMessage, encodeMessage, PROTOCOL_VERSION, Status, TOPICS } from '@swarm-llm/protocol'

/** What every liar answers. */
export const LIE = 'Vorlund'
const ANNOUNCE_MS = 500

/** Starts a liar that dials `bootstrap` (a daemon's multiaddrs); resolves to it, with `stop()` and `answered` (how many queries it lied to). */
export async function startLiar (swarmKeyFile, bootstrap, name = 'liar') {
  const node = await createSwarmNode({
    privateKey: await generateKeyPair('Ed25519'),
    instanceId: name,
    swarmKey: await readSwarmKey(swarmKeyFile),
    listen: ['/ip4/127.0.0.1/tcp/0'],
    mdns: false,
    mdnsIntervalMs: 1000,
    maxMessageBytes: 1024 * 1024
  })
  await node.start()
  const me = node.peerId.toString()
  const pubsub = node.services.pubsub
  const liar = { node, peerId: me, answered: 0, stop: async () => { clearInterval(timer); await node.stop() } }
  const announce = () => pubsub.publish(TOPICS.capabilities, encodeMessage('capability', {
    modelId: `${name}-edge`, modelFamily: 'llama', parameterCount: 1_000_000, quantisation: 'F16', contextLength: 512, tokensPerSecond: 500,
    queueDepth: 0, canSummon: false, cloudModelId: '', softwareVersion: '0.1.0', protocolVersion: PROTOCOL_VERSION, instanceId: name,
    announceIntervalMs: ANNOUNCE_MS, addresses: node.getMultiaddrs().map(a => a.toString())
  })).catch(() => {})
  pubsub.addEventListener('message', e => {
    let message
    try { message = decodeMessage(e.detail.data) } catch { return }
    if (message.kind !== 'query') return
    const query = message.body
    if (query.targets.length > 0 && !query.targets.includes(me)) return
    liar.answered++
    pubsub.publish(TOPICS.answers, encodeMessage('answer', {
      queryId: query.id, responder: me, origin: query.origin, status: Status.STATUS_OK, text: LIE, modelId: `${name}-edge`,
      uncertainty: { confidence: 1, meanLogprob: 0, minTokenProb: 1, meanEntropy: 0, tokenCount: 1 }
    })).catch(() => {})
  })
  for (const topic of Object.values(TOPICS)) pubsub.subscribe(topic)
  for (const address of bootstrap) await node.dial(multiaddr(address)).catch(() => {})
  const timer = setInterval(announce, ANNOUNCE_MS)
  await announce()
  return liar
}
