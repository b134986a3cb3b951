import { featurize } from './features.js'
import type { FeatureSpec, SparseVector } from './features.js'
import { dequantize, quantize } from './int8.js'
import { addSparse, softmax } from './logits.js'
import type { SafetyCategory } from './types.js'

/** Format tag of the weights file; a loader refuses any other. */
export const MLP_FORMAT = 'swarm-llm-safety-mlp/1'

/**
 * The weights file of a one-hidden-layer network over the same hashed features as the linear
 * model: each feature bucket has an embedding of `hidden` numbers (int8, one scale per hidden
 * unit, bucket-major), a prompt's hidden layer is ReLU(b1 + Σ value × embedding), and the
 * classes' logits are b2 + W2 · hidden plus a linear (wide) part read straight off the buckets
 * (int8, one scale per class). The hidden layer can learn which words go together ("kill" with
 * "process" against "kill" with "neighbour"); the wide part keeps what a linear model knows.
 */
export interface MlpModelFile {
  format: typeof MLP_FORMAT
  classes: SafetyCategory[]
  features: FeatureSpec
  hidden: number
  /** Flag at or above this probability of "not benign". */
  threshold: number
  b1: number[]
  /** classes × hidden, row-major. */
  w2: number[]
  b2: number[]
  embeddingScales: number[]
  embeddings: string
  wideScales: number[]
  wide: string
  training?: Record<string, unknown>
}

/** A trained network in memory; the training script updates these arrays in place. */
export class MlpModel {
  readonly benign: number

  constructor (
    readonly classes: SafetyCategory[],
    readonly features: FeatureSpec,
    readonly hidden: number,
    readonly embeddings: Float32Array,
    readonly b1: Float32Array,
    readonly w2: Float32Array,
    readonly b2: Float32Array,
    readonly wide: Float32Array,
    readonly threshold: number
  ) {
    this.benign = classes.indexOf('benign')
    if (this.benign < 0) throw new Error('a safety model needs a benign class')
    const buckets = 1 << features.hashBits
    if (embeddings.length !== buckets * hidden) throw new Error('embeddings do not match the hash size')
    if (wide.length !== buckets * classes.length) throw new Error('wide weights do not match the hash size')
    if (w2.length !== classes.length * hidden || b1.length !== hidden || b2.length !== classes.length) throw new Error('layer sizes do not match')
  }

  /** The hidden layer's activations (after ReLU) of a feature vector. */
  hiddenLayer (vector: SparseVector): Float32Array {
    const h = Float32Array.from(this.b1)
    addSparse(h, vector, this.embeddings)
    for (let j = 0; j < h.length; j++) if (h[j] < 0) h[j] = 0
    return h
  }

  /** Class probabilities from a feature vector and its hidden layer (softmax of the logits). */
  output (vector: SparseVector, h: Float32Array): Float32Array {
    const k = this.classes.length
    const n = this.hidden
    const logits = Float32Array.from(this.b2)
    for (let c = 0; c < k; c++) {
      for (let j = 0; j < n; j++) logits[c] += this.w2[c * n + j] * h[j]
    }
    addSparse(logits, vector, this.wide)
    return softmax(logits)
  }

  probabilities (vector: SparseVector): Float32Array {
    return this.output(vector, this.hiddenLayer(vector))
  }

  predictWords (tokens: string[]): Float32Array {
    return this.probabilities(featurize(tokens, this.features))
  }

  toFile (training?: Record<string, unknown>): MlpModelFile {
    const embeddings = quantize(this.embeddings, this.hidden)
    const wide = quantize(this.wide, this.classes.length)
    return {
      format: MLP_FORMAT,
      classes: this.classes,
      features: this.features,
      hidden: this.hidden,
      threshold: this.threshold,
      b1: Array.from(this.b1),
      w2: Array.from(this.w2),
      b2: Array.from(this.b2),
      embeddingScales: embeddings.scales,
      embeddings: embeddings.base64,
      wideScales: wide.scales,
      wide: wide.base64,
      ...(training != null ? { training } : {})
    }
  }

  static fromFile (file: MlpModelFile): MlpModel {
    if (file?.format !== MLP_FORMAT) throw new Error(`not a ${MLP_FORMAT} file`)
    return new MlpModel(file.classes, file.features, file.hidden, dequantize(file.embeddings, file.embeddingScales),
      Float32Array.from(file.b1), Float32Array.from(file.w2), Float32Array.from(file.b2), dequantize(file.wide, file.wideScales), file.threshold)
  }
}
