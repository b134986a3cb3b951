import type { Command } from '../command.js'
import { clientOptions, UsageError } from '../command.js'
import { apiBase, request } from '../client.js'
import { printJson } from '../output.js'
import { formatReceipt } from '../receipt.js'

export const trace: Command = {
  name: 'trace',
  summary: "show one query's trace: route, each node's answer and confidence, time per stage, cloud tokens",
  usage: 'swarm-llm trace QUERY_ID [--api-port N] [--json]',
  positionals: true,
  options: { ...clientOptions },
  async run (values, positionals) {
    const id = positionals[0]
    if (id == null || positionals.length > 1) throw new UsageError('trace needs one query id, as `ask` prints it')
    const entry = await request<any>(apiBase(values), `/trace?id=${encodeURIComponent(id)}`)
    if (values.json === true) return printJson(entry)
    console.log(`query ${entry.id} at ${entry.time}`)
    if (entry.prompt != null) console.log(`prompt     ${entry.prompt.replace(/\n/g, '\n           ')}`)
    console.log(formatReceipt({ ...entry, answeredBy: entry.answeredBy, timings: { totalMs: entry.stages.totalMs }, queryId: null }))
  }
}
