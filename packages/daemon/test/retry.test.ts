import { logger } from '@libp2p/logger'
import { describe, expect, it } from 'vitest'
import { UpstreamError } from '../src/inference/errors.js'
import { retryAfterOf, withRetries } from '../src/inference/retry.js'

const log = logger('swarm-llm:test')

describe('cloud retries within the query budget', () => {
  it('cuts each attempt to what is left of the budget', async () => {
    const given: number[] = []
    const deadlineMs = Date.now() + 300
    await expect(withRetries(async timeoutMs => { given.push(timeoutMs); throw new UpstreamError(500, 'boom') }, { timeoutMs: 20_000, maxRetries: 2, deadlineMs, log })).rejects.toThrow(/boom/)
    expect(given[0]).toBeLessThanOrEqual(300)
  })

  it('makes no retry whose Retry-After ends past the budget, and throws the server error at once', async () => {
    let calls = 0
    const started = Date.now()
    const err = await withRetries(async () => { calls++; throw new UpstreamError(429, 'slow down', 10_000) }, { timeoutMs: 20_000, maxRetries: 2, deadlineMs: Date.now() + 2000, log }).catch((e: Error) => e)
    expect(err).toMatchObject({ name: 'UpstreamError', status: 429 })
    expect(calls).toBe(1)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('retries a 500 when the budget has room, and returns the answer', async () => {
    let calls = 0
    const value = await withRetries(async () => { if (++calls < 2) throw new UpstreamError(500, 'boom'); return 'ok' }, { timeoutMs: 1000, maxRetries: 2, deadlineMs: Date.now() + 10_000, log })
    expect(value).toBe('ok')
    expect(calls).toBe(2)
  })

  it('reads Retry-After in seconds and retry-after-ms', () => {
    expect(retryAfterOf(new Headers({ 'retry-after': '3' }))).toBe(3000)
    expect(retryAfterOf(new Headers({ 'retry-after-ms': '250' }))).toBe(250)
    expect(retryAfterOf(new Headers())).toBeUndefined()
  })
})
