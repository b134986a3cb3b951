import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { generateKey } from '@libp2p/pnet'

export class SwarmKeyError extends Error {
  static name = 'SwarmKeyError'
  constructor (message: string) {
    super(message)
    this.name = 'SwarmKeyError'
  }
}

/** A new swarm key in the go-ipfs/libp2p `swarm.key` format. */
export function createSwarmKey (): Uint8Array {
  const key = new Uint8Array(95)
  generateKey(key)
  return key
}

/** Writes a new swarm key; refuses to overwrite an existing file. */
export async function writeSwarmKey (path: string): Promise<void> {
  await writeFile(path, createSwarmKey(), { mode: 0o600, flag: 'wx' })
}

/** Reads and checks a swarm key file. */
export async function readSwarmKey (path: string): Promise<Uint8Array> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT'
    throw new SwarmKeyError(missing
      ? `no swarm key at ${path}: make one with \`swarm-llm keygen --out ${path}\` and copy it to every node, or pass --swarm-key FILE`
      : `cannot read swarm key ${path}: ${(err as Error).message}`)
  }
  const lines = bytes.toString('utf8').trim().split(/\r?\n/)
  if (lines[0] !== '/key/swarm/psk/1.0.0/' || lines[1] !== '/base16/' || !/^[0-9a-fA-F]{64}$/.test(lines[2] ?? '')) {
    throw new SwarmKeyError(`${path} is not a swarm key (make one with \`swarm-llm keygen\`)`)
  }
  return new TextEncoder().encode(`${lines[0]}\n${lines[1]}\n${lines[2]}`)
}

/** A short public fingerprint of the key: names the mDNS service, never reveals the key. */
export function swarmKeyFingerprint (key: Uint8Array): string {
  return createHash('sha256').update('swarm-llm fingerprint\n').update(key).digest('hex').slice(0, 12)
}
