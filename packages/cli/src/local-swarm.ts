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
import { DEFAULT_START_CONCURRENCY, PARENT_PID_VARIABLE } from './constants.js'

const CLI = fileURLToPath(new URL('cli.js', import.meta.url))
/** Preloaded into every child: it stops when its parent dies. */
const EXIT_WITH_PARENT = new URL('exit-with-parent.js', import.meta.url).href

/** The shipped study models: three edge models and the cloud stand-in. */
export const STUDY_EDGES = ['study-edge-a', 'study-edge-b', 'study-edge-c']
export const STUDY_CLOUD = 'study-cloud'

/** The repository's models/ folder, where the study models ship. */
export const DEFAULT_MODELS_DIR = resolve(fileURLToPath(new URL('../../../models', import.meta.url)))

/** The routing flags of `up` that a command starting a local swarm passes on to its daemons. */
export const ROUTING_FLAGS = ['tau-local', 'tau-swarm', 'max-vote-weight', 'collaboration-deadline-ms', 'cloud-target-share']
/** Those flags as parseArgs options. */
export const ROUTING_OPTIONS = Object.fromEntries(ROUTING_FLAGS.map(flag => [flag, { type: 'string' } as const]))
/** Usage text for them. */
export const ROUTING_USAGE = ROUTING_FLAGS.map(flag => `[--${flag} ${flag.endsWith('-ms') ? 'N' : 'X'}]`).join(' ')

/** The policy flags given on the command line, as arguments for `up`. */
export function routingFlagsOf (values: Record<string, unknown>): string[] {
  return ROUTING_FLAGS.flatMap(flag => typeof values[flag] === 'string' ? [`--${flag}`, values[flag] as string] : [])
}

/** How long the study swarm may take to form once every process is up. Defaults to 30 s. */
const FORMATION_TIMEOUT_MS = 30_000
/** How long one process may take to start (load its model, listen). Defaults to 120 s. */
const START_TIMEOUT_MS = 120_000
/** Lines of a child's output kept to explain its failure. */
const KEPT_OUTPUT_LINES = 40

/** One daemon of a local swarm. */
export interface NodeSpec {
  /** Its name in output and the name of its data directory, e.g. "n3". */
  name: string
  /** GGUF file of the model it hosts. Defaults to none: the node routes and relays. */
  model?: string
  /** Holds the cloud stand-in's key and serves summons; needs SwarmInit.cloudModel. Defaults to false. */
  holdsKey?: boolean
  /** Flags for this node alone, e.g. `['--answer-delay-ms', '500']`. Defaults to none. */
  flags?: string[]
}

export interface SwarmInit {
  /** The daemons; the first is started first and every other bootstraps from it. */
  nodes: NodeSpec[]
  /** GGUF file the cloud stand-in (`swarm-llm serve`) serves. Defaults to none: no cloud. */
  cloudModel?: string
  /** Flags given to every daemon: the routing policy. Defaults to none (the daemon's defaults). */
  daemonFlags?: string[]
  /** Hard cap on cloud calls per minute, at every daemon: a benchmark needs it high. Defaults to the daemon's. */
  cloudMaxPerMinute?: number
  /** How often each daemon announces itself. Defaults to the daemon's. */
  announceIntervalMs?: number
  /** How long every peer table may take to fill once every process is up. Defaults to 30 s. */
  formationTimeoutMs?: number
  /** Daemons started at once after the first. Defaults to DEFAULT_START_CONCURRENCY. */
  startConcurrency?: number
  /** Told of each step as the swarm comes up: `done` of `total` steps. */
  onProgress?: (step: string, done: number, total: number) => void
  /** Aborting it while the swarm comes up stops every process started and rejects. */
  signal?: AbortSignal
}

export interface LocalDaemon {
  /** The node's name (its NodeSpec's, or its model's in the study swarm). */
  name: string
  /** The model it hosts, as the daemon names it, or "none". */
  model: string
  api: string
  peerId: string
  /** Its libp2p listen addresses. */
  addresses: string[]
  /** Holds the cloud credentials and serves summon requests. */
  holdsKey: boolean
  /** The daemon's process id. */
  pid: number
  /** Whether its process still runs. */
  alive: () => boolean
  /** Signals its process (SIGKILL plays a crash) and resolves once it has exited. */
  kill: (signal?: NodeJS.Signals) => Promise<void>
}

export interface LocalSwarm {
  /** The first daemon: the study swarm's coordinator; it does not hold the cloud key. */
  coordinator: LocalDaemon
  daemons: LocalDaemon[]
  /** The cloud stand-in's own OpenAI-compatible server, when one runs. */
  cloudApi?: string
  /** From the first process spawned to every peer table complete. */
  formationMs: number
  /** Ends every process (SIGTERM) and removes the temporary data directories. */
  stop: () => Promise<void>
}

interface Child { child: ChildProcess, event: any, exited: Promise<void> }

/**
 * Variables a child must not inherit: where a daemon listens, dials and keeps its data, and any
 * cloud access or config file, belong to the local swarm alone, which never reaches a real cloud
 * or another machine. The routing policy's variables (SWARM_LLM_TAU_LOCAL, …) still apply.
 */
const NOT_INHERITED = /^(OPENAI_|SWARM_LLM_(CONFIG|CLOUD_MODEL|API_HOST|API_PORT|API_KEY|SERVE_API_KEY|BOOTSTRAP|LISTEN|MDNS|MODEL|DATA_DIR|SWARM_KEY)$)/

function childEnv (extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !NOT_INHERITED.test(key))), ...extra }
}

/** Runs this CLI as a child process with --json, adds it to `children` at once, and waits for its `started` event. */
async function startChild (children: ChildProcess[], args: string[], env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, ['--import', EXIT_WITH_PARENT, CLI, ...args, '--json'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv({ ...env, [PARENT_PID_VARIABLE]: String(process.pid) }) })
  children.push(child)
  const exited = new Promise<void>(resolve => { child.once('exit', () => resolve()) })
  const output: string[] = []
  const keep = (line: string): void => { output.push(line); if (output.length > KEPT_OUTPUT_LINES) output.shift() }
  createInterface({ input: child.stderr! }).on('line', keep)
  const event = await new Promise<any>((resolve, reject) => {
    const timer = setTimeout(() => { reject(new Error(`swarm-llm ${args[0]} did not start in ${START_TIMEOUT_MS / 1000} s: ${output.join('\n')}`)) }, START_TIMEOUT_MS)
    // read every line to the end, so that a chatty daemon never blocks on a full pipe
    createInterface({ input: child.stdout! }).on('line', line => {
      keep(line)
      try { const e = JSON.parse(line); if (e.event === 'started') { clearTimeout(timer); resolve(e) } } catch {}
    })
    child.once('exit', code => { clearTimeout(timer); reject(new Error(`swarm-llm ${args[0]} exited with ${code}: ${output.join('\n')}`)) })
  })
  return { child, event, exited }
}

async function stopChildren (children: ChildProcess[]): Promise<void> {
  const exited = children.map(async c => await new Promise(resolve => {
    if (c.exitCode != null || c.signalCode != null) resolve(null)
    else c.once('exit', resolve)
  }))
  for (const child of children) child.kill('SIGTERM')
  await Promise.all(exited)
}

/** Runs `work` on every item, at most `limit` at a time; resolves to the results in order. */
async function pool<T, R> (items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await work(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** Waits until every daemon's peer table holds every other daemon. */
async function waitForPeerTables (daemons: LocalDaemon[], timeoutMs: number, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (const self of daemons) {
    const expected = daemons.filter(d => d !== self).map(d => d.peerId)
    for (;;) {
      signal?.throwIfAborted()
      const seen = new Set((await request<Array<{ peerId: string }>>(self.api, '/peers')).map(p => p.peerId))
      const missing = expected.filter(id => !seen.has(id))
      if (missing.length === 0) break
      if (Date.now() > deadline) throw new Error(`the swarm did not form within ${timeoutMs / 1000} s: ${self.name} does not see ${missing.length} of its ${expected.length} peers`)
      await new Promise(resolve => setTimeout(resolve, 200))
    }
  }
}

/**
 * Starts a swarm of daemons on loopback, each an OS process with its own data directory, all
 * sharing a fresh swarm key, mDNS off, every one bootstrapping from the first; and, with a
 * `cloudModel`, the cloud stand-in as a plain OpenAI-compatible server whose key only the
 * `holdsKey` node gets. Resolves once every peer table is complete. Every child stops when
 * this process dies, however it dies.
 */
export async function startSwarm (init: SwarmInit): Promise<LocalSwarm> {
  const { writeSwarmKey } = await import('@swarm-llm/daemon')
  const [firstSpec, ...restSpecs] = init.nodes
  if (firstSpec == null) throw new UsageError('a swarm needs at least one node')
  if (init.nodes.some(n => n.holdsKey === true) && init.cloudModel == null) throw new UsageError('a node holds the cloud key but no cloud stand-in is started')
  const total = init.nodes.length + (init.cloudModel != null ? 1 : 0) + 1
  let done = 0
  const step = (what: string): void => { init.onProgress?.(what, ++done, total) }
  init.onProgress?.('starting the daemons', 0, total)
  const began = performance.now()
  const dir = await mkdtemp(join(tmpdir(), 'swarm-llm-swarm-'))
  const children: ChildProcess[] = []
  const stop = async (): Promise<void> => {
    await stopChildren(children)
    await rm(dir, { recursive: true, force: true })
  }
  // the children's exits fail the starts under way, and the catch below tidies up
  const onAbort = (): void => { void stopChildren(children) }
  init.signal?.addEventListener('abort', onAbort)
  try {
    init.signal?.throwIfAborted()
    const swarmKey = join(dir, 'swarm.key')
    await writeSwarmKey(swarmKey)
    const cloudKey = randomBytes(16).toString('hex')
    const started = async (spec: NodeSpec, bootstrap: string[], cloud?: Child): Promise<LocalDaemon> => {
      const args = ['up', '--data-dir', join(dir, spec.name), '--swarm-key', swarmKey, '--api-port', '0', '--listen', '/ip4/127.0.0.1/tcp/0', '--no-mdns',
        ...(spec.model != null ? ['--model', spec.model, '--threads', '1'] : []),
        ...(init.announceIntervalMs != null ? ['--announce-interval-ms', String(init.announceIntervalMs)] : []),
        ...bootstrap.flatMap(b => ['--bootstrap', b]),
        ...(init.cloudMaxPerMinute != null ? ['--cloud-max-per-minute', String(init.cloudMaxPerMinute)] : []),
        ...(spec.holdsKey === true ? ['--cloud-base-url', `${cloud!.event.api as string}/v1`, '--cloud-model', cloud!.event.models[0]] : []),
        ...(init.daemonFlags ?? []), ...(spec.flags ?? [])]
      const { child, event, exited } = await startChild(children, args, spec.holdsKey === true ? { OPENAI_API_KEY: cloudKey } : {})
      step(`${spec.name} up`)
      const alive = (): boolean => child.exitCode == null && child.signalCode == null
      return {
        name: spec.name,
        model: spec.model != null ? event.models?.[0] ?? 'unknown' : 'none',
        api: event.api,
        peerId: event.peerId,
        addresses: event.addresses,
        holdsKey: spec.holdsKey === true,
        pid: child.pid!,
        alive,
        kill: async (signal = 'SIGTERM') => { if (alive()) child.kill(signal); await exited }
      }
    }
    // the cloud stand-in and the first daemon need nothing from each other; the rest bootstrap from the first
    const [cloud, first] = await Promise.all([
      init.cloudModel != null
        ? startChild(children, ['serve', '--model', init.cloudModel, '--api-port', '0', '--threads', '1'], { SWARM_LLM_SERVE_API_KEY: cloudKey }).then(c => { step('cloud stand-in serving'); return c })
        : undefined,
      // the first node holds the key only in a swarm of one, and then waits for the cloud
      firstSpec.holdsKey === true ? undefined : started(firstSpec, [])
    ])
    const coordinator = first ?? await started(firstSpec, [], cloud)
    const rest = await pool(restSpecs, init.startConcurrency ?? DEFAULT_START_CONCURRENCY, async spec => await started(spec, coordinator.addresses, cloud))
    const daemons = [coordinator, ...rest]
    await waitForPeerTables(daemons, init.formationTimeoutMs ?? FORMATION_TIMEOUT_MS, init.signal)
    step('swarm formed')
    return { coordinator, daemons, cloudApi: cloud?.event.api, formationMs: performance.now() - began, stop }
  } catch (err) {
    await stop()
    init.signal?.throwIfAborted()
    throw err
  } finally {
    init.signal?.removeEventListener('abort', onAbort)
  }
}

/**
 * Starts the study swarm on loopback: the cloud stand-in and three daemons, one per edge
 * model. The first daemon coordinates; the second holds the cloud key, so a query that needs
 * the cloud crosses the swarm to reach it.
 */
export async function startLocalSwarm (init: Omit<SwarmInit, 'nodes' | 'cloudModel'> & { modelsDir?: string } = {}): Promise<LocalSwarm> {
  const models = resolve(init.modelsDir ?? DEFAULT_MODELS_DIR)
  for (const name of [...STUDY_EDGES, STUDY_CLOUD]) {
    if (!existsSync(join(models, `${name}.gguf`))) throw new UsageError(`${join(models, `${name}.gguf`)} is missing; --models names the folder of the study models`)
  }
  return await startSwarm({
    // announcing often forms the three-node swarm in a second or two
    announceIntervalMs: 500,
    ...init,
    nodes: STUDY_EDGES.map((name, i) => ({ name, model: join(models, `${name}.gguf`), holdsKey: i === 1 })),
    cloudModel: join(models, `${STUDY_CLOUD}.gguf`)
  })
}
