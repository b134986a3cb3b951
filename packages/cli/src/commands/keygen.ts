import { mkdir } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { UsageError } from '../command.js'
import type { Command } from '../command.js'
import { printJson } from '../output.js'

export const keygen: Command = {
  name: 'keygen',
  summary: 'make a new swarm key file; share it with every node of your swarm',
  usage: 'swarm-llm keygen [--out FILE] [--data-dir DIR] [--json]\nwrites DIR/swarm.key (~/.swarm-llm/swarm.key by default), where `up` looks for it',
  options: { out: { type: 'string' }, 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false } },
  async run (values) {
    const { swarmKeyFingerprint, readSwarmKey, writeSwarmKey } = await import('@swarm-llm/daemon')
    // by default the key goes where `up` with the same data directory looks for it
    const dataDir = (values['data-dir'] as string | undefined) ?? process.env.SWARM_LLM_DATA_DIR ?? join(homedir(), '.swarm-llm')
    const path = resolve((values.out as string | undefined) ?? join(dataDir, 'swarm.key'))
    await mkdir(dirname(path), { recursive: true })
    try {
      await writeSwarmKey(path)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${path} already exists; not overwriting it`)
      throw err
    }
    const fingerprint = swarmKeyFingerprint(await readSwarmKey(path))
    if (values.json === true) printJson({ path, fingerprint })
    else console.log(`wrote swarm key ${path} (fingerprint ${fingerprint})\ncopy it to each node's data directory (or pass --swarm-key FILE to up); nodes with another key cannot connect`)
  }
}
