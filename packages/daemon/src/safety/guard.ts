import { access } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { basename } from 'node:path'
import { logger } from '@libp2p/logger'
import type { LlamaContext, LlamaContextSequence, LlamaModel, Token } from 'node-llama-cpp'
import { loadLlama } from '../inference/local.js'
import { DEFAULT_GUARD_CONTEXT, DEFAULT_SAFETY_THRESHOLD, GUARD_WINDOW_MARGIN_TOKENS } from './constants.js'
import { ClassifierAbortedError, ClassifierLoadError } from './errors.js'
import { detectGuardFormat, guardFormat } from './guard-formats/detect.js'
import type { GuardFormat, GuardFormatName, GuardQuestion } from './guard-formats/types.js'
import { guardWindows } from './guard-windows.js'
import type { ClassifyOptions, SafetyCategory, SafetyClassifier, SafetyVerdict, UnsafeCategory } from './types.js'

const log = logger('swarm-llm:safety')

export interface GuardClassifierInit {
  /** A GGUF guard model: Llama Guard 3, ShieldGemma, Qwen3Guard-Gen, or one of this project's format. */
  modelPath: string
  /** Which prompt and verdict format the model speaks. Defaults to `auto`: read from the GGUF's chat template and name. */
  format?: GuardFormatName | 'auto'
  /** CPU threads. Defaults to the cores this process may use. */
  threads?: number
  /** Flag at or above this probability of "unsafe". Defaults to DEFAULT_SAFETY_THRESHOLD. */
  threshold?: number
}

/** One question's answer: the score, and the categories its verdict named. */
interface Answer {
  score: number
  categories: UnsafeCategory[]
}

/**
 * Makes control tokens a user wrote ("<|eot_id|>", "<end_of_turn>") plain text, so that a
 * message cannot close the guard's turn and write its verdict for it.
 */
export function neutralizeControlTokens (message: string): string {
  return message.replace(/<(\|[^<>|\s]{1,40}\||\/?(?:start_of_turn|end_of_turn|bos|eos|pad|think))>/g, '‹$1›')
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
 * model's probability of a first verdict token that means "unsafe" rather than "safe" (as
 * Llama Guard's and ShieldGemma's cards define it); the categories come from the verdict it
 * writes. A message too long for one prompt, or for the window its format allows, is judged
 * in windows, the worst counting, so neither the user's last words nor the template's
 * instructions are ever cut. One prompt at a time, on one context sequence.
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
    readonly format: GuardFormat,
    name: string
  ) {
    this.name = `guard:${name}`
  }

  static async load (init: GuardClassifierInit): Promise<GuardClassifier> {
    // Before the model: a wrong format name is the caller's mistake, and cheap to report.
    const chosen = init.format != null && init.format !== 'auto' ? guardFormat(init.format) : undefined
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
    const metadata = (model.fileInfo.metadata ?? {}) as any
    const name = String(metadata?.general?.name ?? basename(init.modelPath, '.gguf'))
    const format = chosen ?? detectGuardFormat(metadata, basename(init.modelPath))
    log('loaded guard model %s (%s), format %s%s', name, init.modelPath, format.name, chosen != null ? ' (given)' : ' (from its metadata)')
    return new GuardClassifier(model, context, context.getSequence(), init.threshold ?? DEFAULT_SAFETY_THRESHOLD, format, name)
  }

  async classify (text: string, options: ClassifyOptions = {}): Promise<SafetyVerdict> {
    const run = this.queue.then(async () => await this.judge(text, options.signal))
    this.queue = run.catch(() => {})
    return await run
  }

  /** The message in windows that each fit one prompt of this format. */
  windows (text: string): string[] {
    let message = text.replace(/\s+/g, ' ').trim()
    if (this.format.controlTokens) message = neutralizeControlTokens(message)
    const template = Math.max(...this.format.questions('').map(q => this.tokenize(q.prompt).length))
    const room = this.context.contextSize - this.format.maxTokens - template - GUARD_WINDOW_MARGIN_TOKENS
    const limit = Math.max(8, Math.min(room, this.format.windowTokens ?? Infinity))
    return guardWindows(message, limit, piece => this.model.tokenize(piece).length)
  }

  /** With the BOS token; control tokens written in the template are read as such in formats that use them. */
  private tokenize (prompt: string): Token[] {
    const bos = this.model.tokens.bos
    return [...(bos != null ? [bos] : []), ...this.model.tokenize(prompt, this.format.controlTokens)]
  }

  private async judge (text: string, signal?: AbortSignal): Promise<SafetyVerdict> {
    if (this.disposed) throw new ClassifierAbortedError('the guard classifier was disposed')
    if (aborted(signal)) throw new ClassifierAbortedError()
    let worst = -1
    const categories = new Map<UnsafeCategory, number>()
    let named: UnsafeCategory | undefined
    for (const window of this.windows(text)) {
      for (const question of this.format.questions(window)) {
        const answer = await this.ask(question, signal)
        if (answer.score >= this.threshold) {
          for (const c of answer.categories) categories.set(c, 1)
        }
        if (answer.score > worst) {
          worst = answer.score
          named = answer.categories[0] ?? named
        }
      }
    }
    const flagged = worst >= this.threshold
    const category: SafetyCategory = flagged ? (named ?? categories.keys().next().value ?? 'harmful') : 'benign'
    const verdict: SafetyVerdict = { category, score: worst, flagged, classifier: this.name }
    if (flagged && categories.size > 0) verdict.categories = Object.fromEntries(categories)
    return verdict
  }

  /** One prompt: the verdict's probability from the first token that begins one, then the verdict read greedily. */
  private async ask (question: GuardQuestion, signal?: AbortSignal): Promise<Answer> {
    if (aborted(signal)) throw new ClassifierAbortedError()
    const prompt = this.tokenize(question.prompt)
    await this.sequence.clearHistory()
    const iterator = this.sequence.evaluateWithMetadata(prompt, { probabilities: true }, { temperature: 1, topK: 0, topP: 1, minP: 0, yieldEogToken: true })
    const generated: Token[] = []
    let mass: { unsafe: number, safe: number, controversial: number } | undefined
    let next: Token | undefined
    try {
      while (generated.length < this.format.maxTokens + 4) {
        if (aborted(signal)) throw new ClassifierAbortedError()
        const step = await iterator.next(next)
        if (step.done === true) break
        const chosen = argmax(step.value.probabilities)
        if (mass == null) {
          const m = this.answerMass(step.value.probabilities)
          if (m.unsafe + m.safe + m.controversial > 0) mass = m
        }
        if (this.model.isEogToken(chosen)) break
        generated.push(chosen)
        next = chosen
        // Whitespace before the verdict does not count against the format's token budget.
        if (mass != null && generated.length >= this.format.maxTokens) break
      }
    } finally {
      await iterator.return()
    }
    const output = this.format.parse(this.model.detokenize(generated))
    const score = mass != null
      ? (mass.unsafe + mass.controversial / 2) / (mass.unsafe + mass.safe + mass.controversial)
      : (output.unsafe === true ? 1 : output.controversial === true ? 0.5 : 0)
    return { score, categories: question.categories ?? output.categories }
  }

  /** Probability mass of each verdict in one next-token distribution, by what each token's text begins. */
  private answerMass (probabilities: Map<Token, number>): { unsafe: number, safe: number, controversial: number } {
    const mass = { unsafe: 0, safe: 0, controversial: 0 }
    for (const [token, p] of probabilities) {
      const answer = this.format.answerOf(this.model.detokenize([token]))
      if (answer != null) mass[answer] += p
    }
    return mass
  }

  async dispose (): Promise<void> {
    this.disposed = true
    await this.queue
    await this.context.dispose()
    await this.model.dispose()
  }
}

/** Loads a GGUF guard model as the safety classifier, in the format its metadata names or `init.format`. */
export async function loadGuardClassifier (init: GuardClassifierInit): Promise<GuardClassifier> {
  return await GuardClassifier.load(init)
}
