import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { UsageError } from './command.js'
import { request } from './client.js'

const CLI = fileURLToPath(new URL('cli.js', import.meta.url))

/** The shipped study models: three edge models and the cloud stand-in. */
export const STUDY_EDGES = ['study-edge-a', 'study-edge-b', 'study-edge-c']
export const STUDY_CLOUD = 'study-cloud'

/** The repository's models/ folder, where the study models ship. */
export const DEFAULT_MODELS_DIR = resolve(fileURLToPath(new URL('../../../models', import.meta.url)))

/** How long the swarm may take to form once every process is up. Defaults to 30 s. */
const FORMATION_TIMEOUT_MS = 30_000

export interface LocalSwarmInit {
  /** Folder holding the study models' GGUF files. Defaults to DEFAULT_MODELS_DIR. */
  modelsDir?: string
  /** Flags given to every daemon: the routing policy. Defaults to none (the daemon's defaults). */
  daemonFlags?: string[]
  /** Hard cap on cloud calls per minute, at every daemon: a benchmark needs it high. Defaults to the daemon's. */
  cloudMaxPerMinute?: number
  /** Told of each step as the swarm comes up: `done` of `total` steps. */
  onProgress?: (step: string, done: number, total: number) => void
}

export interface LocalDaemon {
  model: string
  api: string
  peerId: string
  /** Holds the cloud credentials and serves summon requests. */
  holdsKey: boolean
}

export interface LocalSwarm {
  /** The daemon every query goes through; it does not hold the cloud key. */
  coordinator: LocalDaemon
  daemons: LocalDaemon[]
  /** The cloud stand-in's own OpenAI-compatible server. */
  cloudApi: string
  stop: () => Promise<void>
}

/** Runs this CLI as a child process with --json, adds it to `children` at once, and waits for its `started` event. */
async function startChild (children: ChildProcess[], args: string[], env: Record<string, string>): Promise<{ child: ChildProcess, event: any }> {
  const child = spawn(process.execPath, [CLI, ...args, '--json'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  children.push(child)
  const output: string[] = []
  createInterface({ input: child.stderr! }).on('line', line => output.push(line))
  const event = await new Promise<any>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', line => {
      try { const e = JSON.parse(line); if (e.event === 'started') resolve(e) } catch {}
    })
    child.once('exit', code => { reject(new Error(`swarm-llm ${args[0]} exited with ${code}: ${output.join('\n')}`)) })
  })
  return { child, event }
}

async function stopChildren (children: ChildProcess[]): Promise<void> {
  const exited = children.map(async c => await new Promise(resolve => {
    if (c.exitCode != null || c.signalCode != null) resolve(null)
    else c.once('exit', resolve)
  }))
  for (const child of children) child.kill('SIGTERM')
  await Promise.all(exited)
}

/**
 * Starts the study swarm on loopback: the cloud stand-in as a plain OpenAI-compatible server
 * and three daemons, one per edge model. The first daemon coordinates; the second holds the
 * cloud key, so a query that needs the cloud crosses the swarm to reach it. Resolves once
 * the coordinator sees every model of the swarm; `stop` ends every process and removes the
 * temporary data directories.
 */
export async function startLocalSwarm (init: LocalSwarmInit = {}): Promise<LocalSwarm> {
    const { writeSwarmKey } = await import('@swarm-llm/daemon')
  const models = resolve(init.modelsDir ?? DEFAULT_MODELS_DIR)
  for (const name of [...STUDY_EDGES, STUDY_CLOUD]) {
    if (!existsSync(join(models, `${name}.gguf`))) throw new UsageError(`${join(models, `${name}.gguf`)} is missing; --models names the folder of the study models`)
  }
  const total = STUDY_EDGES.length + 2
  let done = 0
  const step = (what: string): void => { init.onProgress?.(what, ++done, total) }
  init.onProgress?.('loading the models', 0, total)
  const dir = await mkdtemp(join(tmpdir(), 'swarm-llm-swarm-'))
  const children: ChildProcess[] = []
  const stop = async (): Promise<void> => {
    await stopChildren(children)
    await rm(dir, { recursive: true, force: true })
  }
  try {
    const swarmKey = join(dir, 'swarm.key')
    await writeSwarmKey(swarmKey)
    const cloudKey = randomBytes(16).toString('hex')
    const daemonArgs = (name: string, bootstrap: string[]): string[] => ['up', '--data-dir', join(dir, name), '--swarm-key', swarmKey, '--api-port', '0',
      '--listen', '/ip4/127.0.0.1/tcp/0', '--no-mdns', '--model', join(models, `${name}.gguf`), '--threads', '1', '--announce-interval-ms', '500',
      ...bootstrap.flatMap(b => ['--bootstrap', b]), ...(init.cloudMaxPerMinute != null ? ['--cloud-max-per-minute', String(init.cloudMaxPerMinute)] : []),
      ...(init.daemonFlags ?? [])]
    const started = async (what: string, starting: Promise<{ child: ChildProcess, event: any }>): Promise<{ child: ChildProcess, event: any }> => {
      const s = await starting
      step(what)
      return s
    }
    const [first, holder, ...rest] = STUDY_EDGES
    // the cloud stand-in and the first daemon need nothing from each other; the rest bootstrap from the first
    const [cloud, coordinator] = await Promise.all([
      started(`${STUDY_CLOUD} serving`, startChild(children, ['serve', '--model', join(models, `${STUDY_CLOUD}.gguf`), '--api-port', '0', '--threads', '1'], { SWARM_LLM_SERVE_API_KEY: cloudKey })),
      started(`${first} up`, startChild(children, daemonArgs(first, []), {}))
    ])
    const bootstrap: string[] = coordinator.event.addresses
    const others = await Promise.all([
      started(`${holder} up`, startChild(children, [...daemonArgs(holder, bootstrap), '--cloud-base-url', `${cloud.event.api as string}/v1`, '--cloud-model', STUDY_CLOUD], { OPENAI_API_KEY: cloudKey })),
      ...rest.map(async name => await started(`${name} up`, startChild(children, daemonArgs(name, bootstrap), {})))
    ])

    const daemons: LocalDaemon[] = [coordinator, ...others].map((s, i) => ({
      model: STUDY_EDGES[i], api: s.event.api, peerId: s.event.peerId, holdsKey: STUDY_EDGES[i] === holder
    }))
    const deadline = Date.now() + FORMATION_TIMEOUT_MS
    const wanted = [...STUDY_EDGES, STUDY_CLOUD]
    for (;;) {
      const seen = (await request<{ data: Array<{ id: string }> }>(daemons[0].api, '/v1/models')).data.map(m => m.id)
      if (wanted.every(m => seen.includes(m))) break
      if (Date.now() > deadline) throw new Error(`the swarm did not form within ${FORMATION_TIMEOUT_MS / 1000} s: the coordinator sees ${seen.join(', ')}`)
      await new Promise(resolve => setTimeout(resolve, 200))
    }
    step('swarm formed')
    return { coordinator: daemons[0], daemons, cloudApi: cloud.event.api, stop }
  } catch (err) {
    await stop()
    throw err
  }
}
