/** What a prompt asks for. Every category but `benign` is unsafe. */
export type SafetyCategory = 'benign' | 'harmful' | 'self-harm' | 'sexual' | 'hateful' | 'criminal' | 'privacy'

/** The unsafe categories, in the order the built-in classifier and the guard prompt list them. */
export const UNSAFE_CATEGORIES = ['harmful', 'self-harm', 'sexual', 'hateful', 'criminal', 'privacy'] as const satisfies ReadonlyArray<Exclude<SafetyCategory, 'benign'>>

export interface SafetyVerdict {
  /** The most probable unsafe category when flagged, else `benign`. */
  category: SafetyCategory
  /** Probability the prompt is unsafe, [0,1]. */
  score: number
  /** score >= the classifier's threshold. */
  flagged: boolean
  /** Which classifier judged: `builtin-linear`, `builtin-mlp` or `guard:<model name>`. */
  classifier: string
  /**
   * Every unsafe category the classifier saw in the prompt, with its share of the unsafe
   * probability (the built-in classifier) or 1 for each category a guard model named. The
   * policy takes the strictest action among those that count, so a harmful request put in a
   * milder category ("How could someone secretly kill my sister?" as privacy) is still refused.
   */
  categories?: Partial<Record<UnsafeCategory, number>>
}

/** A category other than `benign`. */
export type UnsafeCategory = Exclude<SafetyCategory, 'benign'>

export interface ClassifyOptions {
  signal?: AbortSignal
}

/** Judges one prompt. The built-in linear model and a GGUF guard model both implement it. */
export interface SafetyClassifier {
  readonly name: string
  classify: (text: string, options?: ClassifyOptions) => Promise<SafetyVerdict>
  dispose: () => Promise<void>
}

/**
 * What the router does with a flagged prompt: answer as usual, summon the cloud, refuse, or
 * answer on this node alone (`local-only`: never gossip it to peers nor send it to the cloud).
 */
export type SafetyAction = 'answer' | 'cloud' | 'refuse' | 'local-only'

export type SafetyPolicy = Record<Exclude<SafetyCategory, 'benign'>, SafetyAction>

export const SAFETY_ACTIONS: readonly SafetyAction[] = ['answer', 'cloud', 'refuse', 'local-only']
