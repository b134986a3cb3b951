import type { Command } from '../command.js'
import { CONFIG_KEYS, readConfigFile, resolveUpConfig } from '../config.js'
import { printJson, table } from '../output.js'
import { MODEL_OPTIONS, POLICY_OPTIONS } from '../config.js'
import { up } from './up.js'

/** Values never shown, only whether they are set. */
const SECRETS = new Set(['cloudApiKey', 'apiKey'])

export const config: Command = {
  name: 'config',
  summary: 'show the configuration `up` would run with, and where each value comes from',
  usage: 'swarm-llm config [any flag of up] [--json]\nsources: flag, env (environment variable), file (--config / SWARM_LLM_CONFIG), default',
  options: { ...up.options, ...MODEL_OPTIONS, ...POLICY_OPTIONS },
  async run (values) {
    const { resolveDaemonInit, DEFAULT_TAU_LOCAL, DEFAULT_TAU_SWARM, DEFAULT_COLLABORATION_DEADLINE_MS, DEFAULT_SUMMON_TIMEOUT_MS, DEFAULT_MAX_VOTE_WEIGHT, DEFAULT_CLOUD_MAX_PER_MINUTE } = await import('@swarm-llm/daemon')
    const configPath = (values.config as string | undefined) ?? process.env.SWARM_LLM_CONFIG
    const file: Record<string, unknown> = configPath != null ? await readConfigFile(configPath) : {}
    // each layer on its own, so a value can be traced to the last layer that set it
    const fileOnly = await resolveUpConfig({ config: configPath }, {}) as unknown as Record<string, unknown>
    const withEnv = await resolveUpConfig({ config: configPath }, process.env) as unknown as Record<string, unknown>
    const all = await resolveUpConfig(values, process.env) as unknown as Record<string, unknown>
    const defaults: Record<string, unknown> = {
      ...resolveDaemonInit({ dataDir: all.dataDir as string }),
      tauLocal: DEFAULT_TAU_LOCAL,
      tauSwarm: DEFAULT_TAU_SWARM,
      collaborationDeadlineMs: DEFAULT_COLLABORATION_DEADLINE_MS,
      summonTimeoutMs: DEFAULT_SUMMON_TIMEOUT_MS,
      maxVoteWeight: DEFAULT_MAX_VOTE_WEIGHT,
      cloudMaxPerMinute: DEFAULT_CLOUD_MAX_PER_MINUTE,
      tracePrompts: true,
      pii: 'redact'
    }
    const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)
    const rows = [...CONFIG_KEYS].map(key => {
      const value = all[key] ?? defaults[key]
      const source = !same(all[key], withEnv[key]) ? 'flag' : !same(withEnv[key], fileOnly[key]) ? 'env' : key in file ? 'file' : value !== undefined ? 'default' : 'unset'
      const shown = value === undefined ? '' : SECRETS.has(key) ? '(set)' : typeof value === 'string' ? value : JSON.stringify(value)
      return { key, value: shown, source }
    })
    if (values.json === true) return printJson(Object.fromEntries(rows.map(r => [r.key, { value: r.value, source: r.source }])))
    console.log(table(['KEY', 'VALUE', 'FROM'], rows.map(r => [r.key, r.value, r.source])))
  }
}
