import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI, makeSwarmDir, spawnDaemon, stopDaemon } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'

describe('API access control', () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let daemon: DaemonProcess
  const key = 'test-api-key-4242'

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    daemon = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--api-key', key] })
  })
  afterAll(async () => {
    if (daemon != null) await stopDaemon(daemon)
    await swarm?.cleanup()
  })

  it('checks the key on every route but /health', async () => {
    expect((await fetch(`${daemon.api}/health`)).status).toBe(200)
    for (const path of ['/status', '/peers', '/v1/models', '/trace?id=x']) {
      const res = await fetch(daemon.api + path)
      expect(res.status, path).toBe(401)
      expect((await res.json() as any).error.code).toBe('invalid_api_key')
      expect((await fetch(daemon.api + path, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401)
    }
    expect((await fetch(`${daemon.api}/status`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(200)
  })

  it('the CLI sends the key from SWARM_LLM_API_KEY', async () => {
    const run = async (env: Record<string, string>): Promise<{ code: number, stdout: string, stderr: string }> => await new Promise(resolve => {
      execFile(process.execPath, [CLI, 'peers', '--api-port', String(daemon.apiPort), '--json'], { env: { ...process.env, ...env } },
        (err, stdout, stderr) => { resolve({ code: err == null ? 0 : (err as any).code, stdout, stderr }) })
    })
    expect((await run({ SWARM_LLM_API_KEY: key })).code).toBe(0)
    const refused = await run({})
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toMatch(/401/)
  })

  it('will not listen beyond loopback without a key', async () => {
    const result = await new Promise<{ code: number, stderr: string }>(resolve => {
      execFile(process.execPath, [CLI, 'up', '--data-dir', join(swarm.dir, 'b'), '--swarm-key', swarm.swarmKey, '--api-host', '0.0.0.0', '--api-port', '0', '--no-mdns', '--listen', '/ip4/127.0.0.1/tcp/0'],
        (err, _stdout, stderr) => { resolve({ code: err == null ? 0 : (err as any).code, stderr }) })
    })
    expect(result.code).not.toBe(0)
    expect(result.stderr).toMatch(/0\.0\.0\.0.*--api-key/)
  })
})
