import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url))
export const STUDY_DIR = fileURLToPath(new URL('../../models/study/', import.meta.url))
export const EDGE_MODELS = ['study-edge-a', 'study-edge-b', 'study-edge-c']
export const CLOUD_MODEL = 'study-cloud'
export const STUDY_MODELS = [...EDGE_MODELS, CLOUD_MODEL]

export const modelPath = (name: string): string => `${MODELS_DIR}${name}.gguf`

/** What training exported beside each model: its training record and greedy reference outputs. */
export interface ModelArtifact {
  /** fixture_max_tokens: the token limit of the greedy fixtures (48 where the record does not say). */
  training: { name: string, parameters: number, steps: number, train_seconds: number, fixture_max_tokens?: number }
  fixtures: Array<{ system: string | null, user: string, tokens: number[], text: string }>
}

/** The greedy fixtures' token limit. */
export const fixtureMaxTokens = (artifact: ModelArtifact): number => artifact.training.fixture_max_tokens ?? 48

/**
 * A torch reference split as the backend splits a reasoning model's reply: a thought opens the
 * reply and ends at the first closing tag (or never, cut short by the token limit); a reply
 * that does not open with one is all answer.
 */
export function splitReference (fixture: { tokens: number[], text: string }, open: number, close: number): { thought?: string, answer: string, answerTokens: number[], thoughtTokens?: number } {
  if (fixture.tokens[0] !== open) return { answer: fixture.text, answerTokens: fixture.tokens }
  const end = fixture.tokens.indexOf(close)
  const text = fixture.text.slice('<think>'.length)
  if (end < 0) return { thought: text.trim(), answer: '', answerTokens: [], thoughtTokens: fixture.tokens.length }
  const cut = text.indexOf('</think>')
  return { thought: text.slice(0, cut).trim(), answer: text.slice(cut + '</think>'.length), answerTokens: fixture.tokens.slice(end + 1), thoughtTokens: end + 1 }
}

export function readArtifact (name: string): ModelArtifact {
  return JSON.parse(readFileSync(`${STUDY_DIR}artifacts/${name}.json`, 'utf8'))
}
