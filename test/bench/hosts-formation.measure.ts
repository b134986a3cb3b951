// How long a LAN of hosts, each in its own network namespace and found by mDNS alone, takes to
// complete every peer table, and how long the others take to drop a host that dies.
//   HOSTS_SIZES=5,10,30,50 HOSTS_RUNS=3 [HOSTS_DEADLINE_S=300] [HOSTS_TRACE=1] pnpm bench:hosts
// For each size and run: start the daemons one after another, then time from the last start
// until every table holds every other host (the starts themselves take most of the wall time
// on two cores, and are printed too); then SIGKILL one host and time until no table holds it.
// Prints one line per run and the medians per size. HOSTS_TRACE=1 also prints, every 5 s while
// the tables form, the smallest, median and largest table and connection count.
import { it } from 'vitest'
import { getJson } from '../helpers/daemon.js'
import { canMakeNamespaces, HostNet } from '../helpers/hosts.js'

const SIZES = (process.env.HOSTS_SIZES ?? '5,10,30,50').split(',').map(Number)
const RUNS = Number(process.env.HOSTS_RUNS ?? 3)
const DEADLINE_MS = Number(process.env.HOSTS_DEADLINE_S ?? 300) * 1000
const TRACE = process.env.HOSTS_TRACE === '1'
const TRACE_EVERY_MS = 5000

const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2 }

async function until (check: () => Promise<boolean>, deadlineMs: number): Promise<number | undefined> {
  const started = Date.now()
  while (Date.now() - started < deadlineMs) {
    if (await check().catch(() => false)) return Date.now() - started
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}

it.skipIf(!canMakeNamespaces())('formation and failure detection by mDNS in network namespaces', async () => {
  for (const size of SIZES) {
    const formed: number[] = []
    const detected: number[] = []
    for (let run = 0; run < (size > 10 ? 1 : RUNS); run++) {
      const net = await HostNet.create(size)
      try {
        const startsBegan = Date.now()
        for (const i of net.hosts.keys()) await net.start(i)
        const startsMs = Date.now() - startsBegan
        const daemons = net.hosts.map(h => h.daemon!)
        let lastTrace = 0
        const complete = async (): Promise<boolean> => {
          if (TRACE && Date.now() - lastTrace >= TRACE_EVERY_MS) {
            lastTrace = Date.now()
            const seen = await Promise.all(daemons.map(async d => await getJson<{ peerCount: number, connections: number }>(d, '/status').catch(() => undefined)))
            const spread = (xs: number[]): string => { const s = [...xs].sort((a, b) => a - b); return `${s[0]}/${s[Math.floor(s.length / 2)]}/${s[s.length - 1]}` }
            const up = seen.filter(x => x != null)
            console.log(`  ${Math.round((Date.now() - startsBegan) / 1000)} s: ${up.length} answering; peers min/median/max ${spread(up.map(x => x.peerCount))}; connections ${spread(up.map(x => x.connections))}`)
          }
          for (const self of daemons) {
            const peers = await getJson<unknown[]>(self, '/peers')
            if (peers.length !== size - 1) return false
          }
          return true
        }
        const formMs = await until(complete, DEADLINE_MS)
        if (formMs != null) formed.push(formMs)
        // a host dies without a word: how long until no other table holds it
        const victim = daemons[size - 1]
        await net.kill(size - 1)
        const gone = await until(async () => {
          for (const self of daemons.slice(0, -1)) {
            if ((await getJson<Array<{ peerId: string }>>(self, '/peers')).some(p => p.peerId === victim.peerId)) return false
          }
          return true
        }, 60_000)
        if (gone != null) detected.push(gone)
        console.log(`${size} hosts, run ${run + 1}: starts took ${startsMs} ms; every table complete ${formMs ?? `not within ${DEADLINE_MS}`} ms after the last start; ` +
          `a killed host left every table in ${gone ?? 'more than 60000'} ms`)
      } finally {
        await net.destroy()
      }
    }
    console.log(`${size} hosts: median formation ${formed.length > 0 ? median(formed) : '-'} ms (${formed.length} runs), median detection of a dead host ${detected.length > 0 ? median(detected) : '-'} ms`)
  }
})
