import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import type { DaemonInit, ModelInit, PolicyInit } from '@swarm-llm/daemon'
import { UsageError } from './command.js'
import type { Values } from './command.js'

/** Keys a config file may hold: those of DaemonInit. */
export const CONFIG_KEYS = new Set(['dataDir', 'swarmKeyFile', 'listen', 'bootstrap', 'mdns', 'mdnsIntervalMs', 'apiHost', 'apiPort', 'apiKey',
  'announceIntervalMs', 'peerTtlMs', 'redialIntervalMs', 'maxMessageBytes', 'model', 'threads', 'parallel', 'cloudBaseUrl', 'cloudModel', 'cloudApiKey', 'cloudTimeoutMs',
  'tauLocal', 'tauSwarm', 'collaborationDeadlineMs', 'summonTimeoutMs', 'maxVoteWeight', 'cloudTargetShare', 'cloudMaxPerMinute', 'tracePrompts', 'answerDelayMs',
  'safetyPolicy', 'guardModel', 'pii', 'calibration', 'onlineCalibration', 'auditShare', 'maxUnprovenWeight'])

function piiMode (name: string, value: string | undefined): 'redact' | 'never-leaves-lan' | undefined {
  if (value === undefined) return undefined
  if (value !== 'redact' && value !== 'never-leaves-lan') throw new UsageError(`${name} must be redact or never-leaves-lan, not "${value}"`)
  return value
}

function fraction (name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (value.trim() === '' || !(n >= 0 && n <= 1)) throw new UsageError(`${name} must be a number from 0 to 1, not "${value}"`)
  return n
}

const NO = ['0', 'false', 'no', 'off']

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

/** `up`'s configuration: the daemon's, with the model it hosts, its cloud access and its routing policy. */
export type UpConfig = DaemonInit

/** The model part: the local model and cloud access. The cloud key comes from a config file or OPENAI_API_KEY, never a flag (flags show in `ps`). */
export type ModelConfig = ModelInit

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
  if (merged.cloudModel != null && merged.cloudApiKey == null && merged.cloudBaseUrl == null) {
    throw new UsageError('--cloud-model needs OPENAI_API_KEY (or cloudApiKey in the config file) and, for a server other than OpenAI\'s, --cloud-base-url')
  }
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

/** Flags for the routing policy. */
export const POLICY_OPTIONS = {
  'tau-local': { type: 'string' },
  'tau-swarm': { type: 'string' },
  'collaboration-deadline-ms': { type: 'string' },
  'summon-timeout-ms': { type: 'string' },
  'max-vote-weight': { type: 'string' },
  'cloud-target-share': { type: 'string' },
  'cloud-max-per-minute': { type: 'string' },
  'no-trace-prompts': { type: 'boolean' },
  'answer-delay-ms': { type: 'string' },
  'safety-policy': { type: 'string' },
  'guard-model': { type: 'string' },
  pii: { type: 'string' }
} as const

/** Flags for what a node does with unsafe prompts and personal data, and what its trace keeps: shared by `up` and `serve`. */
export const SAFETY_OPTIONS = {
  'no-trace-prompts': { type: 'boolean' },
  'safety-policy': { type: 'string' },
  'guard-model': { type: 'string' },
  pii: { type: 'string' }
} as const

/** The safety part of the policy, as `serve` takes it: flags over environment over the config file, checked. */
export async function resolveSafetyConfig (values: Values, env: NodeJS.ProcessEnv, file: Partial<UpConfig>): Promise<Pick<PolicyInit, 'safetyPolicy' | 'guardModel' | 'pii' | 'tracePrompts'>> {
  const { safetyPolicy, guardModel, pii, tracePrompts } = await checkedPolicy(resolvePolicy(values, env, file))
  return dropUndefined({ safetyPolicy, guardModel: guardModel != null ? resolve(guardModel) : undefined, pii, tracePrompts })
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
function resolvePolicy (values: Values, env: NodeJS.ProcessEnv, file: Partial<UpConfig>): PolicyInit {
  const flag = (name: string): string | undefined => values[name] as string | undefined
  return {
    ...dropUndefined<PolicyInit>({
      tauLocal: file.tauLocal, tauSwarm: file.tauSwarm, collaborationDeadlineMs: file.collaborationDeadlineMs, summonTimeoutMs: file.summonTimeoutMs,
      maxVoteWeight: file.maxVoteWeight, cloudTargetShare: file.cloudTargetShare, cloudMaxPerMinute: file.cloudMaxPerMinute, tracePrompts: file.tracePrompts, answerDelayMs: file.answerDelayMs,
      safetyPolicy: file.safetyPolicy, guardModel: file.guardModel, pii: piiMode('pii in the config file', file.pii),
      calibration: file.calibration, onlineCalibration: file.onlineCalibration, auditShare: file.auditShare, maxUnprovenWeight: file.maxUnprovenWeight
    }),
    ...dropUndefined<PolicyInit>({
      tauLocal: fraction('SWARM_LLM_TAU_LOCAL', env.SWARM_LLM_TAU_LOCAL),
      tauSwarm: fraction('SWARM_LLM_TAU_SWARM', env.SWARM_LLM_TAU_SWARM),
      collaborationDeadlineMs: integer('SWARM_LLM_COLLABORATION_DEADLINE_MS', env.SWARM_LLM_COLLABORATION_DEADLINE_MS),
      summonTimeoutMs: integer('SWARM_LLM_SUMMON_TIMEOUT_MS', env.SWARM_LLM_SUMMON_TIMEOUT_MS),
      maxVoteWeight: fraction('SWARM_LLM_MAX_VOTE_WEIGHT', env.SWARM_LLM_MAX_VOTE_WEIGHT),
      cloudTargetShare: fraction('SWARM_LLM_CLOUD_TARGET_SHARE', env.SWARM_LLM_CLOUD_TARGET_SHARE),
      cloudMaxPerMinute: integer('SWARM_LLM_CLOUD_MAX_PER_MINUTE', env.SWARM_LLM_CLOUD_MAX_PER_MINUTE),
      tracePrompts: env.SWARM_LLM_TRACE_PROMPTS === undefined ? undefined : !NO.includes(env.SWARM_LLM_TRACE_PROMPTS.toLowerCase()),
      answerDelayMs: integer('SWARM_LLM_ANSWER_DELAY_MS', env.SWARM_LLM_ANSWER_DELAY_MS),
      safetyPolicy: env.SWARM_LLM_SAFETY_POLICY,
      guardModel: env.SWARM_LLM_GUARD_MODEL,
      pii: piiMode('SWARM_LLM_PII', env.SWARM_LLM_PII),
      calibration: env.SWARM_LLM_CALIBRATION,
      onlineCalibration: env.SWARM_LLM_ONLINE_CALIBRATION === undefined ? undefined : !NO.includes(env.SWARM_LLM_ONLINE_CALIBRATION.toLowerCase()),
      auditShare: fraction('SWARM_LLM_AUDIT_SHARE', env.SWARM_LLM_AUDIT_SHARE),
      maxUnprovenWeight: fraction('SWARM_LLM_MAX_UNPROVEN_WEIGHT', env.SWARM_LLM_MAX_UNPROVEN_WEIGHT)
    }),
    ...dropUndefined<PolicyInit>({
      tauLocal: fraction('--tau-local', flag('tau-local')),
      tauSwarm: fraction('--tau-swarm', flag('tau-swarm')),
      collaborationDeadlineMs: integer('--collaboration-deadline-ms', flag('collaboration-deadline-ms')),
      summonTimeoutMs: integer('--summon-timeout-ms', flag('summon-timeout-ms')),
      maxVoteWeight: fraction('--max-vote-weight', flag('max-vote-weight')),
      cloudTargetShare: fraction('--cloud-target-share', flag('cloud-target-share')),
      cloudMaxPerMinute: integer('--cloud-max-per-minute', flag('cloud-max-per-minute')),
      tracePrompts: values['no-trace-prompts'] === true ? false : undefined,
      answerDelayMs: integer('--answer-delay-ms', flag('answer-delay-ms')),
      safetyPolicy: flag('safety-policy'),
      guardModel: flag('guard-model'),
      pii: piiMode('--pii', flag('pii')),
      calibration: flag('calibration'),
      onlineCalibration: values['no-online-calibration'] === true ? false : undefined,
      auditShare: fraction('--audit-share', flag('audit-share')),
      maxUnprovenWeight: fraction('--max-unproven-weight', flag('max-unproven-weight'))
    })
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
  const configPath = (values.config as string | undefined) ?? env.SWARM_LLM_CONFIG
  const file: Partial<UpConfig> = configPath != null ? await readConfigFile(configPath) : {}
  const fromEnv = dropUndefined<Partial<UpConfig>>({
    dataDir: env.SWARM_LLM_DATA_DIR,
    swarmKeyFile: env.SWARM_LLM_SWARM_KEY,
    listen: list(env.SWARM_LLM_LISTEN),
    bootstrap: list(env.SWARM_LLM_BOOTSTRAP),
    apiHost: env.SWARM_LLM_API_HOST,
    apiKey: env.SWARM_LLM_API_KEY,
    apiPort: integer('SWARM_LLM_API_PORT', env.SWARM_LLM_API_PORT),
    mdns: env.SWARM_LLM_MDNS === undefined ? undefined : !NO.includes(env.SWARM_LLM_MDNS.toLowerCase()),
    peerTtlMs: integer('SWARM_LLM_PEER_TTL_MS', env.SWARM_LLM_PEER_TTL_MS),
    announceIntervalMs: integer('SWARM_LLM_ANNOUNCE_INTERVAL_MS', env.SWARM_LLM_ANNOUNCE_INTERVAL_MS)
  })
  const fromFlags = dropUndefined<Partial<UpConfig>>({
    dataDir: values['data-dir'] as string | undefined,
    swarmKeyFile: values['swarm-key'] as string | undefined,
    listen: values.listen as string[] | undefined,
    bootstrap: values.bootstrap as string[] | undefined,
    apiHost: values['api-host'] as string | undefined,
    apiKey: values['api-key'] as string | undefined,
    apiPort: integer('--api-port', values['api-port'] as string | undefined),
    mdns: values['no-mdns'] === true ? false : undefined,
    peerTtlMs: integer('--peer-ttl-ms', values['peer-ttl-ms'] as string | undefined),
    announceIntervalMs: integer('--announce-interval-ms', values['announce-interval-ms'] as string | undefined)
  })
  const merged = { ...file, ...fromEnv, ...fromFlags }
  const policy = await checkedPolicy(resolvePolicy(values, env, file))
  const dataDir = resolve(merged.dataDir ?? join(homedir(), '.swarm-llm'))
  return {
    ...merged,
    ...resolveModelConfig(values, env, file),
    ...policy,
    dataDir,
    ...(policy.guardModel != null ? { guardModel: resolve(policy.guardModel) } : {}),
    ...(policy.calibration != null && policy.calibration !== 'none' ? { calibration: resolve(policy.calibration) } : {}),
    swarmKeyFile: merged.swarmKeyFile != null ? resolve(merged.swarmKeyFile) : undefined
  }
}
