import { createReadStream } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { logger } from '@libp2p/logger'
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
}

/** Appends one JSON line per routed query; `find` reads one back by id. */
export class TraceLog {
  private queue: Promise<void> = Promise.resolve()

  constructor (private readonly init: TraceLogInit) {}

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
    this.queue = this.queue
      .then(async () => { await appendFile(this.init.path, JSON.stringify(entry) + '\n') })
      .catch(err => { log.error('cannot write the trace to %s: %s', this.init.path, (err as Error).message) })
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
    this.queue = this.queue
      .then(async () => { await appendFile(this.init.path, JSON.stringify(entry) + '\n') })
      .catch(err => { log.error('cannot write the trace to %s: %s', this.init.path, (err as Error).message) })
  }

  /** Resolves when every queued entry is written. */
  async flush (): Promise<void> {
    await this.queue
  }

  /** The entry with this id (the latest, if written twice), or undefined. */
  async find (id: string): Promise<TraceEntry | undefined> {
    await this.flush()
    let found: TraceEntry | undefined
    try {
      const lines = createInterface({ input: createReadStream(this.init.path) })
      for await (const line of lines) {
        if (!line.includes(id)) continue
        const entry = JSON.parse(line) as TraceEntry
        if (entry.id === id) found = entry
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw err
    }
    return found
  }
}
