import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import type { DaemonInit } from '@swarm-llm/daemon'
import { UsageError } from './command.js'
import type { Values } from './command.js'

/** Keys a config file may hold: those of DaemonInit. */
const CONFIG_KEYS = new Set(['dataDir', 'swarmKeyFile', 'listen', 'bootstrap', 'mdns', 'mdnsIntervalMs', 'apiHost', 'apiPort',
  'announceIntervalMs', 'peerTtlMs', 'redialIntervalMs', 'maxMessageBytes', 'model', 'threads', 'parallel', 'cloudBaseUrl', 'cloudModel', 'cloudApiKey', 'cloudTimeoutMs'])

function integer (name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} must be a whole number, not "${value}"`)
  return Number(value)
}

function list (value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map(s => s.trim()).filter(Boolean)
}

function dropUndefined<T extends object> (value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

export async function readConfigFile (path: string): Promise<Partial<UpConfig>> {
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'))
  } catch (err) {
    throw new UsageError(`cannot read config file ${path}: ${(err as Error).message}`)
  }
  if (parsed == null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError(`config file ${path} must hold a JSON object`)
  const unknown = Object.keys(parsed).filter(k => !CONFIG_KEYS.has(k))
  if (unknown.length > 0) throw new UsageError(`config file ${path} has unknown keys: ${unknown.join(', ')}`)
  return parsed as Partial<UpConfig>
}

/** `up`'s configuration: the daemon's, plus the model it hosts and its cloud access. */
export type UpConfig = DaemonInit & ModelConfig

export interface ModelConfig {
  /** GGUF file of the local model. */
  model?: string
  /** CPU threads for it. */
  threads?: number
  /** Generations it runs at once, each on its own context sequence. */
  parallel?: number
  /** OpenAI-compatible base URL of the cloud model. */
  cloudBaseUrl?: string
  /** The cloud model's name; setting it turns cloud access on. */
  cloudModel?: string
  /** The cloud key; from a config file or OPENAI_API_KEY, never a flag (flags show in `ps`). */
  cloudApiKey?: string
  /** Per cloud request attempt. */
  cloudTimeoutMs?: number
}

/**
 * The model part of the configuration, shared by `up` and `serve`: flags over environment
 * (SWARM_LLM_MODEL, SWARM_LLM_THREADS, OPENAI_BASE_URL, SWARM_LLM_CLOUD_MODEL, OPENAI_API_KEY)
 * over the config file.
 */
export function resolveModelConfig (values: Values, env: NodeJS.ProcessEnv, file: Partial<ModelConfig>): ModelConfig {
  const fromFile: ModelConfig = { model: file.model, threads: file.threads, parallel: file.parallel, cloudBaseUrl: file.cloudBaseUrl, cloudModel: file.cloudModel, cloudApiKey: file.cloudApiKey, cloudTimeoutMs: file.cloudTimeoutMs }
  const merged = {
    ...dropUndefined(fromFile),
    ...dropUndefined<ModelConfig>({
      model: env.SWARM_LLM_MODEL,
      threads: integer('SWARM_LLM_THREADS', env.SWARM_LLM_THREADS),
      parallel: integer('SWARM_LLM_PARALLEL', env.SWARM_LLM_PARALLEL),
      cloudBaseUrl: env.OPENAI_BASE_URL,
      cloudModel: env.SWARM_LLM_CLOUD_MODEL,
      cloudApiKey: env.OPENAI_API_KEY,
      cloudTimeoutMs: integer('SWARM_LLM_CLOUD_TIMEOUT_MS', env.SWARM_LLM_CLOUD_TIMEOUT_MS)
    }),
    ...dropUndefined<ModelConfig>({
      model: values.model as string | undefined,
      threads: integer('--threads', values.threads as string | undefined),
      parallel: integer('--parallel', values.parallel as string | undefined),
      cloudBaseUrl: values['cloud-base-url'] as string | undefined,
      cloudModel: values['cloud-model'] as string | undefined,
      cloudTimeoutMs: integer('--cloud-timeout-ms', values['cloud-timeout-ms'] as string | undefined)
    })
  }
  if (merged.threads === 0) throw new UsageError('--threads must be at least 1')
  if (merged.parallel === 0) throw new UsageError('--parallel must be at least 1')
  return { ...merged, model: merged.model != null ? resolve(merged.model) : undefined }
}

/** Flags for the model part, shared by `up` and `serve`. */
export const MODEL_OPTIONS = {
  model: { type: 'string' },
  threads: { type: 'string' },
  parallel: { type: 'string' },
  'cloud-base-url': { type: 'string' },
  'cloud-model': { type: 'string' },
  'cloud-timeout-ms': { type: 'string' }
} as const

/**
 * Resolves `up`'s configuration: flags over environment variables over a config file over
 * defaults. Environment: SWARM_LLM_CONFIG, SWARM_LLM_DATA_DIR, SWARM_LLM_SWARM_KEY,
 * SWARM_LLM_LISTEN and SWARM_LLM_BOOTSTRAP (comma-separated), SWARM_LLM_API_PORT,
 * SWARM_LLM_API_HOST, SWARM_LLM_MDNS (0 or false turns it off), SWARM_LLM_PEER_TTL_MS,
 * SWARM_LLM_ANNOUNCE_INTERVAL_MS.
 */
export async function resolveUpConfig (values: Values, env: NodeJS.ProcessEnv = process.env): Promise<UpConfig> {
  const configPath = (values.config as string | undefined) ?? env.SWARM_LLM_CONFIG
  const file: Partial<UpConfig> = configPath != null ? await readConfigFile(configPath) : {}
  const fromEnv = dropUndefined<Partial<UpConfig>>({
    dataDir: env.SWARM_LLM_DATA_DIR,
    swarmKeyFile: env.SWARM_LLM_SWARM_KEY,
    listen: list(env.SWARM_LLM_LISTEN),
    bootstrap: list(env.SWARM_LLM_BOOTSTRAP),
    apiHost: env.SWARM_LLM_API_HOST,
    apiPort: integer('SWARM_LLM_API_PORT', env.SWARM_LLM_API_PORT),
    mdns: env.SWARM_LLM_MDNS === undefined ? undefined : !['0', 'false', 'no', 'off'].includes(env.SWARM_LLM_MDNS.toLowerCase()),
    peerTtlMs: integer('SWARM_LLM_PEER_TTL_MS', env.SWARM_LLM_PEER_TTL_MS),
    announceIntervalMs: integer('SWARM_LLM_ANNOUNCE_INTERVAL_MS', env.SWARM_LLM_ANNOUNCE_INTERVAL_MS)
  })
  const fromFlags = dropUndefined<Partial<UpConfig>>({
    dataDir: values['data-dir'] as string | undefined,
    swarmKeyFile: values['swarm-key'] as string | undefined,
    listen: values.listen as string[] | undefined,
    bootstrap: values.bootstrap as string[] | undefined,
    apiHost: values['api-host'] as string | undefined,
    apiPort: integer('--api-port', values['api-port'] as string | undefined),
    mdns: values['no-mdns'] === true ? false : undefined,
    peerTtlMs: integer('--peer-ttl-ms', values['peer-ttl-ms'] as string | undefined),
    announceIntervalMs: integer('--announce-interval-ms', values['announce-interval-ms'] as string | undefined)
  })
  const merged = { ...file, ...fromEnv, ...fromFlags }
  const dataDir = resolve(merged.dataDir ?? join(homedir(), '.swarm-llm'))
  return {
    ...merged,
    ...resolveModelConfig(values, env, file),
    dataDir,
    swarmKeyFile: merged.swarmKeyFile != null ? resolve(merged.swarmKeyFile) : undefined
  }
}
