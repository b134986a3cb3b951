import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { resolveUpConfig } from '../src/config.js'

const made: string[] = []
async function tempDir (): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'swarm-llm-config-'))
  made.push(dir)
  return dir
}
afterEach(async () => { await Promise.all(made.splice(0).map(async dir => { await rm(dir, { recursive: true, force: true }) })) })

describe('resolveUpConfig', () => {
  it('takes flags over environment over config file', async () => {
    const dir = await tempDir()
    const file = join(dir, 'config.json')
    await writeFile(file, JSON.stringify({ apiPort: 1111, peerTtlMs: 5000, bootstrap: ['/ip4/10.0.0.1/tcp/1'], mdns: true }))
    const config = await resolveUpConfig({ config: file, 'api-port': '3333' }, { SWARM_LLM_API_PORT: '2222', SWARM_LLM_PEER_TTL_MS: '6000', SWARM_LLM_MDNS: 'false' })
    expect(config.apiPort).toBe(3333)
    expect(config.peerTtlMs).toBe(6000)
    expect(config.mdns).toBe(false)
    expect(config.bootstrap).toEqual(['/ip4/10.0.0.1/tcp/1'])
  })

  it('rejects unknown config keys and malformed numbers', async () => {
    const dir = await tempDir()
    const file = join(dir, 'config.json')
    await writeFile(file, JSON.stringify({ apiPrt: 1 }))
    await expect(resolveUpConfig({ config: file }, {})).rejects.toThrow(/"apiPrt" is not a known key/)
    await expect(resolveUpConfig({ 'api-port': 'eighty' }, {})).rejects.toThrow(/"--api-port" must be a whole number from 0 to 65535, not "eighty"/)
    await expect(resolveUpConfig({ config: join(dir, 'missing.json') }, {})).rejects.toThrow(/cannot read config file/)
  })

  it('turns --no-mdns into mdns: false and repeatable flags into lists', async () => {
    const config = await resolveUpConfig({ 'no-mdns': true, bootstrap: ['/ip4/127.0.0.1/tcp/1', '/ip4/127.0.0.1/tcp/2'] }, {})
    expect(config.mdns).toBe(false)
    expect(config.bootstrap).toHaveLength(2)
  })
})

describe('resolveModelConfig', () => {
  it('reads the model and cloud settings, the key from the environment only', async () => {
    const { resolveModelConfig } = await import('../src/config.js')
    const config = resolveModelConfig({ model: 'm.gguf', 'cloud-model': 'big' }, { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' }, { threads: 2, apiPort: 9 } as any)
    expect(config).toMatchObject({ threads: 2, cloudModel: 'big', cloudApiKey: 'k', cloudBaseUrl: 'http://127.0.0.1:1/v1' })
    expect(config.model).toMatch(/\/m\.gguf$/)
    expect(config).not.toHaveProperty('apiPort')
  })
})

describe('the routing policy options', () => {
  it('takes flags over environment over config file, and checks their ranges', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'swarm-llm-config-'))
    try {
      const file = join(dir, 'config.json')
      await writeFile(file, JSON.stringify({ tauLocal: 0.7, tauSwarm: 0.2, cloudTargetShare: 0.1, tracePrompts: true }))
      const config = await resolveUpConfig({ config: file, 'tau-swarm': '0.4', 'no-trace-prompts': true }, { SWARM_LLM_TAU_LOCAL: '0.9', SWARM_LLM_CLOUD_MAX_PER_MINUTE: '12' })
      expect(config).toMatchObject({ tauLocal: 0.9, tauSwarm: 0.4, cloudTargetShare: 0.1, cloudMaxPerMinute: 12, tracePrompts: false })
      await expect(resolveUpConfig({ 'tau-local': '1.5' }, {})).rejects.toThrow(/"--tau-local" must be a number from 0 to 1/)
      await expect(resolveUpConfig({}, { SWARM_LLM_CLOUD_TARGET_SHARE: 'a quarter' })).rejects.toThrow(/SWARM_LLM_CLOUD_TARGET_SHARE/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('every wrong value at once', () => {
  it('names each wrong key of the config file, the environment and the flags, with the type it must have', async () => {
    const dir = await tempDir()
    const file = join(dir, 'config.json')
    await writeFile(file, JSON.stringify({ collaborationDeadlineMs: '5000', cloudMaxPerMinute: -1, tauLocal: 'high', mdns: 'yes', listen: '/ip4/0.0.0.0/tcp/0', apiPrt: 1, pii: 'hide' }))
    const err = await resolveUpConfig({ config: file, 'summon-timeout-ms': 'abc', threads: '0' }, { SWARM_LLM_MAX_VOTE_WEIGHT: '2', SWARM_LLM_API_PORT: '70000' }).then(() => undefined, (e: Error) => e)
    expect(err).toMatchObject({ name: 'UsageError' })
    const lines = (err as Error).message.split('\n').slice(1)
    expect(lines).toEqual([
      expect.stringMatching(/config file .*: "collaborationDeadlineMs" must be a whole number ≥ 1, not "5000" \(a string\)/),
      expect.stringMatching(/"cloudMaxPerMinute" must be a whole number ≥ 0, not -1 \(a number\)/),
      expect.stringMatching(/"tauLocal" must be a number from 0 to 1, not "high"/),
      expect.stringMatching(/"mdns" must be true or false, not "yes"/),
      expect.stringMatching(/"listen" must be an array of non-empty strings/),
      expect.stringMatching(/"apiPrt" is not a known key/),
      expect.stringMatching(/"pii" must be redact or never-leaves-lan, not "hide"/),
      expect.stringMatching(/environment: "SWARM_LLM_API_PORT" must be a whole number from 0 to 65535, not "70000"/),
      expect.stringMatching(/environment: "SWARM_LLM_MAX_VOTE_WEIGHT" must be a number from 0 to 1, not "2"/),
      expect.stringMatching(/flags: "--summon-timeout-ms" must be a whole number ≥ 1, not "abc"/),
      expect.stringMatching(/flags: "--threads" must be a whole number ≥ 1, not "0"/)
    ])
  })

  it('still takes the right values, numbers from the environment as numbers', async () => {
    const dir = await tempDir()
    const file = join(dir, 'config.json')
    await writeFile(file, JSON.stringify({ collaborationDeadlineMs: 5000, cloudMaxPerMinute: 0, queryBudgetMs: 20000 }))
    const config = await resolveUpConfig({ config: file }, { SWARM_LLM_SUMMON_TIMEOUT_MS: '8000' })
    expect(config).toMatchObject({ collaborationDeadlineMs: 5000, cloudMaxPerMinute: 0, summonTimeoutMs: 8000, queryBudgetMs: 20000 })
  })

  it('makes `up --config` exit with code 2 and every wrong key on stderr, before it starts anything', async () => {
    const { spawnSync } = await import('node:child_process')
    const dir = await tempDir()
    const file = join(dir, 'config.json')
    await writeFile(file, JSON.stringify({ collaborationDeadlineMs: 'abc', cloudMaxPerMinute: -1 }))
    const cli = new URL('../dist/cli.js', import.meta.url).pathname
    const run = spawnSync(process.execPath, [cli, 'up', '--config', file, '--data-dir', dir], { encoding: 'utf8', timeout: 30_000 })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/"collaborationDeadlineMs" must be a whole number ≥ 1, not "abc"/)
    expect(run.stderr).toMatch(/"cloudMaxPerMinute" must be a whole number ≥ 0, not -1/)
  })
})
