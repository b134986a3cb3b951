import { featurize } from './features.js'
import { dequantize, quantize } from './int8.js'
import { addSparse, softmax } from './logits.js'
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
    const logits = Float32Array.from(this.bias)
    addSparse(logits, vector, this.weights)
    return softmax(logits)
  }

  /** Probabilities for a list of words. */
  predictWords (tokens: string[]): Float32Array {
    return this.probabilities(featurize(tokens, this.features))
  }

  toFile (training?: Record<string, unknown>): LinearModelFile {
    const { scales, base64 } = quantize(this.weights, this.classes.length)
    return {
      format: LINEAR_FORMAT,
      classes: this.classes,
      features: this.features,
      threshold: this.threshold,
      bias: Array.from(this.bias),
      scales,
      weights: base64,
      ...(training != null ? { training } : {})
    }
  }

  static fromFile (file: LinearModelFile): LinearModel {
    if (file?.format !== LINEAR_FORMAT) throw new Error(`not a ${LINEAR_FORMAT} file`)
    return new LinearModel(file.classes, file.features, dequantize(file.weights, file.scales), Float32Array.from(file.bias), file.threshold)
  }
}
