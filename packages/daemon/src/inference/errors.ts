/** The backend's queue is full; try later or another peer. */
export class BusyError extends Error {
  static name = 'BusyError'
  constructor (message = 'the model is busy: its queue is full') {
    super(message)
    this.name = 'BusyError'
  }
}

/** The prompt does not fit the model's context. */
export class ContextOverflowError extends Error {
  static name = 'ContextOverflowError'
  constructor (readonly promptTokens: number, readonly contextLength: number) {
    super(`the prompt has ${promptTokens} tokens but the context holds ${contextLength}`)
    this.name = 'ContextOverflowError'
  }
}

/** A model file is missing or unreadable. */
export class ModelLoadError extends Error {
  static name = 'ModelLoadError'
  constructor (message: string) {
    super(message)
    this.name = 'ModelLoadError'
  }
}

/** The request was aborted (client gone, deadline passed). */
export class AbortedError extends Error {
  static name = 'AbortedError'
  constructor (message = 'generation was aborted') {
    super(message)
    this.name = 'AbortedError'
  }
}

/** The cloud API answered with an error status (after the retries the client makes). */
export class UpstreamError extends Error {
  static name = 'UpstreamError'
  /** `retryAfterMs`: how long the server asked to wait (its Retry-After), when it said. */
  constructor (readonly status: number | undefined, message: string, readonly retryAfterMs?: number) {
    super(message)
    this.name = 'UpstreamError'
  }
}

/** The cloud API did not answer in time. */
export class UpstreamTimeoutError extends Error {
  static name = 'UpstreamTimeoutError'
  constructor (timeoutMs: number) {
    super(`the cloud API did not answer within ${timeoutMs} ms`)
    this.name = 'UpstreamTimeoutError'
  }
}

/** How a model file differs from the one loaded: deleted, truncated, replaced by another file (a new inode), or modified in place. */
export type ModelFileChange = 'deleted' | 'truncated' | 'replaced' | 'modified'

const CHANGES: Record<ModelFileChange, string> = { deleted: 'was deleted', truncated: 'was truncated', replaced: 'was replaced by another file', modified: 'was modified' }

/** The model file changed, shrank or vanished under the running daemon: this node stops using it rather than read a file that is no longer the one it loaded. */
export class ModelGoneError extends Error {
  static name = 'ModelGoneError'
  constructor (readonly modelPath: string, readonly change: ModelFileChange) {
    super(`the model file ${modelPath} ${CHANGES[change]} since it was loaded: this node no longer runs it`)
    this.name = 'ModelGoneError'
  }
}

/** A JSON schema uses a keyword the grammar cannot enforce; `keyword` names it, `path` where. */
export class UnsupportedSchemaError extends Error {
  static name = 'UnsupportedSchemaError'
  constructor (readonly keyword: string, readonly path: string) {
    super(`the JSON schema keyword "${keyword}" (at ${path}) cannot be enforced by the grammar`)
    this.name = 'UnsupportedSchemaError'
  }
}

/** The backend cannot honour a request field (e.g. a raw prompt on a cloud chat model). */
export class UnsupportedRequestError extends Error {
  static name = 'UnsupportedRequestError'
  constructor (readonly param: string, message: string) {
    super(message)
    this.name = 'UnsupportedRequestError'
  }
}
