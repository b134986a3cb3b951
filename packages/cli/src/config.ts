import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { CONFIG_FIELDS, ConfigError, configFileIssues, textIssues } from '@swarm-llm/daemon/config-schema'
import type { ConfigIssue, ConfigKey } from '@swarm-llm/daemon/config-schema'
import type { DaemonInit, ModelInit, PolicyInit } from '@swarm-llm/daemon'
import { UsageError } from './command.js'
import type { Values } from './command.js'

/** Keys a config file may hold: those of DaemonInit. */
export const CONFIG_KEYS = new Set(Object.keys(CONFIG_FIELDS))

/** Where each key may also come from: its environment variable and its flag of `up` (those are checked against the same field types). */
const SOURCES: Array<{ key: ConfigKey, env?: string, flag?: string }> = [
  { key: 'dataDir', env: 'SWARM_LLM_DATA_DIR', flag: 'data-dir' },
  { key: 'swarmKeyFile', env: 'SWARM_LLM_SWARM_KEY', flag: 'swarm-key' },
  { key: 'listen', env: 'SWARM_LLM_LISTEN' },
  { key: 'bootstrap', env: 'SWARM_LLM_BOOTSTRAP' },
  { key: 'apiHost', env: 'SWARM_LLM_API_HOST', flag: 'api-host' },
  { key: 'apiKey', env: 'SWARM_LLM_API_KEY', flag: 'api-key' },
  { key: 'apiPort', env: 'SWARM_LLM_API_PORT', flag: 'api-port' },
  { key: 'mdns', env: 'SWARM_LLM_MDNS' },
  { key: 'peerTtlMs', env: 'SWARM_LLM_PEER_TTL_MS', flag: 'peer-ttl-ms' },
  { key: 'announceIntervalMs', env: 'SWARM_LLM_ANNOUNCE_INTERVAL_MS', flag: 'announce-interval-ms' },
  { key: 'peerQueryRate', env: 'SWARM_LLM_PEER_QUERY_RATE', flag: 'peer-query-rate' },
  { key: 'peerQueryBurst', env: 'SWARM_LLM_PEER_QUERY_BURST', flag: 'peer-query-burst' }
]

const MODEL_SOURCES: Array<{ key: ConfigKey, env?: string, flag?: string }> = [
  { key: 'model', env: 'SWARM_LLM_MODEL', flag: 'model' },
  { key: 'threads', env: 'SWARM_LLM_THREADS', flag: 'threads' },
  { key: 'parallel', env: 'SWARM_LLM_PARALLEL', flag: 'parallel' },
  { key: 'cloudBaseUrl', env: 'OPENAI_BASE_URL', flag: 'cloud-base-url' },
  { key: 'cloudModel', env: 'SWARM_LLM_CLOUD_MODEL', flag: 'cloud-model' },
  { key: 'cloudApiKey', env: 'OPENAI_API_KEY' },
  { key: 'cloudTimeoutMs', env: 'SWARM_LLM_CLOUD_TIMEOUT_MS', flag: 'cloud-timeout-ms' }
]

const POLICY_SOURCES: Array<{ key: ConfigKey, env?: string, flag?: string }> = [
  { key: 'tauLocal', env: 'SWARM_LLM_TAU_LOCAL', flag: 'tau-local' },
  { key: 'tauSwarm', env: 'SWARM_LLM_TAU_SWARM', flag: 'tau-swarm' },
  { key: 'collaborationDeadlineMs', env: 'SWARM_LLM_COLLABORATION_DEADLINE_MS', flag: 'collaboration-deadline-ms' },
  { key: 'summonTimeoutMs', env: 'SWARM_LLM_SUMMON_TIMEOUT_MS', flag: 'summon-timeout-ms' },
  { key: 'queryBudgetMs', env: 'SWARM_LLM_QUERY_BUDGET_MS', flag: 'query-budget-ms' },
  { key: 'maxVoteWeight', env: 'SWARM_LLM_MAX_VOTE_WEIGHT', flag: 'max-vote-weight' },
  { key: 'cloudTargetShare', env: 'SWARM_LLM_CLOUD_TARGET_SHARE', flag: 'cloud-target-share' },
  { key: 'cloudMaxPerMinute', env: 'SWARM_LLM_CLOUD_MAX_PER_MINUTE', flag: 'cloud-max-per-minute' },
  { key: 'tracePrompts', env: 'SWARM_LLM_TRACE_PROMPTS' },
  { key: 'traceMaxBytes', env: 'SWARM_LLM_TRACE_MAX_BYTES', flag: 'trace-max-bytes' },
  { key: 'answerDelayMs', env: 'SWARM_LLM_ANSWER_DELAY_MS', flag: 'answer-delay-ms' },
  { key: 'safetyPolicy', env: 'SWARM_LLM_SAFETY_POLICY', flag: 'safety-policy' },
  { key: 'guardModel', env: 'SWARM_LLM_GUARD_MODEL', flag: 'guard-model' },
  { key: 'guardFormat', env: 'SWARM_LLM_GUARD_FORMAT', flag: 'guard-format' },
  { key: 'pii', env: 'SWARM_LLM_PII', flag: 'pii' },
  { key: 'calibration', env: 'SWARM_LLM_CALIBRATION', flag: 'calibration' },
  { key: 'onlineCalibration', env: 'SWARM_LLM_ONLINE_CALIBRATION' },
  { key: 'auditShare', env: 'SWARM_LLM_AUDIT_SHARE', flag: 'audit-share' },
  { key: 'maxUnprovenWeight', env: 'SWARM_LLM_MAX_UNPROVEN_WEIGHT', flag: 'max-unproven-weight' },
  { key: 'spillQueueDepth', env: 'SWARM_LLM_SPILL_QUEUE_DEPTH', flag: 'spill-queue-depth' }
]

function dropUndefined<T extends object> (value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** The values a layer of text (the environment, or flags) sets, each checked against its field's type; wrong ones go into `issues`. */
function layer (sources: typeof SOURCES, kind: 'env' | 'flag', raw: Record<string, unknown>, issues: ConfigIssue[]): Partial<UpConfig> {
  const entries = sources.flatMap(s => {
    const name = s[kind]
    if (name == null) return []
    const value = raw[name]
    return [{ key: s.key, name: kind === 'flag' ? `--${name}` : name, raw: typeof value === 'string' ? value : undefined }]
  })
  const read = textIssues(kind === 'env' ? 'environment' : 'flags', entries)
  issues.push(...read.issues)
  return read.values as Partial<UpConfig>
}

/** Throws one UsageError that names every wrong value, of every source, at once. */
function throwIssues (issues: ConfigIssue[]): void {
  if (issues.length > 0) throw new UsageError(new ConfigError(issues).message)
}

/** Reads a config file; its wrong keys and values go into `issues` (all of them), the rest is returned. */
async function loadConfigFile (path: string, issues: ConfigIssue[]): Promise<Partial<UpConfig>> {
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'))
  } catch (err) {
    throw new UsageError(`cannot read config file ${path}: ${(err as Error).message}`)
  }
  const found = configFileIssues(`config file ${path}`, parsed)
  issues.push(...found)
  if (found.length > 0 && found[0].key === '(file)') return {}
  const wrong = new Set(found.map(i => i.key))
  return Object.fromEntries(Object.entries(parsed as object).filter(([k]) => !wrong.has(k))) as Partial<UpConfig>
}

/** Reads a config file and checks it against the schema: throws a UsageError listing every unknown key and wrong value. */
export async function readConfigFile (path: string): Promise<Partial<UpConfig>> {
  const issues: ConfigIssue[] = []
  const file = await loadConfigFile(path, issues)
  throwIssues(issues)
  return file
}

/** `up`'s configuration: the daemon's, with the model it hosts, its cloud access and its routing policy. */
export type UpConfig = DaemonInit

/** The model part: the local model and cloud access. The cloud key comes from a config file or OPENAI_API_KEY, never a flag (flags show in `ps`). */
export type ModelConfig = ModelInit

/**
 * The model part of the configuration, shared by `up` and `serve`: flags over environment
 * (SWARM_LLM_MODEL, SWARM_LLM_THREADS, OPENAI_BASE_URL, SWARM_LLM_CLOUD_MODEL, OPENAI_API_KEY)
 * over the config file.
 */
export function resolveModelConfig (values: Values, env: NodeJS.ProcessEnv, file: Partial<ModelConfig>, issues: ConfigIssue[] = []): ModelConfig {
  const own = issues.length
  const fromFile: ModelConfig = { model: file.model, threads: file.threads, parallel: file.parallel, cloudBaseUrl: file.cloudBaseUrl, cloudModel: file.cloudModel, cloudApiKey: file.cloudApiKey, cloudTimeoutMs: file.cloudTimeoutMs }
  const merged: ModelConfig = {
    ...dropUndefined(fromFile),
    ...layer(MODEL_SOURCES, 'env', env, issues),
    ...layer(MODEL_SOURCES, 'flag', values, issues)
  }
  if (issues.length > own) return merged
  if (merged.cloudModel != null && merged.cloudApiKey == null && merged.cloudBaseUrl == null) {
    throw new UsageError('--cloud-model needs OPENAI_API_KEY (or cloudApiKey in the config file) and, for a server other than OpenAI\'s, --cloud-base-url')
  }
  return { ...merged, model: merged.model != null ? resolve(merged.model) : undefined }
}

/** resolveModelConfig for a command that takes only the model part: throws every wrong value at once. */
export function resolveModelOnly (values: Values, env: NodeJS.ProcessEnv, file: Partial<ModelConfig>): ModelConfig {
  const issues: ConfigIssue[] = []
  const config = resolveModelConfig(values, env, file, issues)
  throwIssues(issues)
  return config
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

/** Flags for the routing policy. */
export const POLICY_OPTIONS = {
  'tau-local': { type: 'string' },
  'tau-swarm': { type: 'string' },
  'collaboration-deadline-ms': { type: 'string' },
  'summon-timeout-ms': { type: 'string' },
  'query-budget-ms': { type: 'string' },
  'max-vote-weight': { type: 'string' },
  'cloud-target-share': { type: 'string' },
  'cloud-max-per-minute': { type: 'string' },
  'no-trace-prompts': { type: 'boolean' },
  'trace-max-bytes': { type: 'string' },
  'answer-delay-ms': { type: 'string' },
  'safety-policy': { type: 'string' },
  'guard-model': { type: 'string' },
  'guard-format': { type: 'string' },
  pii: { type: 'string' },
  calibration: { type: 'string' },
  'no-online-calibration': { type: 'boolean' },
  'audit-share': { type: 'string' },
  'max-unproven-weight': { type: 'string' },
  'spill-queue-depth': { type: 'string' }
} as const

/** Flags for what a node does with unsafe prompts and personal data, and what its trace keeps: shared by `up` and `serve`. */
export const SAFETY_OPTIONS = {
  'no-trace-prompts': { type: 'boolean' },
  'safety-policy': { type: 'string' },
  'guard-model': { type: 'string' },
  'guard-format': { type: 'string' },
  pii: { type: 'string' }
} as const

/** `serve`'s configuration: the model part and the safety part of the policy, flags over environment over the config file; every wrong value reported at once. */
export async function resolveServeConfig (values: Values, env: NodeJS.ProcessEnv, file: Partial<UpConfig>): Promise<ModelConfig & Pick<PolicyInit, 'safetyPolicy' | 'guardModel' | 'guardFormat' | 'pii' | 'tracePrompts'>> {
  const issues: ConfigIssue[] = []
  const model = resolveModelConfig(values, env, file, issues)
  const policy = resolvePolicy(values, env, file, issues)
  throwIssues(issues)
  const { safetyPolicy, guardModel, guardFormat, pii, tracePrompts } = await checkedPolicy(policy)
  return { ...model, ...dropUndefined({ safetyPolicy, guardModel: guardModel != null ? resolve(guardModel) : undefined, guardFormat, pii, tracePrompts }) }
}

async function checkedPolicy (policy: PolicyInit): Promise<PolicyInit> {
  if (policy.safetyPolicy != null) {
    const { parseSafetyPolicy } = await import('@swarm-llm/daemon')
    try {
      parseSafetyPolicy(policy.safetyPolicy)
    } catch (err) {
      throw new UsageError(`--safety-policy: ${(err as Error).message}`)
    }
  }
  return policy
}

/** The routing policy: flags over SWARM_LLM_* environment variables over the config file. */
function resolvePolicy (values: Values, env: NodeJS.ProcessEnv, file: Partial<UpConfig>, issues: ConfigIssue[]): PolicyInit {
  const fromFile = Object.fromEntries(POLICY_SOURCES.map(s => [s.key, file[s.key]])) as PolicyInit
  return {
    ...dropUndefined(fromFile),
    ...layer(POLICY_SOURCES, 'env', env, issues),
    ...layer(POLICY_SOURCES, 'flag', values, issues),
    ...(values['no-trace-prompts'] === true ? { tracePrompts: false } : {}),
    ...(values['no-online-calibration'] === true ? { onlineCalibration: false } : {})
  }
}

/**
 * Resolves `up`'s configuration: flags over environment variables over a config file over
 * defaults. Environment: SWARM_LLM_CONFIG, SWARM_LLM_DATA_DIR, SWARM_LLM_SWARM_KEY,
 * SWARM_LLM_LISTEN and SWARM_LLM_BOOTSTRAP (comma-separated), SWARM_LLM_API_PORT,
 * SWARM_LLM_API_HOST, SWARM_LLM_MDNS (0 or false turns it off), SWARM_LLM_PEER_TTL_MS,
 * SWARM_LLM_ANNOUNCE_INTERVAL_MS, and the policy's SWARM_LLM_TAU_LOCAL, SWARM_LLM_TAU_SWARM,
 * SWARM_LLM_COLLABORATION_DEADLINE_MS, SWARM_LLM_SUMMON_TIMEOUT_MS, SWARM_LLM_MAX_VOTE_WEIGHT,
 * SWARM_LLM_CLOUD_TARGET_SHARE, SWARM_LLM_CLOUD_MAX_PER_MINUTE, SWARM_LLM_TRACE_PROMPTS.
 */
export async function resolveUpConfig (values: Values, env: NodeJS.ProcessEnv = process.env): Promise<UpConfig> {
  const issues: ConfigIssue[] = []
  const configPath = (values.config as string | undefined) ?? env.SWARM_LLM_CONFIG
  const file: Partial<UpConfig> = configPath != null ? await loadConfigFile(configPath, issues) : {}
  const fromEnv = layer(SOURCES, 'env', env, issues)
  const fromFlags = dropUndefined<Partial<UpConfig>>({
    ...layer(SOURCES, 'flag', values, issues),
    listen: values.listen as string[] | undefined,
    bootstrap: values.bootstrap as string[] | undefined,
    mdns: values['no-mdns'] === true ? false : undefined
  })
  const merged = { ...file, ...fromEnv, ...fromFlags }
  const resolved = resolvePolicy(values, env, file, issues)
  const model = resolveModelConfig(values, env, file, issues)
  throwIssues(issues)
  const policy = await checkedPolicy(resolved)
  const dataDir = resolve(merged.dataDir ?? join(homedir(), '.swarm-llm'))
  return {
    ...merged,
    ...model,
    ...policy,
    dataDir,
    ...(policy.guardModel != null ? { guardModel: resolve(policy.guardModel) } : {}),
    ...(policy.calibration != null && policy.calibration !== 'none' ? { calibration: resolve(policy.calibration) } : {}),
    swarmKeyFile: merged.swarmKeyFile != null ? resolve(merged.swarmKeyFile) : undefined
  }
}
