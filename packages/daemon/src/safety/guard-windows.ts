/**
 * Cuts a message into windows of at most about `limit` tokens (as `length` counts them) so
 * that a guard model reads all of it: whole sentences packed together, each window starting
 * at the last sentence of the one before (a request split over two sentences is still seen
 * whole), and a sentence longer than a window cut into runs of words that overlap by half.
 * Pieces are counted apart and summed, so a window may be off by the tokens that merge where
 * two pieces meet; the caller keeps a margin for that.
 */
export function guardWindows (text: string, limit: number, length: (text: string) => number): string[] {
  if (length(text) <= limit) return [text]
  const sentences = text.split(/(?<=[.!?;:])\s+|\n+/).map(s => s.trim()).filter(s => s !== '')
  const pieces = sentences.flatMap(sentence => length(sentence) <= limit ? [sentence] : runs(sentence.split(/\s+/), limit, length, true))
  return runs(pieces, limit, length, false)
}

/**
 * Packs consecutive parts into windows within the limit. Each next window starts at the last
 * part of the one before (`halfway`: halfway through it), or just after a window of one part.
 */
function runs (parts: string[], limit: number, length: (text: string) => number, halfway: boolean): string[] {
  const sizes = parts.map(p => length(p))
  const out: string[] = []
  let start = 0
  while (start < parts.length) {
    let end = start + 1
    let size = sizes[start]
    while (end < parts.length && size + sizes[end] <= limit) size += sizes[end++]
    if (end === start + 1 && sizes[start] > limit) out.push(...cut(parts[start], limit, length))
    else out.push(parts.slice(start, end).join(' '))
    if (end >= parts.length) break
    start = end - start === 1 ? end : halfway ? Math.max(start + 1, Math.floor((start + end) / 2)) : end - 1
  }
  return out
}

/** A single word longer than the limit, cut into pieces that fit. */
function cut (word: string, limit: number, length: (text: string) => number): string[] {
  const out: string[] = []
  let rest = word
  while (rest !== '') {
    let size = rest.length
    while (size > 1 && length(rest.slice(0, size)) > limit) size = Math.ceil(size / 2)
    out.push(rest.slice(0, size))
    rest = rest.slice(size)
  }
  return out
}
