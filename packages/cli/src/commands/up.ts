import type { Command } from '../command.js'
import { MODEL_OPTIONS, POLICY_OPTIONS, resolveUpConfig } from '../config.js'
import { shortId } from '../output.js'

export const up: Command = {
  name: 'up',
  summary: 'run a daemon in the foreground until SIGINT or SIGTERM',
  usage: 'swarm-llm up [flags]   (every flag also has an environment variable and a config file key: see below, or `swarm-llm config`)',
  options: {
    config: { type: 'string' },
    'data-dir': { type: 'string' },
    'swarm-key': { type: 'string' },
    'api-port': { type: 'string' },
    'api-host': { type: 'string' },
    'api-key': { type: 'string' },
    listen: { type: 'string', multiple: true },
    bootstrap: { type: 'string', multiple: true },
    'no-mdns': { type: 'boolean' },
    'peer-ttl-ms': { type: 'string' },
    'announce-interval-ms': { type: 'string' },
    'peer-query-rate': { type: 'string' },
    'peer-query-burst': { type: 'string' },
    ...MODEL_OPTIONS,
    ...POLICY_OPTIONS,
    json: { type: 'boolean', default: false }
  },
  async run (values) {
    const { createDaemon } = await import('@swarm-llm/daemon')
    const config = await resolveUpConfig(values)
    const json = values.json === true
    const say = (event: string, fields: Record<string, unknown>, text: string): void => {
      console.log(json ? JSON.stringify({ event, time: new Date().toISOString(), ...fields }) : text)
    }
    const daemon = createDaemon(config)
    if (!json && process.stdout.isTTY === true && config.model != null) process.stdout.write(`loading ${config.model}…\n`)
    const loading = Date.now()
    await daemon.start()
    if (!json && process.stdout.isTTY === true && config.model != null) process.stdout.write(`ready in ${((Date.now() - loading) / 1000).toFixed(1)} s\n`)
    const addresses = daemon.libp2p.getMultiaddrs().map(a => a.toString())
    const { local, cloud } = daemon.models
    const models = [...(local != null ? [`${local.modelId} (local)`] : []), ...(cloud != null ? [`${cloud.modelId} (cloud)`] : [])]
    say('started', { peerId: daemon.peerId, api: daemon.apiUrl, addresses, models: [local?.modelId, cloud?.modelId].filter(m => m != null) },
      `swarm-llm up: peer ${daemon.peerId}\n  api        ${daemon.apiUrl}/v1 (OpenAI-compatible; model "swarm" lets the swarm decide)` +
      `\n  models     ${models.length > 0 ? models.join(', ') : 'none: this node routes and relays'}\n  listening  ${addresses.join('\n             ')}`)
    if (daemon.createdSwarmKey != null) {
      say('swarm-key:created', { path: daemon.createdSwarmKey }, `  made a new swarm key at ${daemon.createdSwarmKey}: copy this file into the data directory of every other node of this swarm (or pass --swarm-key FILE)`)
    }
    daemon.peers.addEventListener('peer:join', e => {
      say('peer:join', { peerId: e.detail.peerId, modelId: e.detail.capability.modelId }, `+ peer ${shortId(e.detail.peerId)} (${e.detail.capability.modelId})`)
    })
    daemon.peers.addEventListener('peer:leave', e => {
      say('peer:leave', e.detail, `- peer ${shortId(e.detail.peerId)} (${e.detail.reason})`)
    })
    daemon.peers.addEventListener('peer:duplicate', e => {
      say('peer:duplicate', e.detail, `! peer ${e.detail.peerId} is run by ${e.detail.instanceIds.length} processes at once (copied data directory?)`)
    })
    await new Promise<void>(resolve => {
      const stop = (signal: string): void => {
        say('stopping', { signal }, `stopping (${signal})`)
        resolve()
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
    await daemon.stop()
    say('stopped', {}, 'stopped')
  }
}
