import type { ParseArgsConfig } from 'node:util'

/**
 * parseArgs' options, each with an optional description of its own (else options.ts has it),
 * and its own value name and default in words where a command uses a shared flag name differently.
 */
export type Options = Record<string, NonNullable<ParseArgsConfig['options']>[string] & { description?: string, value?: string, defaults?: string }>
export type Values = Record<string, string | boolean | string[] | undefined>

/** One CLI command: its flags and a handler. Handlers throw; cli.ts reports errors. */
export interface Command {
  name: string
  summary: string
  usage: string
  options: Options
  /** Whether the command takes positional arguments. */
  positionals?: boolean
  /** Resolves to the exit code, or to nothing for 0. */
  run: (values: Values, positionals: string[]) => Promise<void | number>
}

/** A user mistake: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  static name = 'UsageError'
  constructor (message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export const jsonOption: Options = { json: { type: 'boolean', default: false } }
export const clientOptions: Options = { 'api-port': { type: 'string' }, ...jsonOption }
