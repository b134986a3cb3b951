#!/usr/bin/env node
/**
 * The `swarm-llm` command line: wires the commands together with strict flag parsing and
 * reports every error in one place.
 */
import { parseArgs } from 'node:util'
import { UsageError } from './command.js'
import type { Command } from './command.js'
import { keygen } from './commands/keygen.js'
import { peers } from './commands/peers.js'
import { status } from './commands/status.js'
import { up } from './commands/up.js'
import { serve } from './commands/serve.js'
import { ask } from './commands/ask.js'
import { pull } from './commands/pull.js'
import { calibrate } from './commands/calibrate.js'
import { demo } from './commands/demo.js'
import { trace } from './commands/trace.js'
import { bench } from './commands/bench.js'
import { safety } from './commands/safety.js'
import { pii } from './commands/pii.js'

const COMMANDS: Command[] = [up, serve, ask, trace, pull, calibrate, demo, bench, safety, pii, keygen, peers, status]

function help (): string {
  return ['usage: swarm-llm <command> [flags]', '', 'commands:',
    ...COMMANDS.map(c => `  ${c.name.padEnd(10)} ${c.summary}`), '', 'run `swarm-llm <command> --help` for its flags'].join('\n')
}

async function main (argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name == null || name === '--help' || name === '-h' || name === 'help') {
    console.log(help())
    return name == null ? 2 : 0
  }
  const command = COMMANDS.find(c => c.name === name)
  if (command == null) throw new UsageError(`unknown command "${name}"\n\n${help()}`)
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`${command.usage}\n\n${command.summary}`)
    return 0
  }
  let parsed
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: command.positionals ?? false, strict: true })
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\nusage: ${command.usage}`)
  }
  await command.run(parsed.values as Record<string, string | boolean | string[] | undefined>, parsed.positionals)
  return 0
}

main(process.argv.slice(2)).then(code => { process.exitCode = code }, (err: Error) => {
  const json = process.argv.includes('--json')
  const usage = err instanceof UsageError
  if (json) console.error(JSON.stringify({ error: { name: err.name, message: err.message } }))
  else console.error(`swarm-llm: ${err.message}`)
  if (!usage && !json && process.env.DEBUG != null) console.error(err.stack)
  process.exitCode = usage ? 2 : 1
})
