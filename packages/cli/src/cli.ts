#!/usr/bin/env node
/**
 * The `swarm-llm` command line: wires the commands together with strict flag parsing and
 * reports every error in one place.
 */
import { realpathSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { commandHelp, completionScript, mainHelp, VERSION } from './help.js'
import { UsageError } from './command.js'
import type { Command } from './command.js'
import { keygen } from './commands/keygen.js'
import { doctor } from './commands/doctor.js'
import { peers } from './commands/peers.js'
import { status } from './commands/status.js'
import { up } from './commands/up.js'
import { serve } from './commands/serve.js'
import { ask } from './commands/ask.js'
import { pull } from './commands/pull.js'
import { calibrate } from './commands/calibrate.js'
import { demo } from './commands/demo.js'
import { trace } from './commands/trace.js'
import { config } from './commands/config.js'
import { bench } from './commands/bench.js'
import { safety } from './commands/safety.js'
import { pii } from './commands/pii.js'
import { sim } from './commands/sim.js'

const COMMANDS: Command[] = [up, serve, ask, trace, config, pull, calibrate, demo, bench, sim, safety, pii, keygen, peers, status, doctor]

/** Everything the CLI offers, for the generated reference (`docs/cli.md`). */
export { COMMANDS }

async function main (argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name == null || name === '--help' || name === '-h' || name === 'help') {
    const about = rest[0] != null ? COMMANDS.find(c => c.name === rest[0]) : undefined
    console.log(about != null ? commandHelp(about) : mainHelp(COMMANDS))
    return name == null ? 2 : 0
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    console.log(`swarm-llm ${VERSION}`)
    return 0
  }
  if (name === 'completion') {
    try {
      process.stdout.write(completionScript(rest[0] ?? 'bash', COMMANDS))
    } catch (err) {
      throw new UsageError((err as Error).message)
    }
    return 0
  }
  const command = COMMANDS.find(c => c.name === name)
  if (command == null) throw new UsageError(`unknown command "${name}"\n\n${mainHelp(COMMANDS)}`)
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(commandHelp(command))
    return 0
  }
  let parsed
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: command.positionals ?? false, strict: true })
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\nusage: ${command.usage.split('\n')[0]}\nrun \`swarm-llm ${command.name} --help\` for every flag`)
  }
  const code = await command.run(parsed.values as Record<string, string | boolean | string[] | undefined>, parsed.positionals)
  return code ?? 0
}

// run only as the program, not when imported for the reference
if (process.argv[1] != null && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2)).then(code => { process.exitCode = code }, (err: Error) => {
    const json = process.argv.includes('--json')
    const usage = err instanceof UsageError
    if (json) console.error(JSON.stringify({ error: { name: err.name, message: err.message } }))
    else console.error(`swarm-llm: ${err.message}`)
    if (!usage && !json && process.env.DEBUG != null) console.error(err.stack)
    process.exitCode = usage ? 2 : 1
  })
}
