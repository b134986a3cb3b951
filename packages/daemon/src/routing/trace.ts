import { appendFile, open, readFile, rename, rm, stat, truncate } from 'node:fs/promises'
import { logger } from '@libp2p/logger'
import { TypedEventEmitter } from 'main-event'
import { DEFAULT_TRACE_MAX_BYTES, TRACE_FILES_KEPT } from './constants.js'
import type { Receipt } from './types.js'

const log = logger('swarm-llm:trace')

/** One routed query as the trace file keeps it. */
export interface TraceEntry {
  id: string
  time: string
  /** Absent when the daemon runs with --no-trace-prompts. */
  prompt?: string
  /** `aborted`: the client hung up before the query was answered. */
  route: Receipt['route'] | 'aborted'
  model: string
  answeredBy: string | null
  confidence: number
  lowConfidence: boolean
  degraded: Receipt['degraded']
  agreement: number | null
  thresholds: Receipt['thresholds']
  votes: Array<Omit<Receipt['votes'][number], 'answer'> & { answer?: string | null }>
  summoner: string | null
  cloudTokens: Receipt['cloudTokens']
  stages: Receipt['stages']
  safety: Receipt['safety']
  pii: Receipt['pii']
}

export interface TraceLogInit {
  /** The JSONL file. */
  path: string
  /** Keep prompt and answer texts. Defaults to true. */
  prompts?: boolean
  /** Size past which the file is rotated; TRACE_FILES_KEPT rotated files are kept. Defaults to DEFAULT_TRACE_MAX_BYTES. */
  maxBytes?: number
}

export interface TraceLogEvents {
  /** An entry could not be written (`code`: ENOSPC for a full disk, EACCES, ...); the query was answered all the same. */
  'write-failed': CustomEvent<{ code: string }>
  /** The file passed its size and was rotated. */
  rotated: CustomEvent<{ path: string }>
}

/** Where one entry lies: in which file (by generation: the current file's is the highest), at which byte, how long. */
interface Place {
  generation: number
  offset: number
  length: number
}

/**
 * Appends one JSON line per routed query; `find` reads one back by id. Past `maxBytes` the
 * file is rotated (traces.jsonl → traces.jsonl.1 → … → .4, the oldest deleted). An index in
 * memory (id → file, offset, length), built from the kept files on the first `find` and kept
 * up by every write, reads one line back instead of scanning the files. A write that fails (a
 * full disk) is logged and fires `write-failed`; a line it left half written is cut off, so the
 * next one starts clean; the query it traced was answered all the same.
 */
export class TraceLog extends TypedEventEmitter<TraceLogEvents> {
  private queue: Promise<void> = Promise.resolve()
  /** Bytes in the current file: read at the first write, then counted. */
  private size?: number
  /** The current file's generation; rotated file .k holds generation - k. */
  private generation = 0
  private readonly index = new Map<string, Place>()
  private indexed = false
  private readonly maxBytes: number

  constructor (private readonly init: TraceLogInit) {
    super()
    this.maxBytes = init.maxBytes ?? DEFAULT_TRACE_MAX_BYTES
  }

  get path (): string {
    return this.init.path
  }

  /** Queues the entry for writing; a write failure is logged, never thrown at the query. */
  write (prompt: string, receipt: Receipt): void {
    const keep = this.init.prompts !== false
    const entry: TraceEntry = {
      id: receipt.queryId,
      time: new Date().toISOString(),
      ...(keep ? { prompt } : {}),
      route: receipt.route,
      model: receipt.model,
      answeredBy: receipt.answeredBy,
      confidence: receipt.confidence,
      lowConfidence: receipt.lowConfidence,
      degraded: receipt.degraded,
      agreement: receipt.agreement,
      thresholds: receipt.thresholds,
      // answers can repeat what the prompt said, so they go with it
      votes: receipt.votes.map(v => keep ? v : { ...v, answer: undefined }),
      summoner: receipt.summoner,
      cloudTokens: receipt.cloudTokens,
      stages: receipt.stages,
      safety: receipt.safety,
      pii: receipt.pii
    }
    this.enqueue(entry.id, entry)
  }

  /** Records a query whose client hung up: what it had got to, with no answer. */
  writeAborted (prompt: string, run: { id: string, votes: Receipt['votes'], stages: Receipt['stages'], started: number, safety: Receipt['safety'], pii: Receipt['pii'] }): void {
    const keep = this.init.prompts !== false
    const totalMs = Math.round(performance.now() - run.started)
    const entry = {
      id: run.id,
      time: new Date().toISOString(),
      ...(keep ? { prompt } : {}),
      route: 'aborted',
      votes: run.votes.map(v => keep ? v : { ...v, answer: undefined }),
      stages: { ...run.stages, totalMs },
      safety: run.safety,
      pii: run.pii
    }
    this.enqueue(entry.id, entry)
  }

  private enqueue (id: string, entry: object): void {
    const line = JSON.stringify(entry) + '\n'
    this.queue = this.queue.then(async () => { await this.append(id, line) })
  }

  /** Writes one line, rotating first when it would pass the size; never throws. */
  private async append (id: string, line: string): Promise<void> {
    const path = this.init.path
    const bytes = Buffer.byteLength(line)
    try {
      this.size ??= await sizeOf(path)
      if (this.size > 0 && this.size + bytes > this.maxBytes) await this.rotate()
      await appendFile(path, line)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).name
      log.error('cannot write the trace to %s: %s', path, (err as Error).message)
      // a half-written line would spoil the next one: cut the file back to the last whole line
      if (this.size != null) await truncate(path, this.size).catch(() => {})
      this.safeDispatchEvent('write-failed', { detail: { code } })
      return
    }
    this.index.set(id, { generation: this.generation, offset: this.size, length: bytes })
    this.size += bytes
  }

  /** traces.jsonl becomes .1, .1 becomes .2, and so on; the oldest kept is deleted. */
  private async rotate (): Promise<void> {
    const path = this.init.path
    await rm(`${path}.${TRACE_FILES_KEPT}`, { force: true })
    for (let k = TRACE_FILES_KEPT - 1; k >= 1; k--) await rename(`${path}.${k}`, `${path}.${k + 1}`).catch(ignoreMissing)
    await rename(path, `${path}.1`)
    this.generation++
    this.size = 0
    for (const [id, place] of this.index) if (this.generation - place.generation > TRACE_FILES_KEPT) this.index.delete(id)
    log('rotated %s', path)
    this.safeDispatchEvent('rotated', { detail: { path } })
  }

  /** The file that holds a generation. */
  private fileOf (generation: number): string {
    const k = this.generation - generation
    return k === 0 ? this.init.path : `${this.init.path}.${k}`
  }

  /** Reads the kept files once, oldest first, so later lines win: entries written before this process started. */
  private async buildIndex (): Promise<void> {
    for (let k = TRACE_FILES_KEPT; k >= 0; k--) {
      const generation = this.generation - k
      let text: Buffer
      try {
        text = await readFile(this.fileOf(generation))
      } catch (err) {
        ignoreMissing(err as Error)
        continue
      }
      let offset = 0
      while (offset < text.length) {
        const end = text.indexOf(10, offset)
        const stop = end < 0 ? text.length : end + 1
        const id = idOf(text.subarray(offset, stop).toString('utf8'))
        if (id != null) this.index.set(id, { generation, offset, length: stop - offset })
        offset = stop
      }
    }
    this.indexed = true
  }

  /** Resolves when every queued entry is written. */
  async flush (): Promise<void> {
    await this.queue
  }

  /** The entry with this id (the latest, if written twice), or undefined: one line read through the index. */
  async find (id: string): Promise<TraceEntry | undefined> {
    if (!this.indexed) this.queue = this.queue.then(async () => { if (!this.indexed) await this.buildIndex() })
    await this.flush()
    const place = this.index.get(id)
    if (place == null) return undefined
    const buffer = Buffer.alloc(place.length)
    try {
      const file = await open(this.fileOf(place.generation), 'r')
      try {
        await file.read(buffer, 0, place.length, place.offset)
      } finally {
        await file.close()
      }
    } catch (err) {
      ignoreMissing(err as Error)
      return undefined
    }
    try {
      const entry = JSON.parse(buffer.toString('utf8')) as TraceEntry
      return entry.id === id ? entry : undefined
    } catch {
      // the files were changed behind this process's back
      return undefined
    }
  }
}

async function sizeOf (path: string): Promise<number> {
  try {
    return (await stat(path)).size
  } catch (err) {
    ignoreMissing(err as Error)
    return 0
  }
}

function ignoreMissing (err: Error): void {
  if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
}

/** A trace line's id, or none for a line that is not one. */
function idOf (line: string): string | undefined {
  try {
    const id = (JSON.parse(line) as { id?: unknown }).id
    return typeof id === 'string' ? id : undefined
  } catch {
    return undefined
  }
}
