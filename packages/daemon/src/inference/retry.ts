import type { Logger } from '@libp2p/logger'
import { CLOUD_RETRY_BASE_MS, CLOUD_RETRY_MAX_MS } from './constants.js'
import { AbortedError, UpstreamError, UpstreamTimeoutError } from './errors.js'

export interface RetryOptions {
  /** Longest one attempt may take, before what is left of the budget cuts it. */
  timeoutMs: number
  maxRetries: number
  /** The query's budget ends here (ms since the epoch); no attempt or wait runs past it. */
  deadlineMs?: number
  signal?: AbortSignal
  log: Logger
}

/** Statuses worth another attempt, as OpenAI's own client retries them: 408, 409, 429 and 5xx. */
function retryable (err: Error): boolean {
  if (err.name === UpstreamTimeoutError.name) return true
  if (!(err instanceof UpstreamError)) return false
  const status = err.status
  return status == null || status === 408 || status === 409 || status === 429 || status >= 500
}

/** A Retry-After (seconds or an HTTP date) or retry-after-ms header, in ms. */
export function retryAfterOf (headers: Headers | Record<string, string> | undefined): number | undefined {
  if (headers == null) return undefined
  const get = (name: string): string | null | undefined => headers instanceof Headers ? headers.get(name) : headers[name]
  const ms = Number(get('retry-after-ms'))
  if (Number.isFinite(ms) && ms >= 0 && get('retry-after-ms') != null) return ms
  const value = get('retry-after')
  if (value == null) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const date = Date.parse(value)
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined
}

async function sleep (ms: number, signal?: AbortSignal): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve() }, ms)
    const onAbort = (): void => { clearTimeout(timer); reject(new AbortedError('cloud request aborted')) }
    if (signal?.aborted === true) { onAbort(); return }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Runs `attempt` until it succeeds, fails for good, or the budget leaves no room: each attempt
 * gets the per-attempt timeout or what is left of the budget, whichever is less, and a retry
 * whose wait (the server's Retry-After, else exponential backoff) would end past the budget is
 * not made: the last error is thrown at once, so the router can still answer on time.
 */
export async function withRetries<T> (attempt: (timeoutMs: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const left = (): number => options.deadlineMs != null ? options.deadlineMs - Date.now() : Infinity
  for (let tries = 0; ; tries++) {
    const remaining = left()
    if (remaining <= 0) throw new UpstreamTimeoutError(0)
    try {
      return await attempt(Math.max(1, Math.min(options.timeoutMs, remaining)))
    } catch (err) {
      const error = err as Error
      if (tries >= options.maxRetries || !retryable(error) || options.signal?.aborted === true) throw error
      const asked = error instanceof UpstreamError ? error.retryAfterMs : undefined
      const wait = Math.min(asked ?? CLOUD_RETRY_BASE_MS * 2 ** tries, CLOUD_RETRY_MAX_MS)
      // a retry must have time to answer: the wait, and at least as long again to run
      if (wait * 2 >= left()) throw error
      options.log('cloud attempt %d failed (%s); retrying in %d ms', tries + 1, error.message, wait)
      await sleep(wait, options.signal)
    }
  }
}
