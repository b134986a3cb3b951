import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { CLI } from './helpers/daemon.js'
import { STUDY_DIR } from './helpers/models.js'

const run = promisify(execFile)
const ROWS = 8

/** The demo's per-query lines: number, category, route, ✓ or ✗, then the answer. */
const QUERY_LINE = /^\s*(\d+)\s+(easy|hard|safety)\s+(local|peers|cloud)\s+([✓✗])\s+"/

describe('swarm-llm demo, the README\'s main command', () => {
  it('starts the local swarm, routes each row through one coordinator, scores it and sums up', async () => {
    const { stdout } = await run(process.execPath, [CLI, 'demo', '--limit', String(ROWS)], { maxBuffer: 16 * 1024 * 1024 })
    const lines = stdout.split('\n').filter(l => QUERY_LINE.test(l))
    expect(lines.map(l => Number(l.match(QUERY_LINE)![1]))).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1))
    // each line's category is the workload row's own
    const rows = (await readFile(join(STUDY_DIR, 'heldout.jsonl'), 'utf8')).trim().split('\n').slice(0, ROWS).map(l => JSON.parse(l))
    expect(lines.map(l => l.match(QUERY_LINE)![2])).toEqual(rows.map(r => r.category))
    // the defaults are stated, and the summary counts every row
    expect(stdout).toMatch(/τ_local 0\.8\b/)
    const all = stdout.split('\n').find(l => /^all\s+\d+\s/.test(l))
    expect(all?.split(/\s+/)[1]).toBe(String(ROWS))
  }, 180_000)

  it('passes the policy flags to every daemon', async () => {
    // τ_local 1: the coordinator always asks its peers, so no query is answered by its model alone
    const { stdout } = await run(process.execPath, [CLI, 'demo', '--limit', String(ROWS), '--tau-local', '1', '--tau-swarm', '0.7', '--max-vote-weight', '0.9'],
      { maxBuffer: 16 * 1024 * 1024 })
    expect(stdout).toMatch(/τ_local 1\b.*vote cap 0\.9.*τ_swarm 0\.7\b/)
    const lines = stdout.split('\n').filter(l => QUERY_LINE.test(l))
    expect(lines).toHaveLength(ROWS)
    for (const line of lines.filter(l => l.match(QUERY_LINE)![3] === 'local')) {
      // the only local answers left are the safety layer's refusals
      expect(line).toMatch(/safety:/)
    }
  }, 180_000)
})
