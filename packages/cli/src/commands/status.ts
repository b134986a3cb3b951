import type { Command } from '../command.js'
import { clientOptions } from '../command.js'
import { apiBase, request } from '../client.js'
import { printJson } from '../output.js'

export const status: Command = {
  name: 'status',
  summary: "show this daemon's identity, addresses, model and counters",
  usage: 'swarm-llm status [--api-port N] [--json]',
  options: clientOptions,
  async run (values) {
    const s = await request<Record<string, any>>(apiBase(values), '/status')
    if (values.json === true) return printJson(s)
    const lines = [
      `peer id      ${s.peerId}`,
      `swarm        ${s.swarm}`,
      `model        ${s.capabilities.modelId}`,
      `peers        ${s.peerCount} (connections ${s.connections})`,
      `uptime       ${(s.uptimeMs / 1000).toFixed(0)} s`,
      `addresses    ${(s.addresses as string[]).join('\n             ')}`
    ]
    if (s.duplicateIdentity.self) lines.push('WARNING      another process runs with this identity (copied data directory?)')
    for (const d of s.duplicateIdentity.peers) lines.push(`WARNING      peer ${d.peerId} is run by ${d.instanceIds.length} processes`)
    const rejected = s.counters.gossip_rejected as Record<string, number> | undefined
    if (rejected != null) lines.push(`rejected     ${Object.entries(rejected).map(([k, v]) => `${k} ${v}`).join(', ')}`)
    console.log(lines.join('\n'))
  }
}
