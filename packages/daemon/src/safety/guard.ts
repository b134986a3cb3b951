import { access } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { basename } from 'node:path'
import { logger } from '@libp2p/logger'
import type { LlamaContext, LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp'
import { loadLlama } from '../inference/local.js'
import { DEFAULT_GUARD_CONTEXT, DEFAULT_SAFETY_THRESHOLD, GUARD_MAX_TOKENS } from './constants.js'
import { ClassifierAbortedError, ClassifierLoadError } from './errors.js'
import { guardPrompt, parseGuardOutput } from './guard-prompt.js'
import type { ClassifyOptions, SafetyCategory, SafetyClassifier, SafetyVerdict } from './types.js'

const log = logger('swarm-llm:safety')

export interface GuardClassifierInit {
  /** A GGUF guard model that answers the Llama Guard prompt with "safe" or "unsafe\nS<n>". */
  modelPath: string
  /** CPU threads. Defaults to the cores this process may use. */
  threads?: number
  /** Flag at or above this probability of "unsafe". Defaults to DEFAULT_SAFETY_THRESHOLD. */
  threshold?: number
}

/**
 * Probability mass of the two answers in one next-token distribution: tokens that begin
 * "unsafe" (u, un, unsafe…) against those that begin "safe". Whitespace is neither.
 */
function answerMass (model: LlamaModel, probabilities: Map<Token, number>): { unsafe: number, safe: number } {
  let unsafe = 0
  let safe = 0
  for (const [token, p] of probabilities) {
    const text = model.detokenize([token]).trim().toLowerCase()
    if (text === '') continue
    if ('unsafe'.startsWith(text)) unsafe += p
    else if ('safe'.startsWith(text)) safe += p
  }
  return { unsafe, safe }
}

const aborted = (signal?: AbortSignal): boolean => signal?.aborted === true

function argmax (probabilities: Map<Token, number>): Token {
  let best: Token | undefined
  let bestP = -1
  for (const [token, p] of probabilities) if (p > bestP) { best = token; bestP = p }
  return best as Token
}

/**
 * A guard model run by node-llama-cpp in place of the built-in classifier. The score is the
 * model's probability of answering "unsafe" rather than "safe"; the category comes from the
 * codes it writes on the next line. One prompt at a time, on one context sequence.
 */
export class GuardClassifier implements SafetyClassifier {
  readonly name: string
  private queue: Promise<unknown> = Promise.resolve()
  private disposed = false

  private constructor (
    private readonly model: LlamaModel,
    private readonly context: LlamaContext,
    private readonly sequence: LlamaContextSequence,
    private readonly threshold: number,
    name: string
  ) {
    this.name = `guard:${name}`
  }

  static async load (init: GuardClassifierInit): Promise<GuardClassifier> {
    try {
      await access(init.modelPath)
    } catch {
      throw new ClassifierLoadError(`guard model ${init.modelPath} does not exist or cannot be read`)
    }
    const llama = await loadLlama()
    let model: LlamaModel
    try {
      model = await llama.loadModel({ modelPath: init.modelPath, gpuLayers: 0, useMmap: false })
    } catch (err) {
      throw new ClassifierLoadError(`cannot load guard model ${init.modelPath}: ${(err as Error).message}`)
    }
    const context = await model.createContext({
      contextSize: Math.min(DEFAULT_GUARD_CONTEXT, model.trainContextSize),
      sequences: 1,
      threads: init.threads ?? availableParallelism()
    })
    const name = String((model.fileInfo.metadata as any)?.general?.name ?? basename(init.modelPath, '.gguf'))
    log('loaded guard model %s (%s)', name, init.modelPath)
    return new GuardClassifier(model, context, context.getSequence(), init.threshold ?? DEFAULT_SAFETY_THRESHOLD, name)
  }

  async classify (text: string, options: ClassifyOptions = {}): Promise<SafetyVerdict> {
    const run = this.queue.then(async () => await this.judge(text, options.signal))
    this.queue = run.catch(() => {})
    return await run
  }

  private async judge (text: string, signal?: AbortSignal): Promise<SafetyVerdict> {
    if (this.disposed) throw new ClassifierAbortedError('the guard classifier was disposed')
    if (aborted(signal)) throw new ClassifierAbortedError()
    let prompt = [...(this.model.tokens.bos != null ? [this.model.tokens.bos] : []), ...this.model.tokenize(guardPrompt(text))]
    const room = this.context.contextSize - GUARD_MAX_TOKENS
    if (prompt.length > room) prompt = prompt.slice(0, room) // keeps the task; the tail of a huge message is lost
    await this.sequence.clearHistory()
    const iterator = this.sequence.evaluateWithMetadata(prompt, { probabilities: true }, { temperature: 1, topK: 0, topP: 1, minP: 0, yieldEogToken: true })
    const generated: Token[] = []
    let mass: { unsafe: number, safe: number } | undefined
    let next: Token | undefined
    try {
      while (generated.length < GUARD_MAX_TOKENS) {
        if (aborted(signal)) throw new ClassifierAbortedError()
        const step = await iterator.next(next)
        if (step.done === true) break
        const chosen = argmax(step.value.probabilities)
        if (mass == null) {
          const m = answerMass(this.model, step.value.probabilities)
          if (m.unsafe + m.safe > 0) mass = m
        }
        if (this.model.isEogToken(chosen)) break
        generated.push(chosen)
        next = chosen
      }
    } finally {
      await iterator.return()
    }
    const output = parseGuardOutput(this.model.detokenize(generated))
    const score = mass != null ? mass.unsafe / (mass.unsafe + mass.safe) : (output.unsafe === true ? 1 : 0)
    const flagged = score >= this.threshold
    const category: SafetyCategory = flagged ? (output.categories[0] ?? 'harmful') : 'benign'
    return { category, score, flagged, classifier: this.name }
  }

  async dispose (): Promise<void> {
    this.disposed = true
    await this.queue
    await this.context.dispose()
    await this.model.dispose()
  }
}

/** Loads a GGUF guard model (Llama Guard prompt style) as the safety classifier. */
export async function loadGuardClassifier (init: GuardClassifierInit): Promise<GuardClassifier> {
  return await GuardClassifier.load(init)
}
