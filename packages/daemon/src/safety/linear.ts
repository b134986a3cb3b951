import { featurize } from './features.js'
import type { FeatureSpec, SparseVector } from './features.js'
import type { SafetyCategory } from './types.js'

/** Format tag of the weights file; a loader refuses any other. */
export const LINEAR_FORMAT = 'swarm-llm-safety-linear/1'

/**
 * The weights file: a multinomial logistic regression over hashed features, weights stored
 * as int8 (one scale per class) in base64, bucket-major (all classes of bucket 0, then 1…).
 */
export interface LinearModelFile {
  format: typeof LINEAR_FORMAT
  /** Class order of the weights; `benign` must be one of them. */
  classes: SafetyCategory[]
  features: FeatureSpec
  /** Flag at or above this probability of "not benign". */
  threshold: number
  bias: number[]
  scales: number[]
  weights: string
  /** How it was trained and what it scored: free-form, for people. */
  training?: Record<string, unknown>
}

/** A trained linear model in memory. */
export class LinearModel {
  readonly benign: number

  constructor (
    readonly classes: SafetyCategory[],
    readonly features: FeatureSpec,
    readonly weights: Float32Array,
    readonly bias: Float32Array,
    readonly threshold: number
  ) {
    this.benign = classes.indexOf('benign')
    if (this.benign < 0) throw new Error('a safety model needs a benign class')
    if (weights.length !== (1 << features.hashBits) * classes.length) throw new Error('weights do not match the hash size')
  }

  /** Class probabilities of a feature vector (softmax of the logits). */
  probabilities (vector: SparseVector): Float32Array {
    const k = this.classes.length
    const logits = Float32Array.from(this.bias)
    for (let i = 0; i < vector.indices.length; i++) {
      const row = vector.indices[i] * k
      const v = vector.values[i]
      for (let c = 0; c < k; c++) logits[c] += v * this.weights[row + c]
    }
    let max = -Infinity
    for (const l of logits) max = Math.max(max, l)
    let sum = 0
    for (let c = 0; c < k; c++) { logits[c] = Math.exp(logits[c] - max); sum += logits[c] }
    for (let c = 0; c < k; c++) logits[c] /= sum
    return logits
  }

  /** Probabilities for a list of words. */
  predictWords (tokens: string[]): Float32Array {
    return this.probabilities(featurize(tokens, this.features))
  }

  toFile (training?: Record<string, unknown>): LinearModelFile {
    const k = this.classes.length
    const scales = Array.from({ length: k }, () => 0)
    for (let i = 0; i < this.weights.length; i++) scales[i % k] = Math.max(scales[i % k], Math.abs(this.weights[i]) / 127)
    const bytes = new Int8Array(this.weights.length)
    for (let i = 0; i < this.weights.length; i++) {
      const s = scales[i % k]
      bytes[i] = s === 0 ? 0 : Math.max(-127, Math.min(127, Math.round(this.weights[i] / s)))
    }
    return {
      format: LINEAR_FORMAT,
      classes: this.classes,
      features: this.features,
      threshold: this.threshold,
      bias: Array.from(this.bias),
      scales,
      weights: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
      ...(training != null ? { training } : {})
    }
  }

  static fromFile (file: LinearModelFile): LinearModel {
    if (file?.format !== LINEAR_FORMAT) throw new Error(`not a ${LINEAR_FORMAT} file`)
    const k = file.classes.length
    const raw = Buffer.from(file.weights, 'base64')
    const bytes = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength)
    const weights = new Float32Array(bytes.length)
    for (let i = 0; i < bytes.length; i++) weights[i] = bytes[i] * file.scales[i % k]
    return new LinearModel(file.classes, file.features, weights, Float32Array.from(file.bias), file.threshold)
  }
}
