import { DEFAULT_TAU_LOCAL } from '@swarm-llm/daemon/constants'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../src/cli.js'
import { commandHelp, completionScript, mainHelp, optionRows, reference } from '../src/help.js'

describe('help, completion and the reference come from one table', () => {
  it('documents every flag of every command', () => {
    for (const command of COMMANDS) {
      const rows = optionRows(command)
      expect(rows.length, command.name).toBe(Object.keys(command.options).length)
      for (const row of rows) expect(row.doc.description.length, `${command.name} ${row.flag}`).toBeGreaterThan(10)
    }
  })

  it('shows each flag, its default and its environment variable in the help', () => {
    const up = COMMANDS.find(c => c.name === 'up')!
    const help = commandHelp(up)
    for (const flag of Object.keys(up.options)) expect(help).toContain(`--${flag}`)
    expect(help).toMatch(new RegExp(`--tau-local X +answer locally .*default: ${String(DEFAULT_TAU_LOCAL).replace('.', '\\.')}; env: SWARM_LLM_TAU_LOCAL`))
    expect(mainHelp(COMMANDS)).toContain('completion')
  })

  it('completes every command and its flags', () => {
    const script = completionScript('bash', COMMANDS)
    for (const command of COMMANDS) expect(script).toContain(`    ${command.name}) opts="`)
    expect(script).toContain('--cloud-target-share')
    expect(completionScript('zsh', COMMANDS)).toContain('bashcompinit')
    expect(() => completionScript('fish', COMMANDS)).toThrow(/bash or zsh/)
  })

  it('writes a reference whose tables survive a | in a value', () => {
    const text = reference(COMMANDS)
    const row = text.split('\n').find(line => line.startsWith('| `--route'))!
    expect(row.split(/(?<!\\)\|/).length).toBe(6)
  })
})
