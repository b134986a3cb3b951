import type { SparseVector } from './features.js'

/** Adds Σ value × weights[bucket] to `logits`, the weights stored bucket-major (`k` per bucket). */
export function addSparse (logits: Float32Array, vector: SparseVector, weights: Float32Array): void {
  const k = logits.length
  for (let i = 0; i < vector.indices.length; i++) {
    const row = vector.indices[i] * k
    const v = vector.values[i]
    for (let c = 0; c < k; c++) logits[c] += v * weights[row + c]
  }
}

/** Turns logits into probabilities in place (softmax) and returns them. */
export function softmax (logits: Float32Array): Float32Array {
  let max = -Infinity
  for (const l of logits) max = Math.max(max, l)
  let sum = 0
  for (let c = 0; c < logits.length; c++) { logits[c] = Math.exp(logits[c] - max); sum += logits[c] }
  for (let c = 0; c < logits.length; c++) logits[c] /= sum
  return logits
}
