import type { IncomingMessage, ServerResponse } from 'node:http'

/** An error that becomes an HTTP response with an OpenAI-shaped body. */
export class HttpError extends Error {
  static name = 'HttpError'
  constructor (readonly status: number, readonly code: string, message: string, readonly type = 'invalid_request_error', readonly param: string | null = null) {
    super(message)
    this.name = 'HttpError'
  }
}

export function sendJson (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers })
  res.end(text)
}

/** Seconds a client told 503 (busy, no answer) or 429 (cloud cap) should wait before it tries again. Defaults to 1. */
export const RETRY_AFTER_S = 1

export function sendError (res: ServerResponse, err: HttpError): void {
  const retry = err.status === 503 || err.status === 429 ? { 'retry-after': String(RETRY_AFTER_S) } : undefined
  sendJson(res, err.status, { error: { message: err.message, type: err.type, code: err.code, param: err.param } }, retry)
}

/** Reads a JSON body of at most `limit` bytes. */
export async function readJson (req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new HttpError(413, 'request_too_large', `request body exceeds ${limit} bytes`)
    chunks.push(chunk as Buffer)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch (err) {
    throw new HttpError(400, 'invalid_json', `request body is not valid JSON: ${(err as Error).message}`)
  }
}
