import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TRACE_FILES_KEPT } from '../src/routing/constants.js'
import { TraceLog } from '../src/routing/trace.js'
import type { Receipt } from '../src/routing/types.js'

function receipt (queryId: string): Receipt {
  return { queryId, route: 'local', model: 'm', answeredBy: 'self', confidence: 0.9, lowConfidence: false, degraded: null, agreement: null, thresholds: {}, votes: [], summoner: null, cloudTokens: 0, stages: {}, safety: null, pii: {} } as unknown as Receipt
}

describe('the trace log', () => {
  let dir: string
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'trace-')) })
  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  it('rotates past its size, keeps the last files, and finds entries in any kept file', async () => {
    const path = join(dir, 'traces.jsonl')
    const trace = new TraceLog({ path, maxBytes: 2000 })
    let rotations = 0
    trace.addEventListener('rotated', () => { rotations++ })
    for (let i = 0; i < 200; i++) trace.write(`prompt ${i}`, receipt(`q-${i}`))
    await trace.flush()
    const files = (await readdir(dir)).sort()
    expect(files).toEqual(['traces.jsonl', ...Array.from({ length: TRACE_FILES_KEPT }, (_, k) => `traces.jsonl.${k + 1}`)])
    expect(rotations).toBeGreaterThan(TRACE_FILES_KEPT)
    for (const file of files) expect((await readFile(join(dir, file))).length).toBeLessThanOrEqual(2000)
    expect(await trace.find('q-199')).toMatchObject({ id: 'q-199', prompt: 'prompt 199' })
    const oldest = JSON.parse((await readFile(join(dir, `traces.jsonl.${TRACE_FILES_KEPT}`), 'utf8')).split('\n')[0]).id as string
    expect(await trace.find(oldest)).toMatchObject({ id: oldest })
    expect(await trace.find('q-0')).toBeUndefined()
    // a new process indexes what the last one left
    const again = new TraceLog({ path, maxBytes: 2000 })
    expect(await again.find(oldest)).toMatchObject({ id: oldest })
    expect(await again.find('q-199')).toMatchObject({ id: 'q-199' })
    again.write('later', receipt('q-200'))
    expect(await again.find('q-200')).toMatchObject({ id: 'q-200', prompt: 'later' })
  })

  it('reports a failed write with its code and never throws at the writer', async () => {
    const trace = new TraceLog({ path: join(dir, 'missing', 'traces.jsonl') })
    const codes: string[] = []
    trace.addEventListener('write-failed', e => { codes.push(e.detail.code) })
    trace.write('p', receipt('q-1'))
    trace.write('p', receipt('q-2'))
    await trace.flush()
    expect(codes).toEqual(['ENOENT', 'ENOENT'])
    expect(await trace.find('q-1')).toBeUndefined()
  })
})
