import { describe, expect, it } from 'vitest'
import { promptOpensThought, ThoughtSplitter } from '../src/inference/reasoning.js'
import type { TokenPart } from '../src/inference/reasoning.js'
import type { Token } from 'node-llama-cpp'

const OPEN = 1000 as Token
const CLOSE = 1001 as Token
const word = (text: string): [Token, string] => [(text.charCodeAt(0) + text.length) as Token, text]

function parts (splitter: ThoughtSplitter, tokens: Array<[Token, string]>): TokenPart[] {
  return tokens.map(([token, text]) => splitter.place(token, text))
}

describe('ThoughtSplitter', () => {
  it('puts a leading thought, its tags and the white space after it apart from the answer', () => {
    const splitter = new ThoughtSplitter({ open: OPEN, close: CLOSE })
    expect(parts(splitter, [[OPEN, '<think>'], word('1+2'), word('=3'), [CLOSE, '</think>'], word('\n\n'), word('3'), word(' ')]))
      .toEqual(['markup', 'thought', 'thought', 'markup', 'markup', 'answer', 'answer'])
  })

  it('reads a reply that does not open with the tag as all answer, later tags included', () => {
    const splitter = new ThoughtSplitter({ open: OPEN, close: CLOSE })
    expect(parts(splitter, [word('9'), [CLOSE, '</think>'], [OPEN, '<think>']])).toEqual(['answer', 'answer', 'answer'])
  })

  it('starts inside the thought when the prompt opened it (DeepSeek-R1 templates), and knows a model that closes only', () => {
    const splitter = new ThoughtSplitter({ open: null, close: CLOSE }, true)
    expect(splitter.thinking).toBe(true)
    expect(parts(splitter, [word('hmm'), [CLOSE, '</think>'], word('42')])).toEqual(['thought', 'markup', 'answer'])
    expect(splitter.thinking).toBe(false)
  })
})

describe('promptOpensThought', () => {
  const detokenize = (tokens: Token[]): string => tokens.map(t => t === 10 ? '\n' : 'x').join('')
  it('sees a prompt that ends in an open thought tag, white space after it allowed', () => {
    expect(promptOpensThought([5 as Token, OPEN], { open: OPEN, close: CLOSE }, detokenize)).toBe(true)
    expect(promptOpensThought([5 as Token, OPEN, 10 as Token], { open: OPEN, close: CLOSE }, detokenize)).toBe(true)
    expect(promptOpensThought([OPEN, 5 as Token, CLOSE, 5 as Token], { open: OPEN, close: CLOSE }, detokenize)).toBe(false)
    expect(promptOpensThought([5 as Token], { open: null, close: CLOSE }, detokenize)).toBe(false)
  })
})
