import { resolve } from 'node:path'
import { swarmKeyFingerprint, readSwarmKey, writeSwarmKey } from '@swarm-llm/daemon'
import { UsageError } from '../command.js'
import type { Command } from '../command.js'
import { printJson } from '../output.js'

export const keygen: Command = {
  name: 'keygen',
  summary: 'make a new swarm key file; share it with every node of your swarm',
  usage: 'swarm-llm keygen [--out FILE] [--json]',
  options: { out: { type: 'string', default: 'swarm.key' }, json: { type: 'boolean', default: false } },
  async run (values) {
    const path = resolve(values.out as string)
    try {
      await writeSwarmKey(path)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${path} already exists; not overwriting it`)
      throw err
    }
    const fingerprint = swarmKeyFingerprint(await readSwarmKey(path))
    if (values.json === true) printJson({ path, fingerprint })
    else console.log(`wrote swarm key ${path} (fingerprint ${fingerprint})\ncopy it to each node and start them with --swarm-key ${path}`)
  }
}
