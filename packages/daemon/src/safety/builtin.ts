import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { logger } from '@libp2p/logger'
import { SAFETY_MIN_WINDOW_WORDS, SAFETY_WINDOW_WORDS } from './constants.js'
import { ClassifierAbortedError, ClassifierLoadError } from './errors.js'
import { words } from './features.js'
import { MlpModel } from './mlp.js'
import { safetyModelFromFile } from './model.js'
import type { SafetyModel, SafetyModelFile } from './model.js'
import type { ClassifyOptions, SafetyCategory, SafetyClassifier, SafetyVerdict, UnsafeCategory } from './types.js'

const log = logger('swarm-llm:safety')

/** The weights shipped with the daemon (dist/safety/ → assets/). */
export const BUILTIN_CLASSIFIER_PATH = fileURLToPath(new URL('../../assets/safety-classifier.json', import.meta.url))

/**
 * What the model reads: the whole prompt when it is short; otherwise each sentence alone and
 * with the one before it (a linear model dilutes one harmful sentence among benign ones, so it
 * must be read alone too), and anything longer than SAFETY_WINDOW_WORDS words in overlapping
 * slices. A sentence ends at . ! ? ; : or a blank line, not at a line break (pasted text is
 * wrapped), and one shorter than SAFETY_MIN_WINDOW_WORDS is read only with its neighbours:
 * "Status:" or a line of code alone says nothing the model was trained to judge. The last
 * half window of a long sentence is read alone too, where a request tacked on would be.
 */
export function windows (text: string): string[][] {
  const all = words(text)
  if (all.length <= SAFETY_WINDOW_WORDS) return [all]
  const sentences = text.split(/(?<=[.!?;:])\s+|\n\s*\n/).map(words).filter(s => s.length > 0)
  const out: string[][] = []
  const step = SAFETY_WINDOW_WORDS / 2
  const slices = (span: string[]): void => {
    for (let start = 0; start === 0 || start + step < span.length; start += step) out.push(span.slice(start, start + SAFETY_WINDOW_WORDS))
    if (span.length > SAFETY_WINDOW_WORDS) out.push(span.slice(-step))
  }
  // a run of short sentences ("Status: ok. Done.", lines of code) is one; a short one alone is never read
  const chunks: Array<{ words: string[], alone: boolean }> = []
  for (const sentence of sentences) {
    const last = chunks.at(-1)
    if (sentence.length < SAFETY_MIN_WINDOW_WORDS && last !== undefined && !last.alone) {
      last.words.push(...sentence)
      last.alone = last.words.length >= SAFETY_MIN_WINDOW_WORDS
    } else {
      chunks.push({ words: [...sentence], alone: sentence.length >= SAFETY_MIN_WINDOW_WORDS })
    }
  }
  chunks.forEach((chunk, i) => {
    if (chunk.alone) slices(chunk.words)
    if (i > 0) slices([...chunks[i - 1].words, ...chunk.words])
  })
  return out
}

/** Classifier names in verdicts and receipts: the built-in linear model, or the built-in network. */
export const BUILTIN_CLASSIFIER_NAME = 'builtin-linear'
export const BUILTIN_MLP_CLASSIFIER_NAME = 'builtin-mlp'

/**
 * The built-in classifier: a linear model (or a small network) over hashed n-grams, trained
 * by this project (`pnpm train:safety`). A prompt longer than SAFETY_WINDOW_WORDS is read in overlapping
 * windows and judged by its worst window, so a harmful request cannot hide in a long text.
 */
export class BuiltinClassifier implements SafetyClassifier {
  readonly name: string
  private disposed = false

  /**
   * @param trainedOn ids of development rows (from ../shared/datasets/safety/) the weights
   * were trained on, so a report on those files can keep them apart
   * @param locked ids of the locked development fold: never trained on, scored once when the
   * weights were written
   */
  constructor (readonly model: SafetyModel, readonly trainedOn: ReadonlySet<string> = new Set(), readonly locked: ReadonlySet<string> = new Set()) {
    this.name = model instanceof MlpModel ? BUILTIN_MLP_CLASSIFIER_NAME : BUILTIN_CLASSIFIER_NAME
  }

  /** Synchronous form of classify, for callers on a hot path. */
  classifySync (text: string): SafetyVerdict {
    if (this.disposed) throw new ClassifierAbortedError('the classifier was disposed')
    let worst: Float32Array | undefined
    let worstScore = -1
    for (const window of windows(text)) {
      const p = this.model.predictWords(window)
      const score = 1 - p[this.model.benign]
      if (score > worstScore) { worst = p; worstScore = score }
    }
    const flagged = worstScore >= this.model.threshold
    const verdict: SafetyVerdict = { category: flagged ? this.unsafeCategory(worst as Float32Array) : 'benign', score: worstScore, flagged, classifier: this.name }
    if (flagged) verdict.categories = this.shares(worst as Float32Array)
    return verdict
  }

  /** Each unsafe category's share of the unsafe probability. */
  private shares (p: Float32Array): Partial<Record<UnsafeCategory, number>> {
    const unsafe = 1 - p[this.model.benign]
    const out: Partial<Record<UnsafeCategory, number>> = {}
    for (let c = 0; c < p.length; c++) {
      if (c !== this.model.benign && unsafe > 0) out[this.model.classes[c] as UnsafeCategory] = p[c] / unsafe
    }
    return out
  }

  async classify (text: string, options: ClassifyOptions = {}): Promise<SafetyVerdict> {
    if (options.signal?.aborted === true) throw new ClassifierAbortedError()
    return this.classifySync(text)
  }

  private unsafeCategory (p: Float32Array): SafetyCategory {
    let best = -1
    for (let c = 0; c < p.length; c++) {
      if (c !== this.model.benign && (best < 0 || p[c] > p[best])) best = c
    }
    return this.model.classes[best]
  }

  async dispose (): Promise<void> {
    this.disposed = true
  }
}

/** Loads the built-in classifier; `path` overrides the shipped weights (a retrained file). */
export async function loadBuiltinClassifier (path: string = BUILTIN_CLASSIFIER_PATH): Promise<BuiltinClassifier> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new ClassifierLoadError(`cannot read safety classifier ${path}: ${(err as Error).message}`)
  }
  let model: SafetyModel
  let file: SafetyModelFile
  try {
    file = JSON.parse(text)
    model = safetyModelFromFile(file)
  } catch (err) {
    throw new ClassifierLoadError(`${path} is not a safety classifier: ${(err as Error).message}`)
  }
  log('loaded %s (%d classes, 2^%d buckets, threshold %s)', path, model.classes.length, model.features.hashBits, model.threshold)
  const ids = (list: unknown): Set<string> => new Set(Array.isArray(list) ? list.map(String) : [])
  return new BuiltinClassifier(model, ids(file.training?.trainedOnDevelopmentIds), ids(file.training?.lockedDevelopmentIds))
}
