import { readFile, writeFile } from 'node:fs/promises'
import type { UncertaintyFigures } from './uncertainty.js'

/**
 * A per-model map from uncertainty figures to a confidence in [0, 1]: logistic regression on
 * the mean token log-probability, the log of the minimum token probability and the mean
 * entropy, fitted by `swarm-llm calibrate` on labelled queries and stored beside the model
 * as `<model>.calibration.json`.
 *
 * Without one, the documented default applies: confidence = exp(mean token log-probability),
 * the geometric mean of the answer's token probabilities.
 */
export interface Calibration {
  kind: 'logistic'
  weights: { meanLogprob: number, logMinProb: number, meanEntropy: number, bias: number }
  /** How it was fitted, for people reading the file. */
  fittedOn?: { workload: string, rows: number, accuracy: number, date: string }
}

const features = (f: UncertaintyFigures): [number, number, number] =>
  [f.meanLogprob, Math.log(Math.max(f.minTokenProb, 1e-12)), f.meanEntropy]

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))

/** The calibrated confidence of an answer; 0 for an empty one. */
export function confidenceOf (figures: UncertaintyFigures, calibration?: Calibration): number {
  if (figures.tokenCount === 0 || !Number.isFinite(figures.meanLogprob)) return 0
  if (calibration == null) return Math.exp(figures.meanLogprob)
  const [a, b, c] = features(figures)
  const w = calibration.weights
  return sigmoid(w.meanLogprob * a + w.logMinProb * b + w.meanEntropy * c + w.bias)
}

/**
 * The confidence the map gives an answer whose every token was certain (probability 1,
 * entropy 0): in practice the most it gives any answer. A map fitted on queries that the model
 * sometimes gets confidently wrong keeps it below 1, and a τ_local above it keeps nothing local.
 */
export function confidenceCeiling (calibration?: Calibration): number {
  return calibration == null ? 1 : sigmoid(calibration.weights.bias)
}

/** A map to fit towards: its weights, and how many labelled answers' worth of belief it carries. */
export interface CalibrationPrior {
  weights: Calibration['weights']
  /** Pseudo-count: with n labels, the pull towards the prior weighs strength / n. */
  strength: number
}

/**
 * Fits the logistic map by gradient descent on the log loss, with a little L2 regularisation,
 * towards zero or, given a prior, towards the prior's weights (the online refit starts from
 * the shipped map that way, and leaves it as labels accumulate).
 */
export function fitCalibration (samples: Array<{ figures: UncertaintyFigures, correct: boolean }>, iterations = 3000, prior?: CalibrationPrior): Calibration {
  const data = samples.filter(s => s.figures.tokenCount > 0 && Number.isFinite(s.figures.meanLogprob)).map(s => ({ x: features(s.figures), y: s.correct ? 1 : 0 }))
  if (data.length < 10) throw new RangeError(`calibration needs at least 10 answered queries, got ${data.length}`)
  const p = prior?.weights
  const centre = p != null ? [p.meanLogprob, p.logMinProb, p.meanEntropy] : [0, 0, 0]
  const centreBias = p?.bias ?? 0
  const w = [...centre]
  let bias = centreBias
  const rate = 0.1
  const l2 = prior != null ? Math.max(1e-3, prior.strength / data.length) : 1e-3
  for (let it = 0; it < iterations; it++) {
    const grad = [0, 0, 0]
    let gradBias = 0
    for (const { x, y } of data) {
      const err = sigmoid(w[0] * x[0] + w[1] * x[1] + w[2] * x[2] + bias) - y
      for (let k = 0; k < 3; k++) grad[k] += err * x[k]
      gradBias += err
    }
    for (let k = 0; k < 3; k++) w[k] -= rate * (grad[k] / data.length + l2 * (w[k] - centre[k]))
    bias -= rate * (gradBias / data.length + (prior != null ? l2 * (bias - centreBias) : 0))
  }
  return { kind: 'logistic', weights: { meanLogprob: w[0], logMinProb: w[1], meanEntropy: w[2], bias } }
}

/** Where a model's calibration lives: beside it. */
export function calibrationPath (modelPath: string): string {
  return modelPath.replace(/\.gguf$/i, '') + '.calibration.json'
}

/** The model's calibration, or undefined when it has none (the default then applies). */
export async function loadCalibration (modelPath: string): Promise<Calibration | undefined> {
  return await readCalibrationFile(calibrationPath(modelPath))
}

/** A calibration file, or undefined when there is none at `path`. Throws when it is not a swarm-llm calibration. */
export async function readCalibrationFile (path: string): Promise<Calibration | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
  const parsed = JSON.parse(text) as Calibration
  if (!isCalibration(parsed)) throw new Error(`${path} is not a swarm-llm calibration`)
  return parsed
}

/** A logistic map with finite weights. */
export function isCalibration (value: unknown): value is Calibration {
  const w = (value as Calibration | undefined)?.weights
  return (value as Calibration | undefined)?.kind === 'logistic' && w != null && [w.meanLogprob, w.logMinProb, w.meanEntropy, w.bias].every(Number.isFinite)
}

export async function saveCalibration (modelPath: string, calibration: Calibration): Promise<string> {
  const path = calibrationPath(modelPath)
  await writeFile(path, JSON.stringify(calibration, null, 2) + '\n')
  return path
}
