// pnpm bench:budget: does `--cloud-target-share` hold? For each target, a fresh study swarm
// (three edge daemons on loopback, the cloud stand-in behind the second) is fed the 300 rows of
// models/study/workload.jsonl as `swarm` queries, four at a time, through the coordinator. Printed
// per target: the cloud share of the queries the budget counted (those that could have gone to
// the cloud: not refused, not kept in the LAN) overall and per 100 queries, the thresholds the
// controller ended on, and hard accuracy. Not a test: it measures.
//   node test/bench/budget-targets.mjs [--targets 0.25,0.45,0.7] [--workload FILE] [--concurrency 4] [--dump PREFIX: each receipt, to PREFIX-TARGET.jsonl]
import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { askSwarm, ROOT } from './local-swarm.mjs'

const { values } = parseArgs({
  options: {
    targets: { type: 'string', default: '0.25,0.45,0.7' },
    workload: { type: 'string', default: `${ROOT}models/study/workload.jsonl` },
    concurrency: { type: 'string', default: '4' },
    dump: { type: 'string' }
  }
})
const { startLocalSwarm } = await import(`${ROOT}packages/cli/dist/local-swarm.js`)
const { isCorrect } = await import('@swarm-llm/daemon')
const rows = (await readFile(values.workload, 'utf8')).trim().split('\n').map(l => JSON.parse(l))
const WINDOW = 100

async function run (target) {
  const swarm = await startLocalSwarm({ daemonFlags: ['--cloud-target-share', String(target)], cloudMaxPerMinute: 10_000 })
  try {
    const results = new Array(rows.length)
    let next = 0
    await Promise.all(Array.from({ length: Number(values.concurrency) }, async () => {
      while (next < rows.length) {
        const i = next++
        results[i] = await askSwarm(swarm.coordinator.api, rows[i].prompt)
      }
    }))
    const status = await (await fetch(`${swarm.coordinator.api}/status`)).json()
    return { results, cloud: status.routing.cloud }
  } finally {
    await swarm.stop()
  }
}

const pct = x => `${(100 * x).toFixed(1)}%`
console.log(`${rows.length} queries of ${values.workload}, ${values.concurrency} at a time, to the coordinator of a fresh 3-node study swarm per target`)
console.log('| target | cloud share (budget\'s count) | per 100 queries | of them audits | τ_local, τ_swarm at the end | hard accuracy |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const target of values.targets.split(',').map(Number)) {
  const { results, cloud } = await run(target)
  if (values.dump != null) await writeFile(`${values.dump}-${target}.jsonl`, results.map(r => JSON.stringify(r.receipt)).join('\n') + '\n')
  const windows = []
  for (let start = 0; start < results.length; start += WINDOW) {
    const part = results.slice(start, start + WINDOW)
    windows.push(pct(part.filter(r => r.receipt?.route === 'cloud').length / part.length))
  }
  const hard = rows.map((r, i) => [r, results[i]]).filter(([r]) => r.category === 'hard')
  const right = hard.filter(([r, res]) => res.status === 200 && isCorrect(r, res.text)).length
  const audits = results.filter(r => /audited/.test(r.receipt?.reason ?? '')).length
  console.log(`| ${pct(target)} | ${pct(cloud.cloudQueries / cloud.queries)} (${cloud.cloudQueries} of ${cloud.queries}) | ${windows.join(', ')} | ${audits} | ${Number(cloud.tauLocal.toFixed(3))}, ${Number(cloud.tauSwarm.toFixed(3))} | ${pct(right / hard.length)} |`)
}
