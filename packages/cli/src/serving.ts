import { loadServing } from '@swarm-llm/daemon'
import type { Serving } from '@swarm-llm/daemon'
import type { ModelConfig } from './config.js'
import { UsageError } from './command.js'

/** Loads the local model and the cloud client a configuration names. */
export async function loadModels (config: ModelConfig): Promise<Serving> {
  if (config.cloudModel != null && config.cloudApiKey == null && config.cloudBaseUrl == null) {
    throw new UsageError('--cloud-model needs OPENAI_API_KEY (or cloudApiKey in the config file) and, for a server other than OpenAI\'s, --cloud-base-url')
  }
  return await loadServing({
    local: config.model != null ? { modelPath: config.model, threads: config.threads, sequences: config.parallel } : undefined,
    cloud: config.cloudModel != null
      ? { baseURL: config.cloudBaseUrl ?? 'https://api.openai.com/v1', model: config.cloudModel, apiKey: config.cloudApiKey ?? 'none', timeoutMs: config.cloudTimeoutMs }
      : undefined
  })
}
