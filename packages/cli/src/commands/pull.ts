import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Command } from '../command.js'
import { UsageError } from '../command.js'
import { printJson } from '../output.js'

function megabytes (n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

/** A one-line progress bar on a terminal; nothing when output is piped. */
function progressBar (): (received: number, total: number | undefined) => void {
  if (process.stderr.isTTY !== true) return () => {}
  let last = 0
  return (received, total) => {
    const now = Date.now()
    if (now - last < 100 && received !== total) return
    last = now
    const width = 30
    const filled = total != null ? Math.round(width * received / total) : 0
    const bar = total != null ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(100 * received / total).toFixed(0)}%` : ''
    process.stderr.write(`\r${bar} ${megabytes(received)}${total != null ? ` of ${megabytes(total)}` : ''}   `)
  }
}

export const pull: Command = {
  name: 'pull',
  summary: 'download a GGUF model (resumable, checksum-verified where the source gives one)',
  usage: 'swarm-llm pull <URL | hf:OWNER/REPO/FILE.gguf[@REVISION]> [--dir DIR] [--sha256 HEX] [--json]',
  positionals: true,
  options: { dir: { type: 'string' }, sha256: { type: 'string' }, json: { type: 'boolean', default: false } },
  async run (values, positionals) {
    const { pullModel } = await import('@swarm-llm/daemon')
    if (positionals.length !== 1) throw new UsageError(`pull takes one source\nusage: ${pull.usage}`)
    const sha256 = values.sha256 as string | undefined
    if (sha256 != null && !/^[0-9a-fA-F]{64}$/.test(sha256)) throw new UsageError('--sha256 must be 64 hex digits')
    const dir = resolve((values.dir as string | undefined) ?? process.env.SWARM_LLM_MODELS_DIR ?? join(homedir(), '.swarm-llm', 'models'))
    const result = await pullModel(positionals[0], { dir, sha256, hfEndpoint: process.env.HF_ENDPOINT, onProgress: values.json === true ? undefined : progressBar() })
    if (process.stderr.isTTY === true && values.json !== true) process.stderr.write('\n')
    if (values.json === true) return printJson(result)
    if (result.alreadyPresent) return console.log(`already have ${result.path}`)
    console.log(`${result.resumedFrom > 0 ? `resumed at ${megabytes(result.resumedFrom)}; ` : ''}saved ${result.path} (${megabytes(result.bytes)})`)
    console.log(result.verified != null ? `sha256 ${result.verified.sha256} verified` : 'the source gave no checksum; not verified')
    console.log(`run it: swarm-llm up --model ${result.path}`)
  }
}
