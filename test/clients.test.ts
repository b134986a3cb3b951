import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson, makeSwarmDir, spawnDaemon, spawnServe, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'
import { modelPath } from './helpers/models.js'

const COMMON = ['--threads', '1']

function cosine (a: number[], b: number[]): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (let i = 0; i < a.length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i] }
  return dot / Math.sqrt(na * nb)
}

/**
 * The clients people already use, unchanged, against a swarm of real daemons running the study
 * models: a (study-edge-a) and b (study-edge-b, holding the key to the cloud stand-in, a
 * `swarm-llm serve` of study-cloud).
 */
describe('real clients against a swarm of the study models', () => {
  const cloudKey = `sk-test-${randomBytes(12).toString('hex')}`
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let cloud: Awaited<ReturnType<typeof spawnServe>>
  let a: DaemonProcess
  let b: DaemonProcess

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    cloud = await spawnServe(modelPath('study-cloud'), { SWARM_LLM_SERVE_API_KEY: cloudKey })
    a = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--model', modelPath('study-edge-a'), ...COMMON] })
    b = await spawnDaemon({
      dataDir: join(swarm.dir, 'b'),
      swarmKey: swarm.swarmKey,
      bootstrap: a.addresses,
      env: { OPENAI_API_KEY: cloudKey },
      extra: ['--model', modelPath('study-edge-b'), '--cloud-base-url', `${cloud.api}/v1`, '--cloud-model', 'study-cloud', ...COMMON]
    })
    await waitFor(async () => {
      const models = (await getJson<{ data: Array<{ id: string }> }>(a, '/v1/models')).data.map(m => m.id)
      return ['study-edge-a', 'study-edge-b', 'study-cloud'].every(m => models.includes(m))
    }, 30_000, 'a to see every model of the swarm')
  })
  afterAll(async () => {
    for (const daemon of [a, b]) if (daemon != null) await stopDaemon(daemon)
    if (cloud != null) { cloud.process.kill('SIGTERM'); await cloud.exited }
    await swarm?.cleanup()
  })

  describe('openai: /v1/embeddings', () => {
    let client: OpenAI
    beforeAll(() => { client = new OpenAI({ baseURL: `${a.api}/v1`, apiKey: 'unused', maxRetries: 0 }) })

    it('embeds with this node\'s model, the same text the same way and another text differently', async () => {
      const reply = await client.embeddings.create({ model: 'study-edge-a', input: ['the weather in Oslo', 'the weather in Oslo', 'How do I kill process 4242?'] })
      expect(reply.model).toBe('study-edge-a')
      expect(reply.data.map(d => d.index)).toEqual([0, 1, 2])
      const [x, y, z] = reply.data.map(d => d.embedding)
      expect(x.length).toBeGreaterThan(16)
      expect(Math.hypot(...x)).toBeCloseTo(1, 5)
      expect(cosine(x, y)).toBeCloseTo(1, 5)
      expect(cosine(x, z)).toBeLessThan(0.99)
      expect(reply.usage.prompt_tokens).toBeGreaterThan(0)
      expect((reply as any).swarm_receipt).toMatchObject({ route: 'local', node: a.peerId })
      // the client asked for base64 above (its default) and decoded it; raw, it is float32s
      const res = await fetch(`${a.api}/v1/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'swarm', input: 'the weather in Oslo', encoding_format: 'base64' }) })
      const again = await res.json() as any
      const decoded = [...new Float32Array(Buffer.from(again.data[0].embedding as string, 'base64').buffer)]
      expect(cosine(decoded, x)).toBeCloseTo(1, 5)
    })

    it('embeds with a peer\'s model, in batches, as the peer itself does', async () => {
      const inputs = Array.from({ length: 11 }, (_, i) => `sentence number ${i} about the sea`)
      const viaA = await client.embeddings.create({ model: 'study-edge-b', input: inputs, encoding_format: 'float' })
      expect((viaA as any).swarm_receipt).toMatchObject({ route: 'peers', node: b.peerId, model: 'study-edge-b' })
      const atB = await new OpenAI({ baseURL: `${b.api}/v1`, apiKey: 'unused', maxRetries: 0 }).embeddings.create({ model: 'study-edge-b', input: inputs, encoding_format: 'float' })
      expect((atB as any).swarm_receipt.route).toBe('local')
      expect(viaA.data).toHaveLength(11)
      for (let i = 0; i < inputs.length; i++) expect(cosine(viaA.data[i].embedding, atB.data[i].embedding)).toBeCloseTo(1, 5)
      const local = await client.embeddings.create({ model: 'study-edge-a', input: inputs[0], encoding_format: 'float' })
      expect(viaA.data[0].embedding.length).not.toBe(local.data[0].embedding.length)
    })

    it('embeds with the cloud model through the node that holds its key, never from a LAN-only request', async () => {
      const reply = await client.embeddings.create({ model: 'study-cloud', input: 'mail me at kari@example.com', encoding_format: 'float' })
      expect((reply as any).swarm_receipt).toMatchObject({ route: 'cloud', node: b.peerId, piiRedacted: 1 })
      const direct = await new OpenAI({ baseURL: `${cloud.api}/v1`, apiKey: cloudKey, maxRetries: 0 }).embeddings.create({ model: 'study-cloud', input: 'mail me at [EMAIL_1]', encoding_format: 'float' })
      expect(cosine(reply.data[0].embedding, direct.data[0].embedding)).toBeCloseTo(1, 5)
      const refused = await client.embeddings.create({ model: 'study-cloud', input: 'hi', lan_only: true } as any).catch((err: any) => err)
      expect(refused.status).toBe(400)
      expect(refused.error).toMatchObject({ code: 'route_unavailable' })
      const unknown = await client.embeddings.create({ model: 'nope', input: 'hi' }).catch((err: any) => err)
      expect(unknown.status).toBe(404)
      const dimensions = await client.embeddings.create({ model: 'study-edge-a', input: 'hi', dimensions: 8 }).catch((err: any) => err)
      expect(dimensions.error).toMatchObject({ code: 'unsupported_parameter', param: 'dimensions' })
    })
  })
})
