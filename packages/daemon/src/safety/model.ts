import type { FeatureSpec } from './features.js'
import { LINEAR_FORMAT, LinearModel } from './linear.js'
import type { LinearModelFile } from './linear.js'
import { MLP_FORMAT, MlpModel } from './mlp.js'
import type { MlpModelFile } from './mlp.js'
import { SENSES_PATH, shippedSenses } from './senses.js'
import type { SafetyCategory } from './types.js'

/** What the built-in classifier needs of a trained model, linear or not. */
export interface SafetyModel {
  readonly classes: SafetyCategory[]
  readonly features: FeatureSpec
  /** Index of `benign` in `classes`. */
  readonly benign: number
  /** Flag at or above this probability of "not benign". */
  readonly threshold: number
  /** Class probabilities for a list of words (from `words()`). */
  predictWords: (tokens: string[]) => Float32Array
  /** The weights file (int8), with free-form training notes. */
  toFile: (training?: Record<string, unknown>) => SafetyModelFile
}

export type SafetyModelFile = LinearModelFile | MlpModelFile

/** The model a weights file holds, by its format tag. */
export function safetyModelFromFile (file: SafetyModelFile): SafetyModel {
  const trainedWith = file?.features?.senses
  if (trainedWith !== undefined && shippedSenses().id !== trainedWith) {
    throw new Error(`its weights were trained with the sense lexicon ${trainedWith}, but ${SENSES_PATH} is ${shippedSenses().id}: retrain, or restore that file`)
  }
  switch (file?.format) {
    case LINEAR_FORMAT: return LinearModel.fromFile(file)
    case MLP_FORMAT: return MlpModel.fromFile(file)
    default: throw new Error(`unknown format ${JSON.stringify((file as { format?: unknown })?.format)}: expected ${LINEAR_FORMAT} or ${MLP_FORMAT}`)
  }
}
