// One daemon of the gossip latency benchmark, run as its own process by gossip-latency.mjs.
import { createDaemon } from '@swarm-llm/daemon'
import { Role, TOPICS } from '@swarm-llm/protocol'

const [dataDir, swarmKeyFile, ...bootstrap] = process.argv.slice(2)
const daemon = createDaemon({ dataDir, swarmKeyFile, apiPort: 0, listen: ['/ip4/127.0.0.1/tcp/0'], bootstrap, mdns: false, announceIntervalMs: 500 })
await daemon.start()
daemon.pubsub.addEventListener('message', e => {
  if (e.detail.kind === 'query') process.send({ type: 'delivered', id: e.detail.body.id, latencyMs: Date.now() - e.detail.body.deadlineMs })
})
process.on('message', async message => {
  if (message.type === 'peers') process.send({ type: 'peers', count: daemon.peers.size })
  if (message.type === 'publish') {
    // deadlineMs carries the send time, so receivers on this machine can compute the latency
    await daemon.pubsub.publish(TOPICS.queries, 'query', {
      id: message.id, origin: daemon.peerId, messages: [{ role: Role.ROLE_USER, content: 'ping' }], deadlineMs: Date.now()
    })
  }
  if (message.type === 'stop') { await daemon.stop(); process.exit(0) }
})
process.send({ type: 'started', addresses: daemon.libp2p.getMultiaddrs().map(a => a.toString()) })
