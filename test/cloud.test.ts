import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { CloudBackend, LocalBackend } from '@swarm-llm/daemon'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSwarmDir, spawnDaemon, spawnServe, stopDaemon } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'
import { CLOUD_MODEL, modelPath } from './helpers/models.js'

const KEY = 'sk-test-cloud-key-do-not-leak'
const question = [{ role: 'user' as const, content: 'What is 347 + 589?' }]

/** An upstream that fails in a chosen way; counts the requests it gets. A stub of the cloud, for the cloud client's error paths. */
async function failingUpstream (mode: '500' | 'hang'): Promise<{ url: string, requests: () => number, close: () => Promise<void> }> {
  let requests = 0
  const server: Server = createServer((req, res) => {
    requests++
    req.resume()
    if (mode === '500') res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"upstream exploded","type":"server_error"}}')
    // 'hang': never answer
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests: () => requests,
    close: async () => { server.closeAllConnections(); await new Promise(resolve => server.close(resolve)) }
  }
}

describe('the cloud backend', () => {
  let cloud: Awaited<ReturnType<typeof spawnServe>>

  beforeAll(async () => { cloud = await spawnServe(modelPath(CLOUD_MODEL), { SWARM_LLM_SERVE_API_KEY: KEY }) })
  afterAll(async () => { cloud?.process.kill('SIGTERM'); await cloud?.exited })

  it('answers through a second daemon serving the cloud stand-in, with logprobs, as the model itself does', async () => {
    const backend = new CloudBackend({ baseURL: `${cloud.api}/v1`, model: CLOUD_MODEL, apiKey: KEY })
    const deltas: string[] = []
    const result = await backend.generate({ messages: question }, { onText: d => deltas.push(d) })
    const direct = await LocalBackend.load({ modelPath: modelPath(CLOUD_MODEL), threads: 1 })
    const reference = await direct.generate({ messages: question })
    await direct.dispose()
    expect(result.text).toBe(reference.text)
    expect(deltas.join('')).toBe(result.text)
    expect(result.tokens.map(t => t.text).join('')).toBe(result.text)
    result.tokens.forEach((t, i) => { expect(t.probability).toBeCloseTo(reference.tokens[i].probability, 4) })
    expect(result.completionTokens).toBe(reference.completionTokens)
  })

  it('turns a refused key into a typed error', async () => {
    const backend = new CloudBackend({ baseURL: `${cloud.api}/v1`, model: CLOUD_MODEL, apiKey: 'wrong', maxRetries: 0 })
    await expect(backend.generate({ messages: question })).rejects.toMatchObject({ name: 'UpstreamError', status: 401 })
  })

  it('retries an upstream 500 with backoff, then fails with a typed error', async () => {
    const upstream = await failingUpstream('500')
    try {
      const backend = new CloudBackend({ baseURL: upstream.url, model: 'm', apiKey: KEY, maxRetries: 2 })
      await expect(backend.generate({ messages: question })).rejects.toMatchObject({ name: 'UpstreamError', status: 500, message: expect.stringMatching(/upstream exploded/) })
      expect(upstream.requests()).toBe(3)
    } finally {
      await upstream.close()
    }
  })

  it('times out on an upstream that never answers', async () => {
    const upstream = await failingUpstream('hang')
    try {
      const backend = new CloudBackend({ baseURL: upstream.url, model: 'm', apiKey: KEY, timeoutMs: 300, maxRetries: 0 })
      await expect(backend.generate({ messages: question })).rejects.toMatchObject({ name: 'UpstreamTimeoutError' })
    } finally {
      await upstream.close()
    }
  })
})

describe('a daemon with cloud access', () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let daemon: DaemonProcess
  let broken: Awaited<ReturnType<typeof failingUpstream>>
  let hanging: Awaited<ReturnType<typeof failingUpstream>>

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    broken = await failingUpstream('500')
    hanging = await failingUpstream('hang')
  })
  afterAll(async () => {
    if (daemon != null) await stopDaemon(daemon)
    await broken?.close()
    await hanging?.close()
    await swarm?.cleanup()
  })

  it('maps upstream 500 to 502 and an upstream timeout to 504, goes on serving, and never shows its key', async () => {
    const start = async (upstream: string, name: string): Promise<DaemonProcess> => await spawnDaemon({
      dataDir: join(swarm.dir, name), swarmKey: swarm.swarmKey,
      extra: ['--model', modelPath('study-edge-a'), '--threads', '1', '--cloud-base-url', upstream, '--cloud-model', 'big-model', '--cloud-timeout-ms', '300']
    })
    process.env.OPENAI_API_KEY = KEY
    try {
      daemon = await start(broken.url, 'a')
    } finally {
      delete process.env.OPENAI_API_KEY
    }
    const client = new OpenAI({ baseURL: `${daemon.api}/v1`, apiKey: 'unused', maxRetries: 0 })
    expect((await client.models.list()).data.map(m => m.id)).toEqual(['swarm', 'study-edge-a', 'big-model'])
    await expect(client.chat.completions.create({ model: 'big-model', messages: question })).rejects.toMatchObject({ status: 502, code: 'upstream_error' })
    const local = await client.chat.completions.create({ model: 'study-edge-a', messages: [{ role: 'user', content: 'What is 4 + 5?' }] })
    expect(local.choices[0].message.content).toBe('9')
    const status = await (await fetch(`${daemon.api}/status`)).text()
    expect(JSON.parse(status).capabilities.canSummon).toBe(true)
    expect(status + (await (await fetch(`${daemon.api}/peers`)).text()) + daemon.output.join('\n')).not.toContain(KEY)
    await stopDaemon(daemon)

    daemon = await start(hanging.url, 'b')
    const slow = new OpenAI({ baseURL: `${daemon.api}/v1`, apiKey: 'unused', maxRetries: 0 })
    await expect(slow.chat.completions.create({ model: 'big-model', messages: question })).rejects.toMatchObject({ status: 504, code: 'upstream_timeout' })
    expect(hanging.requests()).toBe(3) // the first try and two retries
    expect((await slow.chat.completions.create({ model: 'study-edge-a', messages: question })).choices[0].message.content).toBeTypeOf('string')
  })
})
