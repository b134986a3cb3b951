// Time for a swarm of daemon processes on loopback to complete their peer tables, all joining
// through one bootstrap address. Not a test: it measures.
//   node test/bench/swarm-formation.mjs [sizes=10,30,50] [runs=1] [deadline-s=180] [--together] [--trace] [--idle]
// For each size it starts the daemons one after another (each waits for the previous one's
// `started` event), then polls every daemon's /peers. It prints how long the starts took and
// how long after the last start every table held all the others. With `--together` it starts
// the first daemon, then all the others at once, and times from their spawn until every
// table is complete (on two cores the starts themselves take much of that). With `--trace` it also
// prints the tables' sizes every two seconds (how the collapse in issue 11 was seen), and with
// `--idle` the formed swarm's connections, memory and CPU per daemon over the next 20 s.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { writeSwarmKey } from '@swarm-llm/daemon'

const args = process.argv.slice(2).filter(a => !a.startsWith('--'))
const trace = process.argv.includes('--trace')
const idle = process.argv.includes('--idle')
const together = process.argv.includes('--together')
const sizes = (args[0] ?? '10,30,50').split(',').map(Number)
const runs = Number(args[1] ?? 1)
const deadlineMs = Number(args[2] ?? 180) * 1000
const CLI = fileURLToPath(new URL('../../packages/cli/dist/cli.js', import.meta.url))
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))

function startDaemon (dataDir, swarmKey, bootstrap) {
  const child = spawn(process.execPath, [CLI, 'up', '--json', '--no-mdns', '--api-port', '0', '--listen', '/ip4/127.0.0.1/tcp/0',
    '--data-dir', dataDir, '--swarm-key', swarmKey, ...bootstrap.flatMap(b => ['--bootstrap', b])], { stdio: ['ignore', 'pipe', 'ignore'] })
  const exited = new Promise(resolve => child.once('exit', resolve))
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', line => {
      try {
        const event = JSON.parse(line)
        if (event.event === 'started') resolve({ child, exited, api: event.api, addresses: event.addresses, peerId: event.peerId })
      } catch {}
    })
    void exited.then(code => reject(new Error(`daemon exited with ${code}`)))
  })
}

async function tableSizes (daemons) {
  return await Promise.all(daemons.map(async d => {
    try {
      return (await (await fetch(d.api + '/peers')).json()).length
    } catch {
      return -1
    }
  }))
}

/** CPU seconds used so far and resident memory of a process, from /proc (Linux only). */
async function usage (pid) {
  const stat = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ')
  const rssKb = Number((await readFile(`/proc/${pid}/status`, 'utf8')).match(/VmRSS:\s+(\d+)/)[1])
  return { cpuS: (Number(stat[11]) + Number(stat[12])) / 100, rssMb: rssKb / 1024 }
}

async function idleFigures (daemons) {
  const before = await Promise.all(daemons.map(d => usage(d.child.pid)))
  await sleep(20_000)
  const after = await Promise.all(daemons.map(d => usage(d.child.pid)))
  const connections = await Promise.all(daemons.map(async d => (await (await fetch(d.api + '/status')).json()).connections))
  const mean = values => values.reduce((a, b) => a + b, 0) / values.length
  console.log(`  idle: connections per daemon mean ${mean(connections).toFixed(1)} (min ${Math.min(...connections)}, max ${Math.max(...connections)}); ` +
    `memory ${mean(after.map(u => u.rssMb)).toFixed(0)} MB; CPU ${(100 * mean(after.map((u, i) => u.cpuS - before[i].cpuS)) / 20).toFixed(1)} % of a core per daemon`)
}

async function run (size) {
  const dir = await mkdtemp(join(tmpdir(), 'swarm-llm-bench-'))
  const swarmKey = join(dir, 'swarm.key')
  await writeSwarmKey(swarmKey)
  const daemons = []
  try {
    const begin = Date.now()
    daemons.push(await startDaemon(join(dir, 'd0'), swarmKey, []))
    const spawned = Date.now()
    if (together) {
      daemons.push(...await Promise.all(Array.from({ length: size - 1 }, async (_, i) => await startDaemon(join(dir, `d${i + 1}`), swarmKey, daemons[0].addresses))))
    } else {
      for (let i = 1; i < size; i++) daemons.push(await startDaemon(join(dir, `d${i}`), swarmKey, daemons[0].addresses))
    }
    const allStarted = Date.now()
    const started = together ? spawned : allStarted
    let lastTrace = 0
    for (;;) {
      const sizes = await tableSizes(daemons)
      if (sizes.every(n => n === size - 1)) {
        const completeMs = Date.now() - started
        if (idle) await idleFigures(daemons)
        return { startMs: allStarted - begin, completeMs }
      }
      if (trace && Date.now() - lastTrace >= 2000) {
        lastTrace = Date.now()
        console.log(`  +${((Date.now() - started) / 1000).toFixed(0)} s: first daemon ${sizes[0]}, min ${Math.min(...sizes)}, complete ${sizes.filter(n => n === size - 1).length}/${size}`)
      }
      if (Date.now() - started > deadlineMs) {
        for (const [i, d] of daemons.entries()) {
          if (sizes[i] === size - 1) continue
          const status = await fetch(d.api + '/status').then(r => r.json()).catch(() => undefined)
          if (status == null) { console.log(`  daemon ${i} knows ${sizes[i]}: its API does not answer`); continue }
          console.log(`  daemon ${i} knows ${sizes[i]}: ${status.connections} connections, scores ${JSON.stringify(Object.values(status.gossipScores ?? {}))}, counters ${JSON.stringify(status.counters)}`)
        }
        return { startMs: allStarted - begin, completeMs: undefined, sizes }
      }
      await sleep(250)
    }
  } finally {
    for (const d of daemons) d.child.kill('SIGKILL')
    await Promise.all(daemons.map(d => d.exited))
    await rm(dir, { recursive: true, force: true })
  }
}

const median = values => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]
for (const size of sizes) {
  const completes = []
  for (let i = 0; i < runs; i++) {
    const result = await run(size)
    if (result.completeMs == null) {
      console.log(`${size} daemons, run ${i + 1}: starts took ${(result.startMs / 1000).toFixed(1)} s; tables NOT complete after ${deadlineMs / 1000} s (sizes ${result.sizes.join(',')})`)
    } else {
      completes.push(result.completeMs)
      console.log(`${size} daemons, run ${i + 1}: starts took ${(result.startMs / 1000).toFixed(1)} s; every table complete ${(result.completeMs / 1000).toFixed(1)} s after ${together ? 'the others were spawned' : 'the last start'}`)
    }
  }
  if (completes.length > 0) console.log(`${size} daemons: median ${(median(completes) / 1000).toFixed(1)} s over ${completes.length} complete runs of ${runs}`)
}
