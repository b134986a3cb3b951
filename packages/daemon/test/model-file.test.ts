import { appendFile, mkdtemp, rename, rm, truncate, unlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { changeOf, identityOf } from '../src/inference/model-file.js'
import type { FileIdentity } from '../src/inference/model-file.js'

describe('a model file\'s identity', () => {
  let dir: string
  let path: string
  let loaded: FileIdentity

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'model-file-'))
    path = join(dir, 'model.gguf')
    await writeFile(path, Buffer.alloc(8192, 1))
    loaded = (await identityOf(path))!
  })

  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  it('is unchanged while nothing touches the file', async () => {
    expect(changeOf(loaded, await identityOf(path))).toBeUndefined()
  })

  it('tells a deleted, truncated, replaced and modified file apart', async () => {
    await truncate(path, 100)
    expect(changeOf(loaded, await identityOf(path))).toBe('truncated')
    await writeFile(join(dir, 'new.gguf'), Buffer.alloc(8192, 2))
    await rename(join(dir, 'new.gguf'), path)
    expect(changeOf(loaded, await identityOf(path))).toBe('replaced')
    await unlink(path)
    expect(changeOf(loaded, await identityOf(path))).toBe('deleted')
  })

  it('sees a file grown or rewritten in place as modified', async () => {
    await appendFile(path, 'x')
    expect(changeOf(loaded, await identityOf(path))).toBe('modified')
    await truncate(path, 8192)
    await utimes(path, new Date(), new Date(Date.now() + 5000))
    expect(changeOf(loaded, await identityOf(path))).toBe('modified')
  })
})
