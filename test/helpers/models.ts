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
  training: { name: string, parameters: number, steps: number, train_seconds: number }
  fixtures: Array<{ system: string | null, user: string, tokens: number[], text: string }>
}

export function readArtifact (name: string): ModelArtifact {
  return JSON.parse(readFileSync(`${STUDY_DIR}artifacts/${name}.json`, 'utf8'))
}
