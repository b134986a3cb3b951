import { DEFAULT_API_HOST, DEFAULT_API_PORT } from '@swarm-llm/daemon/constants'
import { UsageError } from './command.js'
import type { Values } from './command.js'

/** The daemon's base URL: --api-port, else SWARM_LLM_API, else the default port on loopback. */
export function apiBase (values: Values, env = process.env): string {
  const port = values['api-port']
  if (typeof port === 'string') {
    if (!/^\d+$/.test(port)) throw new UsageError(`--api-port must be a port number, not "${port}"`)
    return `http://${DEFAULT_API_HOST}:${port}`
  }
  return (env.SWARM_LLM_API ?? `http://${DEFAULT_API_HOST}:${DEFAULT_API_PORT}`).replace(/\/+$/, '')
}

export class DaemonUnreachableError extends Error {
  static name = 'DaemonUnreachableError'
  constructor (base: string, cause: Error) {
    super(`no daemon answers at ${base} (${cause.message}); start one with \`swarm-llm up\` or set --api-port / SWARM_LLM_API`)
    this.name = 'DaemonUnreachableError'
  }
}

/** The daemon answered with an HTTP error: its status and its OpenAI-style error code. */
export class DaemonHttpError extends Error {
  static name = 'DaemonHttpError'
  constructor (readonly status: number, readonly code: string | undefined, message: string) {
    super(`daemon answered ${status}: ${message}`)
    this.name = 'DaemonHttpError'
  }
}

/** GETs or POSTs JSON to the daemon and returns the parsed body; throws on HTTP errors. */
export async function request<T> (base: string, path: string, body?: unknown): Promise<T> {
  let res: Response
  try {
    const auth: Record<string, string> = process.env.SWARM_LLM_API_KEY != null ? { authorization: `Bearer ${process.env.SWARM_LLM_API_KEY}` } : {}
    res = await fetch(base + path, body === undefined
      ? { signal: AbortSignal.timeout(10_000), headers: auth }
      : { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...auth } })
  } catch (err) {
    throw new DaemonUnreachableError(base, (err as Error).cause as Error ?? err)
  }
  const payload = await res.json().catch(() => null) as any
  if (!res.ok) throw new DaemonHttpError(res.status, payload?.error?.code, payload?.error?.message ?? res.statusText)
  return payload as T
}

/** POSTs a streaming chat completion and yields each server-sent chunk; throws on HTTP or stream errors. */
export async function * streamCompletion (base: string, body: object): AsyncGenerator<any> {
  const auth: Record<string, string> = process.env.SWARM_LLM_API_KEY != null ? { authorization: `Bearer ${process.env.SWARM_LLM_API_KEY}` } : {}
  let res: Response
  try {
    res = await fetch(`${base}/v1/chat/completions`, { method: 'POST', body: JSON.stringify({ ...body, stream: true }), headers: { 'content-type': 'application/json', ...auth } })
  } catch (err) {
    throw new DaemonUnreachableError(base, (err as Error).cause as Error ?? err)
  }
  if (!res.ok || res.body == null) {
    const payload = await res.json().catch(() => null) as any
    throw new Error(`daemon answered ${res.status}: ${payload?.error?.message ?? res.statusText}`)
  }
  const decoder = new TextDecoder()
  let buffered = ''
  for await (const bytes of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(bytes, { stream: true })
    let end: number
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const event = buffered.slice(0, end)
      buffered = buffered.slice(end + 2)
      const data = event.split('\n').filter(l => l.startsWith('data: ')).map(l => l.slice(6)).join('\n')
      if (data === '' || data === '[DONE]') continue
      const chunk = JSON.parse(data)
      if (chunk.error != null) throw new Error(`the answer broke off: ${chunk.error.message as string}`)
      yield chunk
    }
  }
}
