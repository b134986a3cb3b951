/**
 * Cuts a stream of text at the first stop string. Text that may be the start of a stop string
 * is held back until it is known not to be, so a streamed answer never shows part of one.
 */
export class StopFilter {
  private held = ''
  private done = false
  /** The text released so far. */
  text = ''

  constructor (private readonly stops: string[], private readonly emit: (piece: string) => void) {}

  /** Whether a stop string was met. */
  get stopped (): boolean {
    return this.done
  }

  /** Adds a piece; returns true once a stop string is met (nothing after it is released). */
  push (piece: string): boolean {
    if (this.done) return true
    const buffer = this.held + piece
    let cut = -1
    for (const stop of this.stops) {
      const at = buffer.indexOf(stop)
      if (at >= 0 && (cut < 0 || at < cut)) cut = at
    }
    if (cut >= 0) {
      this.release(buffer.slice(0, cut))
      this.held = ''
      this.done = true
      return true
    }
    // hold back the longest end of the buffer that begins some stop string
    let keep = 0
    for (const stop of this.stops) {
      for (let n = Math.min(stop.length - 1, buffer.length); n > keep; n--) {
        if (buffer.endsWith(stop.slice(0, n))) { keep = n; break }
      }
    }
    this.release(buffer.slice(0, buffer.length - keep))
    this.held = buffer.slice(buffer.length - keep)
    return false
  }

  /** Releases what was held back: the stream ended without a stop string. */
  end (): void {
    if (!this.done) this.release(this.held)
    this.held = ''
  }

  private release (piece: string): void {
    if (piece === '') return
    this.text += piece
    this.emit(piece)
  }
}
