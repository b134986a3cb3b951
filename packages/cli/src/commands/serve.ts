import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Command } from '../command.js'
import { UsageError } from '../command.js'
import { MODEL_OPTIONS, SAFETY_OPTIONS, readConfigFile, resolveServeConfig } from '../config.js'

export const serve: Command = {
  name: 'serve',
  summary: 'serve one model as a plain OpenAI-compatible server, with no swarm',
  usage: 'swarm-llm serve --model FILE [--api-port N] [--api-host HOST] [--threads N] [--data-dir DIR] [--safety-policy P] [--guard-model FILE] [--guard-format F] [--pii MODE] [--no-trace-prompts] [--request-log FILE] [--config FILE] [--json]\n' +
    'set SWARM_LLM_SERVE_API_KEY to require that key from clients; the safety policy, personal-data redaction and the trace (in --data-dir, default ~/.swarm-llm/serve) apply as in `up`',
  options: {
    ...MODEL_OPTIONS,
    ...SAFETY_OPTIONS,
    'data-dir': { type: 'string' },
    config: { type: 'string' },
    'api-port': { type: 'string' },
    'api-host': { type: 'string' },
    'request-log': { type: 'string' },
    json: { type: 'boolean', default: false }
  },
  async run (values) {
    const { ApiKeyRequiredError, DEFAULT_API_PORT, isLoopback, startStandaloneServer } = await import('@swarm-llm/daemon')
    const file = typeof values.config === 'string' ? await readConfigFile(values.config) : {}
    const config = await resolveServeConfig(values, process.env, file)
    const dataDir = resolve((values['data-dir'] as string | undefined) ?? join(homedir(), '.swarm-llm', 'serve'))
    if (config.model == null && config.cloudModel == null) throw new UsageError('serve needs --model FILE')
    const port = values['api-port'] === undefined ? DEFAULT_API_PORT : Number(values['api-port'])
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--api-port must be a port number, not "${values['api-port'] as string}"`)
    const apiHost = values['api-host'] as string | undefined
    if (apiHost != null && !isLoopback(apiHost) && (process.env.SWARM_LLM_SERVE_API_KEY ?? '') === '') throw new UsageError(new ApiKeyRequiredError(apiHost).message.replace('--api-key (or SWARM_LLM_API_KEY)', 'SWARM_LLM_SERVE_API_KEY'))
    const server = await startStandaloneServer({ ...config, dataDir, apiHost: values['api-host'] as string | undefined, apiPort: port, apiKey: process.env.SWARM_LLM_SERVE_API_KEY, requestLog: values['request-log'] as string | undefined })
    console.log(values.json === true
      ? JSON.stringify({ event: 'started', api: server.url, models: server.models })
      : `swarm-llm serve: ${server.models.join(', ')} at ${server.url}/v1`)
    await new Promise<void>(resolve => { process.once('SIGINT', () => resolve()); process.once('SIGTERM', () => resolve()) })
    await server.stop()
  }
}
