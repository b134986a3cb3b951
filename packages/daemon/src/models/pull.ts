import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { Readable } from 'node:stream'
import { finished, pipeline } from 'node:stream/promises'

export class PullError extends Error {
  static name = 'PullError'
  constructor (message: string) {
    super(message)
    this.name = 'PullError'
  }
}

/** The source cannot be reached at all: offline, or no server there. */
export class SourceUnreachableError extends PullError {
  static name = 'SourceUnreachableError'
  constructor (url: string, code: string) {
    super(`cannot reach ${new URL(url).host} (${code}): are you offline, or is the address wrong?`)
    this.name = 'SourceUnreachableError'
  }
}

/** The connection broke mid-download; the partial file is kept for resuming. */
export class DownloadInterruptedError extends PullError {
  static name = 'DownloadInterruptedError'
  constructor (received: number, partPath: string) {
    super(`download interrupted after ${received} bytes; run the same command again to resume from ${partPath}`)
    this.name = 'DownloadInterruptedError'
  }
}

export class ChecksumMismatchError extends PullError {
  static name = 'ChecksumMismatchError'
  constructor (expected: string, actual: string) {
    super(`checksum mismatch: the source says sha256 ${expected} but the file has ${actual}; the download was discarded`)
    this.name = 'ChecksumMismatchError'
  }
}

export interface PullOptions {
  /** Directory to put the model in. */
  dir: string
  /** Expected sha256 (hex); overrides what the source says. */
  sha256?: string
  /** Base URL for `hf:` sources. Defaults to https://huggingface.co. */
  hfEndpoint?: string
  onProgress?: (received: number, total: number | undefined) => void
  signal?: AbortSignal
}

export interface PullResult {
  path: string
  bytes: number
  /** The sha256 checked, and where it came from; undefined when the source gave none. */
  verified?: { sha256: string, from: 'option' | 'header' }
  resumedFrom: number
  alreadyPresent: boolean
}

/** `hf:owner/repo/path/file.gguf[@revision]` or an http(s) URL, to a download URL. */
export function resolveSource (source: string, hfEndpoint = 'https://huggingface.co'): string {
  if (source.startsWith('hf:')) {
    const match = source.slice(3).match(/^([^/\s]+)\/([^/\s]+)\/([^@\s]+\.gguf)(?:@([^\s]+))?$/i)
    if (match == null) throw new PullError(`"${source}" is not hf:OWNER/REPO/FILE.gguf[@REVISION]`)
    const [, owner, repo, file, revision] = match
    return `${hfEndpoint.replace(/\/+$/, '')}/${owner}/${repo}/resolve/${revision ?? 'main'}/${file}`
  }
  let url: URL
  try {
    url = new URL(source)
  } catch {
    throw new PullError(`"${source}" is neither a URL nor an hf: source`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new PullError(`cannot download ${url.protocol} URLs`)
  return url.toString()
}

/** A sha256 the server states: Hugging Face's x-linked-etag, a sha256 etag, or a Digest header. */
export function checksumFromHeaders (headers: Headers): string | undefined {
  for (const name of ['x-linked-etag', 'etag']) {
    const value = headers.get(name)?.replace(/^W\//, '').replace(/"/g, '')
    if (value != null && /^[0-9a-f]{64}$/i.test(value)) return value.toLowerCase()
  }
  for (const name of ['repr-digest', 'digest']) {
    const match = headers.get(name)?.match(/sha-256=:?([A-Za-z0-9+/=]+):?/)
    if (match != null) return Buffer.from(match[1], 'base64').toString('hex')
  }
  return undefined
}

async function sha256Of (path: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(path), hash)
  return hash.digest('hex')
}

async function sizeOf (path: string): Promise<number> {
  try {
    return (await stat(path)).size
  } catch {
    return 0
  }
}

/**
 * Downloads a GGUF model into `dir`. Resumable: bytes land in `<file>.part`, and a later pull
 * asks for the rest with a Range request. Verified against the sha256 the source states, when
 * it states one, and against the GGUF magic number.
 */
export async function pullModel (source: string, options: PullOptions): Promise<PullResult> {
  const url = resolveSource(source, options.hfEndpoint)
  const name = basename(new URL(url).pathname)
  if (!name.toLowerCase().endsWith('.gguf')) throw new PullError(`${name} is not a .gguf file`)
  await mkdir(options.dir, { recursive: true })
  const path = join(options.dir, name)
  const part = `${path}.part`
  if (await sizeOf(path) > 0) return { path, bytes: await sizeOf(path), resumedFrom: 0, alreadyPresent: true }

  let offset = await sizeOf(part)
  let res: Response
  try {
    res = await fetch(url, { headers: offset > 0 ? { range: `bytes=${offset}-` } : {}, signal: options.signal, redirect: 'follow' })
  } catch (err) {
    const code = ((err as any).cause?.code ?? (err as any).code ?? (err as Error).message) as string
    throw new SourceUnreachableError(url, code)
  }
  if (res.status === 416) {
    // our partial file is not a prefix the server recognises: start over
    await rm(part, { force: true })
    return await pullModel(source, options)
  }
  if (!res.ok || res.body == null) throw new PullError(`${url} answered ${res.status} ${res.statusText}`)
  if (res.status !== 206) offset = 0 // the server ignored the Range header: whole file again
  const length = Number(res.headers.get('content-length') ?? Number.NaN)
  const total = Number.isFinite(length) ? offset + length : undefined
  const expected = options.sha256?.toLowerCase() ?? checksumFromHeaders(res.headers)

  let received = offset
  const file = createWriteStream(part, { flags: offset > 0 ? 'a' : 'w' })
  let broken: unknown
  try {
    // chunk by chunk rather than pipeline(), which destroys the file stream when the connection
    // breaks and drops what was received but not yet written: the next pull resumes from the
    // file's size, so every byte received must reach it
    for await (const chunk of Readable.fromWeb(res.body as any) as AsyncIterable<Buffer>) {
      if (!file.write(chunk)) await once(file, 'drain')
      received += chunk.length
      options.onProgress?.(received, total)
    }
  } catch (err) {
    broken = err
  }
  file.end()
  await finished(file)
  if (broken != null && options.signal?.aborted === true) throw broken
  if (broken != null || (total != null && received < total)) throw new DownloadInterruptedError(received, part)

  const handle = await open(part, 'r')
  const magic = Buffer.alloc(4)
  await handle.read(magic, 0, 4, 0)
  await handle.close()
  if (magic.toString('latin1') !== 'GGUF') {
    await rm(part, { force: true })
    throw new PullError(`${url} is not a GGUF file (it does not start with "GGUF"); the download was discarded`)
  }
  let verified: PullResult['verified']
  if (expected != null) {
    const actual = await sha256Of(part)
    if (actual !== expected) {
      await rm(part, { force: true })
      throw new ChecksumMismatchError(expected, actual)
    }
    verified = { sha256: actual, from: options.sha256 != null ? 'option' : 'header' }
  }
  await rename(part, path)
  return { path, bytes: received, verified, resumedFrom: offset, alreadyPresent: false }
}
