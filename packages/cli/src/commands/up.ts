import { Counters, createDaemon } from '@swarm-llm/daemon'
import type { Command } from '../command.js'
import { MODEL_OPTIONS, resolveUpConfig } from '../config.js'
import { loadModels } from '../serving.js'
import { shortId } from '../output.js'

export const up: Command = {
  name: 'up',
  summary: 'run a daemon in the foreground until SIGINT or SIGTERM',
  usage: 'swarm-llm up [--data-dir DIR] [--swarm-key FILE] [--api-port N] [--listen MULTIADDR]... [--bootstrap MULTIADDR]... [--no-mdns] [--model FILE] [--threads N] [--cloud-base-url URL --cloud-model NAME] [--config FILE] [--json]',
  options: {
    config: { type: 'string' },
    'data-dir': { type: 'string' },
    'swarm-key': { type: 'string' },
    'api-port': { type: 'string' },
    'api-host': { type: 'string' },
    listen: { type: 'string', multiple: true },
    bootstrap: { type: 'string', multiple: true },
    'no-mdns': { type: 'boolean' },
    'peer-ttl-ms': { type: 'string' },
    'announce-interval-ms': { type: 'string' },
    ...MODEL_OPTIONS,
    json: { type: 'boolean', default: false }
  },
  async run (values) {
    const config = await resolveUpConfig(values)
    const json = values.json === true
    const say = (event: string, fields: Record<string, unknown>, text: string): void => {
      console.log(json ? JSON.stringify({ event, time: new Date().toISOString(), ...fields }) : text)
    }
    const serving = await loadModels(config)
    const counters = new Counters()
    let peerId: string | null = null
    const daemon = createDaemon(config, {
      model: serving.local?.info,
      queueDepth: () => serving.local?.queueDepth() ?? 0,
      canSummon: serving.cloud != null,
      counters,
      routes: serving.answerers.length > 0 ? serving.routes(() => peerId, counters) : undefined
    })
    try {
      await daemon.start()
      peerId = daemon.peerId
    } catch (err) {
      await serving.dispose()
      throw err
    }
    const addresses = daemon.libp2p.getMultiaddrs().map(a => a.toString())
    const models = serving.answerers.map(a => `${a.backend.info.modelId} (${a.route})`)
    say('started', { peerId: daemon.peerId, api: daemon.apiUrl, addresses, models: serving.answerers.map(a => a.backend.info.modelId) },
      `swarm-llm up: peer ${daemon.peerId}\n  api        ${daemon.apiUrl}${models.length > 0 ? `/v1 (OpenAI-compatible)\n  models     ${models.join(', ')}` : ''}\n  listening  ${addresses.join('\n             ')}`)
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
    await serving.dispose()
    say('stopped', {}, 'stopped')
  }
}
