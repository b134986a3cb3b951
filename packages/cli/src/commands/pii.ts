import { readFile, stat } from 'node:fs/promises'
import type { Command } from '../command.js'
import { UsageError } from '../command.js'
import { printJson, table } from '../output.js'

/** The text to check: a file's contents when the one argument names a file, else the arguments. */
async function input (positionals: string[]): Promise<string> {
  if (positionals.length === 1) {
    const isFile = await stat(positionals[0]).then(s => s.isFile(), () => false)
    if (isFile) return await readFile(positionals[0], 'utf8')
  }
  return positionals.join(' ')
}

export const pii: Command = {
  name: 'pii',
  summary: 'show what would be redacted before a prompt goes to the cloud',
  usage: 'swarm-llm pii check TEXT|FILE [--json]',
  positionals: true,
  options: { json: { type: 'boolean', default: false } },
  async run (values, positionals) {
    const { redactPii } = await import('@swarm-llm/daemon')
    const [action, ...rest] = positionals
    if (action !== 'check' || rest.length === 0) throw new UsageError(`usage: ${pii.usage}`)
    const redaction = redactPii(await input(rest))
    if (values.json === true) return printJson({ text: redaction.text, entities: redaction.entities })
    console.log(redaction.text)
    if (redaction.entities.length === 0) {
      console.log('\nno personal data found')
      return
    }
    console.log('\n' + table(['placeholder', 'type', 'at', 'text'], redaction.entities.map(e => [e.placeholder, e.type, `${e.start}-${e.end}`, e.text])))
  }
}
