import type { Command } from '../command.js'
import { clientOptions } from '../command.js'
import { apiBase, request } from '../client.js'
import { printJson, shortId, table } from '../output.js'

interface PeerView { peerId: string, lastSeenMsAgo: number, capabilities: Record<string, any> }

export const peers: Command = {
  name: 'peers',
  summary: 'list the peers this daemon knows, with their capabilities',
  usage: 'swarm-llm peers [--api-port N] [--json]',
  options: clientOptions,
  async run (values) {
    const list = await request<PeerView[]>(apiBase(values), '/peers')
    if (values.json === true) return printJson(list)
    if (list.length === 0) return console.log('no peers yet')
    console.log(table(['PEER', 'MODEL', 'PARAMS', 'CTX', 'TOK/S', 'QUEUE', 'CLOUD', 'SEEN'],
      list.map(p => [shortId(p.peerId), p.capabilities.modelId, String(p.capabilities.parameterCount),
        String(p.capabilities.contextLength), p.capabilities.tokensPerSecond.toFixed(0), String(p.capabilities.queueDepth),
        p.capabilities.canSummon ? 'yes' : 'no', `${(p.lastSeenMsAgo / 1000).toFixed(1)}s ago`])))
  }
}
