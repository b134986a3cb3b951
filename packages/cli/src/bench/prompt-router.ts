import { PROMPT_ROUTER_EPOCHS, PROMPT_ROUTER_L2, PROMPT_ROUTER_LEARNING_RATE } from '../constants.js'

/**
 * The features of a prompt, as a set: each word (`w:keselumb`), each number by its count of
 * digits (`n:3`), each operator or bracket (`op:+`), and how many numbers it holds (`numbers:2`,
 * 3 or more as `numbers:3+`). Words are what tell one fact from another; digits and operators
 * tell easy arithmetic from hard.
 */
export function promptFeatures (prompt: string): string[] {
  const tokens = prompt.toLowerCase().match(/[a-z]+|\d+|[+\-*/()]/g) ?? []
  const features = new Set<string>()
  let numbers = 0
  for (const token of tokens) {
    if (/^\d+$/.test(token)) { features.add(`n:${token.length}`); numbers++ } else if (/^[a-z]+$/.test(token)) features.add(`w:${token}`)
    else features.add(`op:${token}`)
  }
  features.add(`numbers:${numbers >= 3 ? '3+' : numbers}`)
  return [...features]
}

export interface PromptRouterInit {
  /** L2 penalty on the feature weights (not the bias). Defaults to PROMPT_ROUTER_L2. */
  l2?: number
  /** Passes of full-batch gradient descent. Defaults to PROMPT_ROUTER_EPOCHS. */
  epochs?: number
  /** Defaults to PROMPT_ROUTER_LEARNING_RATE. */
  learningRate?: number
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))

/**
 * A router that decides from the prompt alone, before any model runs (as RouteLLM does):
 * logistic regression over `promptFeatures`, predicting a yes-or-no label (the bench's: the
 * cloud answers right where the swarm would not). Features never seen in training weigh nothing.
 */
export class PromptRouter {
  private constructor (private readonly bias: number, private readonly weights: Map<string, number>) {}

  /** Fits the weights by gradient descent on the mean log loss plus the L2 penalty; deterministic. */
  static train (examples: Array<{ prompt: string, label: boolean }>, init: PromptRouterInit = {}): PromptRouter {
    const l2 = init.l2 ?? PROMPT_ROUTER_L2
    const rate = init.learningRate ?? PROMPT_ROUTER_LEARNING_RATE
    const index = new Map<string, number>()
    const rows = examples.map(e => promptFeatures(e.prompt).map(f => {
      if (!index.has(f)) index.set(f, index.size)
      return index.get(f)!
    }))
    const labels = examples.map(e => e.label ? 1 : 0)
    const w = new Float64Array(index.size)
    let bias = 0
    const n = Math.max(examples.length, 1)
    for (let epoch = 0; epoch < (init.epochs ?? PROMPT_ROUTER_EPOCHS); epoch++) {
      const grad = new Float64Array(index.size)
      let gradBias = 0
      rows.forEach((features, i) => {
        const error = sigmoid(bias + features.reduce((z, f) => z + w[f], 0)) - labels[i]
        gradBias += error
        for (const f of features) grad[f] += error
      })
      bias -= rate * gradBias / n
      for (let f = 0; f < w.length; f++) w[f] -= rate * (grad[f] / n + l2 * w[f])
    }
    return new PromptRouter(bias, new Map([...index].map(([feature, i]) => [feature, w[i]])))
  }

  /** The predicted probability that the label holds for this prompt. */
  predict (prompt: string): number {
    return sigmoid(this.bias + promptFeatures(prompt).reduce((z, f) => z + (this.weights.get(f) ?? 0), 0))
  }

  /** The features that weigh most towards the cloud, heaviest first. */
  strongest (count: number): Array<{ feature: string, weight: number }> {
    return [...this.weights].sort((a, b) => b[1] - a[1]).slice(0, count).map(([feature, weight]) => ({ feature, weight }))
  }
}
