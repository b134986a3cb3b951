import type { Command } from '../command.js'
import { clientOptions } from '../command.js'
import { apiBase, request } from '../client.js'
import { printJson } from '../output.js'

export const status: Command = {
  name: 'status',
  summary: "show this daemon's identity, addresses, model, routing state and counters",
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
    const cloud = s.routing?.cloud
    if (s.routing != null) {
      lines.push(`routing      τ_local ${s.routing.tauLocal} · τ_swarm ${Number(cloud.tauSwarm).toFixed(3)} · cloud share ${cloud.windowShare == null ? '-' : cloud.windowShare.toFixed(2)} over the last ${cloud.window} queries` +
        `${cloud.targetShare != null ? ` (target ${cloud.targetShare})` : ''} · ${cloud.callsLeftThisMinute} cloud calls left this minute`)
    }
    const counters = Object.entries(s.counters as Record<string, Record<string, number>>)
    if (counters.length > 0) lines.push('counters')
    for (const [name, series] of counters) {
      lines.push(`  ${name.padEnd(20)} ${Object.entries(series).map(([label, n]) => label === '' ? String(n) : `${label} ${n}`).join(', ')}`)
    }
    console.log(lines.join('\n'))
  }
}
