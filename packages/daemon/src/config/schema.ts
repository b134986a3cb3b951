import { z } from 'zod'
import type { DaemonInit } from './index.js'

/** What a value of each kind must be, in words for the error a user reads. */
interface Field {
  type: z.ZodType
  expected: string
}

const text: Field = { type: z.string().min(1), expected: 'a non-empty string' }
const texts: Field = { type: z.array(z.string().min(1)), expected: 'an array of non-empty strings' }
const flag: Field = { type: z.boolean(), expected: 'true or false' }
const positive: Field = { type: z.number().int().positive(), expected: 'a whole number ≥ 1' }
const count: Field = { type: z.number().int().nonnegative(), expected: 'a whole number ≥ 0' }
const fraction: Field = { type: z.number().min(0).max(1), expected: 'a number from 0 to 1' }
const port: Field = { type: z.number().int().min(0).max(65535), expected: 'a whole number from 0 to 65535' }
const url: Field = { type: z.url(), expected: 'a URL' }

/** Every key of DaemonInit, with what its value must be: the one schema the config file, the environment and the resolved options are checked against. */
export const CONFIG_FIELDS = {
  dataDir: text,
  swarmKeyFile: text,
  listen: texts,
  bootstrap: texts,
  mdns: flag,
  mdnsIntervalMs: positive,
  apiHost: text,
  apiPort: port,
  apiKey: { type: z.string(), expected: 'a string' },
  announceIntervalMs: positive,
  peerTtlMs: positive,
  redialIntervalMs: positive,
  maxMessageBytes: positive,
  peerQueryRate: positive,
  peerQueryBurst: positive,
  model: text,
  threads: positive,
  parallel: positive,
  cloudBaseUrl: url,
  cloudModel: text,
  cloudApiKey: text,
  cloudTimeoutMs: positive,
  tauLocal: fraction,
  tauSwarm: fraction,
  collaborationDeadlineMs: positive,
  summonTimeoutMs: positive,
  queryBudgetMs: positive,
  maxVoteWeight: fraction,
  cloudTargetShare: fraction,
  cloudMaxPerMinute: count,
  tracePrompts: flag,
  traceMaxBytes: positive,
  answerDelayMs: count,
  safetyPolicy: text,
  guardModel: text,
  guardFormat: { type: z.enum(['auto', 'swarm', 'llama-guard-3', 'shieldgemma', 'qwen3guard']), expected: 'auto, swarm, llama-guard-3, shieldgemma or qwen3guard' },
  pii: { type: z.enum(['redact', 'never-leaves-lan']), expected: 'redact or never-leaves-lan' },
  calibration: text,
  onlineCalibration: flag,
  auditShare: fraction,
  maxUnprovenWeight: fraction,
  spillQueueDepth: positive
} satisfies Record<keyof DaemonInit, Field>

export type ConfigKey = keyof typeof CONFIG_FIELDS

/** One wrong value: where it came from, its key there, what it should be and what it was. */
export interface ConfigIssue {
  /** e.g. `config file /etc/swarm.json`, `environment`, `options`. */
  source: string
  /** The key as that source spells it: a config key, an environment variable, a flag. */
  key: string
  expected: string
  received: unknown
}

/** Configuration values are wrong; every wrong one is listed, each with its key and the type it must have. */
export class ConfigError extends Error {
  static name = 'ConfigError'
  constructor (readonly issues: ConfigIssue[]) {
    super(`invalid configuration:\n${issues.map(describeIssue).join('\n')}`)
    this.name = 'ConfigError'
  }
}

function shown (value: unknown): string {
  if (value === undefined) return 'nothing'
  const json = JSON.stringify(value) ?? String(value)
  const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`
  return `${json.length > 60 ? json.slice(0, 57) + '...' : json} (${kind})`
}

export function describeIssue (issue: ConfigIssue): string {
  if (issue.expected === 'no such key') return `  ${issue.source}: "${issue.key}" is not a known key`
  return `  ${issue.source}: "${issue.key}" must be ${issue.expected}, not ${shown(issue.received)}`
}

/** Checks a config file's object: every key known, every value of its type; returns every issue at once. */
export function configFileIssues (source: string, value: unknown): ConfigIssue[] {
  if (value == null || typeof value !== 'object' || Array.isArray(value)) return [{ source, key: '(file)', expected: 'a JSON object', received: value }]
  const issues: ConfigIssue[] = []
  for (const [key, v] of Object.entries(value)) {
    const field = (CONFIG_FIELDS as Record<string, Field>)[key]
    if (field == null) issues.push({ source, key, expected: 'no such key', received: v })
    else if (!field.type.safeParse(v).success) issues.push({ source, key, expected: field.expected, received: v })
  }
  return issues
}

/** The z.strictObject every DaemonInit is checked against (all keys optional; dataDir is filled in at the edge). */
export const daemonInitSchema = z.strictObject(Object.fromEntries(Object.entries(CONFIG_FIELDS).map(([k, f]) => [k, f.type.optional()])) as Record<ConfigKey, z.ZodOptional<z.ZodType>>)

/** Throws ConfigError listing every wrong value of `init`; keys set to undefined count as unset. */
export function validateDaemonInit (init: unknown, source = 'options'): void {
  const defined = init != null && typeof init === 'object' ? Object.fromEntries(Object.entries(init).filter(([, v]) => v !== undefined)) : init
  const issues = configFileIssues(source, defined)
  if (issues.length > 0) throw new ConfigError(issues)
}

/** How text from the environment or a flag becomes a value of its field's type, before the field's own check. */
export function parseText (key: ConfigKey, raw: string): unknown {
  const field = CONFIG_FIELDS[key]
  if (field === texts) return raw.split(',').map(s => s.trim()).filter(Boolean)
  if (field === flag) return !['0', 'false', 'no', 'off'].includes(raw.toLowerCase())
  if ([positive, count, port, fraction].includes(field)) return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw
  return raw
}

/** Checks text values (environment variables, flags) named as their source spells them; returns the values and every issue. */
export function textIssues (source: string, entries: Array<{ key: ConfigKey, name: string, raw: string | undefined }>): { values: Partial<Record<ConfigKey, unknown>>, issues: ConfigIssue[] } {
  const values: Partial<Record<ConfigKey, unknown>> = {}
  const issues: ConfigIssue[] = []
  for (const { key, name, raw } of entries) {
    if (raw === undefined) continue
    const value = parseText(key, raw)
    const field = CONFIG_FIELDS[key]
    if (field.type.safeParse(value).success) values[key] = value
    else issues.push({ source, key: name, expected: field.expected, received: raw })
  }
  return { values, issues }
}
