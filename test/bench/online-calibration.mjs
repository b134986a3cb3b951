// pnpm bench:calibration: does a swarm with no calibration maps calibrate itself? Two fresh
// study swarms on loopback (three edge daemons, the cloud stand-in behind the second, routing
// defaults): one with the shipped offline maps, one started with `--calibration none` on every
// daemon, which then learns from the cloud's answers alone (online calibration, on by default).
// Each is fed the development workload, then the held-out one, as `swarm` queries to the
// coordinator, one at a time. Printed: per 100 queries, hard accuracy, cloud share and the
// coordinator's map's recent ECE; then the held-out rows of both side by side. Not a test.
//   node test/bench/online-calibration.mjs [--dev FILE] [--heldout FILE]
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { isCorrect } from '@swarm-llm/daemon'
import { askSwarm, ROOT } from './local-swarm.mjs'

const { values } = parseArgs({
  options: {
    dev: { type: 'string', default: `${ROOT}models/study/workload.jsonl` },
    heldout: { type: 'string', default: `${ROOT}models/study/heldout.jsonl` }
  }
})
const { startLocalSwarm } = await import(`${ROOT}packages/cli/dist/local-swarm.js`)
const read = async file => (await readFile(file, 'utf8')).trim().split('\n').map(l => JSON.parse(l))
const dev = await read(values.dev)
const heldout = await read(values.heldout)
const WINDOW = 100

const pct = x => x == null || Number.isNaN(x) ? '–' : `${(100 * x).toFixed(1)}%`
const hardAccuracy = results => {
  const hard = results.filter(r => r.row.category === 'hard')
  return hard.length === 0 ? NaN : hard.filter(r => r.status === 200 && isCorrect(r.row, r.text)).length / hard.length
}
const cloudShare = results => results.filter(r => r.route === 'cloud').length / results.length

async function run (name, flags) {
  const swarm = await startLocalSwarm({ daemonFlags: flags, cloudMaxPerMinute: 10_000 })
  try {
    const api = swarm.coordinator.api
    const rows = [...dev.map(r => ({ ...r, set: 'dev' })), ...heldout.map(r => ({ ...r, set: 'heldout' }))]
    const results = []
    const windows = []
    for (const row of rows) {
      results.push({ row, ...await askSwarm(api, row.prompt) })
      if (results.length % WINDOW === 0 || results.length === rows.length) {
        const part = results.slice(Math.floor((results.length - 1) / WINDOW) * WINDOW)
        const { calibration } = (await (await fetch(`${api}/status`)).json()).routing
        windows.push({ upTo: results.length, set: row.set, hard: hardAccuracy(part), cloud: cloudShare(part), ece: calibration.ece, labels: calibration.labels, source: calibration.source })
      }
    }
    console.log(`\n${name}: ${dev.length} development rows, then ${heldout.length} held-out rows`)
    console.log('| queries | set | hard accuracy | cloud share | ECE (coordinator, recent labels) | labels | map |')
    console.log('| --- | --- | --- | --- | --- | --- | --- |')
    for (const w of windows) console.log(`| ≤ ${w.upTo} | ${w.set} | ${pct(w.hard)} | ${pct(w.cloud)} | ${w.ece == null ? '–' : w.ece.toFixed(3)} | ${w.labels} | ${w.source} |`)
    return results.filter(r => r.row.set === 'heldout')
  } finally {
    await swarm.stop()
  }
}

const shipped = await run('shipped offline maps', [])
const online = await run('no maps (--calibration none), online calibration', ['--calibration', 'none'])
console.log(`\nheld-out rows (${heldout.length})`)
console.log('| swarm | hard accuracy | cloud share |')
console.log('| --- | --- | --- |')
console.log(`| shipped maps | ${pct(hardAccuracy(shipped))} | ${pct(cloudShare(shipped))} |`)
console.log(`| no maps, online | ${pct(hardAccuracy(online))} | ${pct(cloudShare(online))} |`)
console.log(`difference (online − shipped): hard accuracy ${(100 * (hardAccuracy(online) - hardAccuracy(shipped))).toFixed(1)} points, cloud share ${(100 * (cloudShare(online) - cloudShare(shipped))).toFixed(1)} points`)
