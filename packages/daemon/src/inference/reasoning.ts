import type { LlamaModel, Token } from 'node-llama-cpp'

/** The tags of a reasoning model's thought segment, as tokens of its vocabulary. */
export interface ThoughtTags {
  /** Null for a model that only closes its thought (its chat template opens it). */
  open: Token | null
  close: Token
}

export const THOUGHT_OPEN = '<think>'
export const THOUGHT_CLOSE = '</think>'

/** The token a tag is, when the vocabulary has it whole (Qwen3, DeepSeek-R1 distills, the study cloud stand-in). */
function tagToken (model: LlamaModel, tag: string): Token | null {
  const tokens = model.tokenize(tag, true)
  return tokens.length === 1 && model.detokenize(tokens, true) === tag ? tokens[0] : null
}

/** The thought tags of a model, or undefined when it has no closing tag token: not a reasoning model. */
export function thoughtTagsOf (model: LlamaModel): ThoughtTags | undefined {
  const close = tagToken(model, THOUGHT_CLOSE)
  return close == null ? undefined : { open: tagToken(model, THOUGHT_OPEN), close }
}

/**
 * Whether a chat template already opened the thought at the end of the prompt (DeepSeek-R1's
 * templates end with `<think>\n`): the model's first tokens are then thought, not answer.
 */
export function promptOpensThought (prompt: readonly Token[], tags: ThoughtTags, detokenize: (tokens: Token[]) => string): boolean {
  if (tags.open == null) return false
  const at = prompt.lastIndexOf(tags.open)
  return at >= 0 && detokenize(prompt.slice(at + 1)).trim() === ''
}

/** Where a generated token belongs: the thought's text, the thought's markup (tags and the white space after it), or the answer. */
export type TokenPart = 'thought' | 'markup' | 'answer'

/**
 * Follows a generation token by token and says which part each token belongs to. A thought
 * segment is recognised only at the start of the answer (or when the prompt already opened
 * it, as DeepSeek-R1's template does); a tag later on is answer text like any other.
 */
export class ThoughtSplitter {
  private state: 'start' | 'thought' | 'after' | 'answer'

  constructor (private readonly tags: ThoughtTags, promptOpensThought = false) {
    this.state = promptOpensThought ? 'thought' : 'start'
  }

  place (token: Token, text: string): TokenPart {
    switch (this.state) {
      case 'start':
        if (token === this.tags.open) { this.state = 'thought'; return 'markup' }
        this.state = 'answer'
        return 'answer'
      case 'thought':
        if (token === this.tags.close) { this.state = 'after'; return 'markup' }
        return 'thought'
      case 'after':
        if (text.trim() === '') return 'markup'
        this.state = 'answer'
        return 'answer'
      default:
        return 'answer'
    }
  }

  /** True while the model is still thinking (an unfinished thought has no answer). */
  get thinking (): boolean {
    return this.state === 'thought'
  }
}
