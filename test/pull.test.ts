import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { pullModel } from '@swarm-llm/daemon'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CLI } from './helpers/daemon.js'
import { modelPath } from './helpers/models.js'

const gguf = readFileSync(modelPath('study-edge-a'))
const sha256 = createHash('sha256').update(gguf).digest('hex')

/** A model host on loopback: honours Range, states the sha256 as Hugging Face does, and can drop a download part way. */
interface Host { url: string, ranges: Array<string | undefined>, cutAfter?: number, checksum: string, close: () => Promise<void> }

async function modelHost (): Promise<Host> {
  const host: Partial<Host> = { ranges: [], checksum: sha256 }
  const server: Server = createServer((req, res) => {
    host.ranges!.push(req.headers.range)
    if (!req.url!.endsWith('.gguf')) { res.writeHead(404).end(); return }
    const start = Number(req.headers.range?.match(/^bytes=(\d+)-$/)?.[1] ?? 0)
    const body = gguf.subarray(start)
    res.writeHead(start > 0 ? 206 : 200, {
      'content-length': body.length,
      'x-linked-etag': `"${host.checksum}"`,
      ...(start > 0 ? { 'content-range': `bytes ${start}-${gguf.length - 1}/${gguf.length}` } : {})
    })
    if (host.cutAfter != null) {
      const cut = host.cutAfter
      host.cutAfter = undefined
      res.write(body.subarray(0, cut), () => { res.socket?.destroy() })
      return
    }
    res.end(body)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  host.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  host.close = async () => { server.closeAllConnections(); await new Promise(resolve => server.close(resolve)) }
  return host as Host
}

describe('pull', () => {
  let host: Host
  let dir: string
  beforeAll(async () => { host = await modelHost() })
  afterAll(async () => { await host?.close() })
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'swarm-llm-pull-'))
    host.ranges.length = 0
    host.checksum = sha256
    return async () => { await rm(dir, { recursive: true, force: true }) }
  })

  it('downloads a GGUF file and verifies the checksum the source states', async () => {
    const result = await pullModel(`${host.url}/models/tiny.gguf`, { dir })
    expect(result).toMatchObject({ bytes: gguf.length, resumedFrom: 0, verified: { sha256, from: 'header' } })
    expect(readFileSync(join(dir, 'tiny.gguf')).equals(gguf)).toBe(true)
  })

  it('resumes an interrupted download where it stopped', async () => {
    host.cutAfter = 100_000
    await expect(pullModel(`${host.url}/tiny.gguf`, { dir })).rejects.toMatchObject({ name: 'DownloadInterruptedError' })
    const partial = (await stat(join(dir, 'tiny.gguf.part'))).size
    expect(partial).toBeGreaterThan(0)
    expect(partial).toBeLessThan(gguf.length)
    expect(existsSync(join(dir, 'tiny.gguf'))).toBe(false)

    const result = await pullModel(`${host.url}/tiny.gguf`, { dir })
    expect(host.ranges).toEqual([undefined, `bytes=${partial}-`])
    expect(result).toMatchObject({ resumedFrom: partial, bytes: gguf.length, verified: { sha256 } })
    expect(readFileSync(join(dir, 'tiny.gguf')).equals(gguf)).toBe(true)
    expect(existsSync(join(dir, 'tiny.gguf.part'))).toBe(false)
  })

  it('discards a download whose checksum does not match', async () => {
    host.checksum = 'a'.repeat(64)
    await expect(pullModel(`${host.url}/tiny.gguf`, { dir })).rejects.toMatchObject({ name: 'ChecksumMismatchError' })
    expect(existsSync(join(dir, 'tiny.gguf'))).toBe(false)
    expect(existsSync(join(dir, 'tiny.gguf.part'))).toBe(false)
  })

  it('resolves hf: sources against the Hugging Face endpoint', async () => {
    await pullModel('hf:someone/tiny-model/sub/tiny.gguf@v2', { dir, hfEndpoint: host.url })
    expect(readFileSync(join(dir, 'tiny.gguf')).equals(gguf)).toBe(true)
  })

  it('says plainly when the source cannot be reached, through the CLI', async () => {
    const closed = await modelHost()
    const url = `${closed.url}/tiny.gguf`
    await closed.close()
    const run = promisify(execFile)(process.execPath, [CLI, 'pull', url, '--dir', dir])
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\): are you offline/) })
  })

  it('downloads through the CLI, with --json for scripts', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'pull', `${host.url}/tiny.gguf`, '--dir', dir, '--json'])
    expect(JSON.parse(stdout)).toMatchObject({ path: join(dir, 'tiny.gguf'), verified: { sha256 } })
  })
})
