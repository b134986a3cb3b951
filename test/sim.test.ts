import { execFile, spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { CLI, waitFor } from './helpers/daemon.js'
import { EDGE_MODELS } from './helpers/models.js'

const run = promisify(execFile)

/** Whether a process runs (a zombie counts as gone). */
function alive (pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

/** The processes whose parent is `pid`, from /proc. */
function childrenOf (pid: number): number[] {
  return readdirSync('/proc').filter(name => /^\d+$/.test(name)).filter(name => {
    try {
      return readFileSync(`/proc/${name}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1] === String(pid)
    } catch {
      return false
    }
  }).map(Number)
}

describe('swarm-llm sim', () => {
  it('runs a workload on 5 nodes, one killed mid-run, and says where every query went', async () => {
    // Peers answer 400 ms late, so that the workload outlasts the kill at 1.5 s by seconds.
    const { stdout } = await run(process.execPath, [CLI, 'sim', '--nodes', '5', '--models', EDGE_MODELS.join(','), '--queries', '15',
      '--delay', 'n0=400', '--delay', 'n1=400', '--delay', 'n2=400', '--fail', 'n2@1.5', '--json'], { maxBuffer: 16 * 1024 * 1024 })
    const report = JSON.parse(stdout)
    const names = report.nodes.map((n: any) => n.name)
    expect(names).toEqual(['n0', 'n1', 'n2', 'n3', 'n4'])
    expect(report.nodes.map((n: any) => n.model)).toEqual([...EDGE_MODELS, 'none', 'none'])
    expect(new Set(report.nodes.map((n: any) => n.peerId)).size).toBe(5)

    // every query got an answer or a typed error, and names only routes and nodes that exist
    expect(report.queries).toHaveLength(15)
    for (const q of report.queries) {
      expect(names).toContain(q.plannedNode)
      if (q.route === 'error') {
        expect(q.error.code).toMatch(/^[a-z_0-9]+$/)
        expect(q.answeredBy).toBeNull()
      } else {
        expect(['local', 'peers', 'cloud', 'refused']).toContain(q.route)
        expect(names).toContain(q.node)
        expect(typeof q.answer).toBe('string')
        if (q.route !== 'refused') expect(names).toContain(q.answeredBy)
        if (q.route === 'local') expect(q.answeredBy).toBe(q.node)
        expect(typeof q.correct).toBe('boolean')
      }
    }
    console.log(report.queries.map((q: any) => `${q.index} ${q.startedAtMs} ms ${q.plannedNode}→${q.node} ${q.route} by ${q.answeredBy} ${q.error?.code ?? ''}`).join('\n'))

    // n2 was killed while queries still ran; none sent after went to it or was answered by it
    const killed = report.nodes.find((n: any) => n.name === 'n2')
    expect(killed.killedAtMs).not.toBeNull()
    expect(killed.rssBytes).toBeNull()
    const after = report.queries.filter((q: any) => q.startedAtMs > killed.killedAtMs)
    const plannedForDead = after.filter((q: any) => q.plannedNode === 'n2')
    expect(plannedForDead.length).toBeGreaterThan(0)
    for (const q of plannedForDead) expect(q.node !== 'n2' || q.route === 'error').toBe(true)
    for (const q of after) expect(q.answeredBy).not.toBe('n2')

    // the summary adds up, and was measured on the nodes still alive
    const { summary } = report
    expect(Object.values<number>(summary.routes).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10)
    expect(summary.answered + Object.values<number>(summary.errors).reduce((a, b) => a + b, 0)).toBe(15)
    expect(summary.memory.nodes).toBe(4)
    expect(summary.memory.medianBytes).toBeGreaterThan(10 * 2 ** 20)
    expect(summary.gossipDelay.messages).toBeGreaterThan(0)
    expect(summary.gossipDelay.p50Ms).toBeLessThanOrEqual(summary.gossipDelay.p99Ms)
    expect(Object.keys(summary.gossipDelay.byTopic)).toContain('capabilities')
    console.log(`formed in ${report.formationMs} ms; RSS median ${(summary.memory.medianBytes / 2 ** 20).toFixed(0)} MB; ` +
      `gossip p50 ${summary.gossipDelay.p50Ms} ms p99 ${summary.gossipDelay.p99Ms} ms; query p50 ${summary.latencyMs.p50} ms`)

    // no daemon outlives the sim
    for (const node of report.nodes) expect(alive(node.pid), node.name).toBe(false)
  })

  it('stops every node on SIGINT, and its nodes stop themselves when it is killed', async () => {
    for (const signal of ['SIGINT', 'SIGKILL'] as const) {
      const sim = spawn(process.execPath, [CLI, 'sim', '--nodes', '2', '--models', '', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] })
      const exited = new Promise<number | null>(resolve => { sim.once('exit', code => resolve(code)) })
      let stderr = ''
      sim.stderr.on('data', chunk => { stderr += String(chunk) })
      const daemons = await waitFor(() => { const c = childrenOf(sim.pid!); return c.length === 2 && c }, 60_000, 'the sim\'s two daemons')
      sim.kill(signal)
      const code = await exited
      if (signal === 'SIGINT') {
        expect(code, stderr).toBe(130)
        expect(stderr).toContain('interrupted')
        // the sim waited for them
        for (const pid of daemons) expect(alive(pid)).toBe(false)
      } else {
        await waitFor(() => daemons.every(pid => !alive(pid)), 30_000, 'the orphaned daemons to stop')
      }
    }
  })
})
