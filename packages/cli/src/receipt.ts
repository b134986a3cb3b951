import { paint, ROUTE_STYLE, shortId } from './output.js'

const fixed = (n: number | null | undefined, digits = 3): string => n == null ? 'n/a' : n.toFixed(digits)
const ms = (n: number | null | undefined): string => n == null ? '-' : `${n} ms`

/** A routing receipt for people: the route and why, the votes, the thresholds, the stages. */
export function formatReceipt (r: any): string {
  const lines = [`— ${paint(ROUTE_STYLE[r.route] ?? 'bold', r.route)} answer by ${r.model}${r.answeredBy != null ? ` on ${shortId(r.answeredBy)}` : ''}${r.lowConfidence === true ? paint('red', ' (LOW CONFIDENCE)') : ''}`]
  if (r.reason != null) lines.push(`  why        ${r.reason}`)
  if (r.degraded != null) lines.push(`  degraded   ${r.degraded}`)
  if (r.safety != null) lines.push(`  safety     ${r.safety.category} (score ${fixed(r.safety.score)}, ${r.safety.classifier}) → ${r.safety.action}`)
  if (r.pii != null && r.pii.found > 0) lines.push(`  personal   ${r.pii.found} item(s): ${r.pii.types.join(', ')}${r.pii.redacted ? ' · redacted before the cloud' : ''}${r.pii.keptInLan ? ' · kept in the LAN' : ''}`)
  lines.push(`  confidence ${fixed(r.confidence)}${r.reasoningTokens > 0 ? ` (over the answer; ${r.reasoningTokens} thought tokens before it)` : ''}${r.agreement != null ? ` · agreement ${fixed(r.agreement, 2)}` : ''} · thresholds τ_local ${fixed(r.thresholds?.local, 2)}, τ_swarm ${fixed(r.thresholds?.swarm)}` +
    (r.thresholds?.targetShare != null ? `, cloud target ${r.thresholds.targetShare}` : ''))
  for (const v of r.votes ?? []) {
    const answer = v.answer == null ? `(${v.status}${v.error != null ? `: ${v.error}` : ''})` : JSON.stringify(v.answer.length > 40 ? `${v.answer.slice(0, 40)}…` : v.answer)
    lines.push(`  vote       ${shortId(v.node)} ${v.model.padEnd(14)} ${answer.padEnd(24)} conf ${fixed(v.confidence)} weight ${fixed(v.weight)} ${ms(v.latencyMs)}`)
  }
  if (r.summoner != null) lines.push(`  cloud      via ${shortId(r.summoner)} · ${r.cloudTokens.prompt} prompt + ${r.cloudTokens.completion} completion tokens`)
  const s = r.stages ?? {}
  lines.push(`  time       ${r.timings.totalMs} ms · local ${ms(s.localMs)} · peers ${ms(s.collaborationMs)} · cloud ${ms(s.summonMs)} · routing overhead ${ms(s.overheadMs)}`)
  if (r.queryId != null) lines.push(`  trace      swarm-llm trace ${r.queryId}`)
  return lines.join('\n')
}
