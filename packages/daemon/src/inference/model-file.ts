import { stat } from 'node:fs/promises'
import type { ModelFileChange } from './errors.js'

/** What names the file a model was loaded from: another file, or the same one changed, is not the model in memory. */
export interface FileIdentity {
  dev: number
  ino: number
  size: number
  mtimeMs: number
}

/** The identity of the file at `path` now; none when it is gone or unreadable. */
export async function identityOf (path: string): Promise<FileIdentity | undefined> {
  try {
    const s = await stat(path)
    return { dev: s.dev, ino: s.ino, size: s.size, mtimeMs: s.mtimeMs }
  } catch {
    return undefined
  }
}

/** How `now` differs from `loaded`, if it does. */
export function changeOf (loaded: FileIdentity, now: FileIdentity | undefined): ModelFileChange | undefined {
  if (now == null) return 'deleted'
  if (now.dev !== loaded.dev || now.ino !== loaded.ino) return 'replaced'
  if (now.size < loaded.size) return 'truncated'
  if (now.size !== loaded.size || now.mtimeMs !== loaded.mtimeMs) return 'modified'
  return undefined
}
