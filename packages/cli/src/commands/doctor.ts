import type { Command } from '../command.js'
import { clientOptions } from '../command.js'
import { apiBase, request } from '../client.js'
import { diagnose, lanInterfaces, probe, readRoutes } from '../doctor.js'
import type { DaemonView, Probe } from '../doctor.js'
import { paint, printJson, table } from '../output.js'

const STATUS_STYLE = { ok: 'green', warn: 'yellow', fail: 'red' } as const

export const doctor: Command = {
  name: 'doctor',
  summary: 'diagnose why daemons on the LAN do not find or reach each other, and say what to do',
  usage: 'swarm-llm doctor [--api-port N] [--json]',
  options: clientOptions,
  async run (values) {
    let daemon: DaemonView | undefined
    let daemonError: string | undefined
    try {
      daemon = await request<DaemonView>(apiBase(values), '/status')
    } catch (err) {
      daemonError = (err as Error).message
    }
    const probes = new Map<string, Probe>()
    await Promise.all((daemon?.diagnostics.dialFailures ?? []).map(async failure => {
      const result = await probe(failure.addresses)
      if (result != null) probes.set(failure.target, result)
    }))
    const checks = diagnose({ routes: await readRoutes(), interfaces: lanInterfaces(), daemon, daemonError, probes, nowMs: Date.now() })
    const failed = checks.some(c => c.status === 'fail')
    if (values.json === true) {
      printJson({ ok: !failed, checks })
    } else {
      console.log(table(['check', 'status', 'finding'], checks.map(c => [c.check, paint(STATUS_STYLE[c.status], c.status), c.finding])))
      const fixes = checks.filter(c => c.fix != null && c.status !== 'ok')
      if (fixes.length > 0) console.log(`\nwhat to do\n${fixes.map(c => `  ${c.check}: ${c.fix!}`).join('\n')}`)
    }
    return failed ? 1 : 0
  }
}
