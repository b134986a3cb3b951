import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI, getJson, spawnDaemon, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'

// What a new user trips over on a first run: where the swarm key lives, a port already taken.
async function run (args: string[], env: Record<string, string> = {}): Promise<{ code: number, stdout: string, stderr: string }> {
  return await new Promise(resolve => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err == null ? 0 : (err as any).code ?? 1, stdout, stderr })
    })
  })
}

describe('a first run', () => {
  let dir: string
  const daemons: DaemonProcess[] = []

  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'swarm-llm-first-run-')) })
  afterAll(async () => {
    await Promise.all(daemons.map(async d => { await stopDaemon(d) }))
    await rm(dir, { recursive: true, force: true })
  })

  it('keygen writes the key where up looks for it', async () => {
    const dataDir = join(dir, 'a')
    const made = await run(['keygen', '--data-dir', dataDir, '--json'])
    expect(made.code).toBe(0)
    expect(JSON.parse(made.stdout).path).toBe(join(dataDir, 'swarm.key'))
    expect((await run(['keygen', '--data-dir', dataDir])).stderr).toMatch(/already exists/)
    // up with only --data-dir finds that key
    const daemon = await spawnDaemon({ dataDir })
    daemons.push(daemon)
    expect((await getJson(daemon, '/status')).swarm).toBe(JSON.parse(made.stdout).fingerprint)
    expect(daemon.output.some(line => line.includes('swarm-key:created'))).toBe(false)
    await stopDaemon(daemon)
    daemons.pop()
    // a key file named explicitly must exist: no new key is made behind the user's back
    const missing = await run(['up', '--data-dir', join(dir, 'm'), '--swarm-key', join(dir, 'nope.key'), '--api-port', '0', '--no-mdns'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/no swarm key at .*nope\.key/)
  })

  it('up with no key anywhere makes one in its data directory and says how to share it', async () => {
    const dataDir = join(dir, 'b')
    const first = await spawnDaemon({ dataDir })
    daemons.push(first)
    expect(existsSync(join(dataDir, 'swarm.key'))).toBe(true)
    // printed just after the `started` event
    await waitFor(() => first.output.some(line => line.includes('swarm-key:created')), 10_000, 'the swarm-key:created event')
    const fingerprint = (await getJson(first, '/status')).swarm
    await stopDaemon(first)
    daemons.pop()
    // the next start uses that key and makes none
    const again = await spawnDaemon({ dataDir })
    daemons.push(again)
    expect((await getJson(again, '/status')).swarm).toBe(fingerprint)
    await getJson(again, '/status') // by now anything printed with `started` is in
    expect(again.output.some(line => line.includes('swarm-key:created'))).toBe(false)
  })

  it('says which p2p address is taken when the port is in use', async () => {
    const holder = daemons[daemons.length - 1]
    const taken = holder.addresses[0].replace(/\/p2p\/.*$/, '')
    const second = await run(['up', '--data-dir', join(dir, 'c'), '--api-port', '0', '--no-mdns', '--listen', taken])
    expect(second.code).toBe(1)
    expect(second.stderr).toContain(`the p2p listen address ${taken} is already in use`)
    expect(second.stderr).not.toMatch(/Pubsub is not started/)
  })
})
