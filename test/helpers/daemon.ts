import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import type { SwarmNode } from '@swarm-llm/daemon'

export const CLI = fileURLToPath(new URL('../../packages/cli/dist/cli.js', import.meta.url))

export interface DaemonProcess {
  process: ChildProcess
  peerId: string
  api: string
  apiPort: number
  addresses: string[]
  dataDir: string
  /** Every line the daemon printed, for failure messages. */
  output: string[]
  /** Resolves when the process has exited. */
  exited: Promise<number | null>
}

export interface SpawnOptions {
  dataDir: string
  /** The swarm key file; unset, the daemon looks in its data directory (and makes one there if none). */
  swarmKey?: string
  bootstrap?: string[]
  listen?: string
  /** The API port; 0 (the default) picks a free one. */
  apiPort?: number
  mdns?: boolean
  extra?: string[]
  /** Run as `ip netns exec NS ...`. */
  netns?: string
  /** A command that runs the daemon, e.g. `['faketime', '-f', '+120s']` for a clock far off. */
  wrapper?: string[]
  /** Extra environment variables (a cloud key, DEBUG). */
  env?: Record<string, string>
}

/** Starts `swarm-llm up --json` as an OS process and waits for its `started` event. */
export async function spawnDaemon (options: SpawnOptions): Promise<DaemonProcess> {
  const args = [CLI, 'up', '--json', '--data-dir', options.dataDir, ...(options.swarmKey != null ? ['--swarm-key', options.swarmKey] : []), '--api-port', String(options.apiPort ?? 0),
    '--listen', options.listen ?? '/ip4/127.0.0.1/tcp/0', ...(options.bootstrap ?? []).flatMap(b => ['--bootstrap', b]),
    ...(options.mdns === true ? [] : ['--no-mdns']), ...(options.extra ?? [])]
  const child = options.netns != null
    ? spawn('ip', ['netns', 'exec', options.netns, ...(options.wrapper ?? []), process.execPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } })
    : spawn(options.wrapper?.[0] ?? process.execPath, [...(options.wrapper?.slice(1) ?? []), ...(options.wrapper != null ? [process.execPath] : []), ...args],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } })
  const { started, output, exited } = await waitForStarted(child, 'daemon')
  return {
    process: child,
    peerId: started.peerId,
    api: started.api,
    apiPort: Number(new URL(started.api).port),
    addresses: started.addresses,
    dataDir: options.dataDir,
    output,
    exited
  }
}

/** Collects a `swarm-llm ... --json` child's output and waits for its `started` event. */
async function waitForStarted (child: ChildProcess, what: string): Promise<{ started: any, output: string[], exited: Promise<number | null> }> {
  const output: string[] = []
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
  createInterface({ input: child.stderr! }).on('line', line => output.push(line))
  const started = await new Promise<any>((resolve, reject) => {
    // generous: on a loaded two-core machine a daemon loading its models can take a while
    const timer = setTimeout(() => reject(new Error(`${what} did not start in 60 s:\n${output.join('\n')}`)), 60_000)
    createInterface({ input: child.stdout! }).on('line', line => {
      output.push(line)
      try {
        const event = JSON.parse(line)
        if (event.event === 'started') { clearTimeout(timer); resolve(event) }
      } catch {}
    })
    void exited.then(code => { clearTimeout(timer); reject(new Error(`${what} exited with ${code}:\n${output.join('\n')}`)) })
  })
  return { started, output, exited }
}

/** Stops a daemon: SIGTERM by default, SIGKILL to simulate a crash. */
export async function stopDaemon (daemon: DaemonProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (daemon.process.exitCode == null && daemon.process.signalCode == null) daemon.process.kill(signal)
  await daemon.exited
}

export async function getJson<T = any> (daemon: { api: string }, path: string): Promise<T> {
  const res = await fetch(daemon.api + path)
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`)
  return await res.json() as T
}

/** Polls `check` until it returns a truthy value or the time runs out. */
export async function waitFor<T> (check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < deadline) {
    try {
      const value = await check()
      if (value) return value
    } catch (err) {
      last = err
    }
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  throw new Error(`timed out waiting for ${what}${last != null ? `: ${(last as Error).message}` : ''}`)
}

/** A temporary directory holding a fresh swarm key; `cleanup` removes it. */
export async function makeSwarmDir (): Promise<{ dir: string, swarmKey: string, cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'swarm-llm-test-'))
  const swarmKey = join(dir, 'swarm.key')
  const { writeSwarmKey } = await import('@swarm-llm/daemon')
  await writeSwarmKey(swarmKey)
  return { dir, swarmKey, cleanup: async () => { await rm(dir, { recursive: true, force: true }) } }
}

/** Starts `swarm-llm serve --json` (a plain OpenAI-compatible server for one model). */
export async function spawnServe (model: string, env: Record<string, string> = {}, extra: string[] = []): Promise<{ process: ChildProcess, api: string, exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--json', '--model', model, '--api-port', '0', '--threads', '1', ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  const { started, exited } = await waitForStarted(child, 'serve')
  return { process: child, api: started.api, exited }
}

export interface Completion { status: number, text: string, receipt: any, error?: string }

/** One chat completion through a daemon's OpenAI API, with its routing receipt. */
export async function complete (daemon: { api: string }, model: string, prompt: string, extra: object = {}): Promise<Completion> {
  const res = await fetch(`${daemon.api}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: prompt }], max_tokens: 32, ...extra })
  })
  const body = await res.json() as any
  return { status: res.status, text: body.choices?.[0]?.message?.content ?? '', receipt: body.swarm_receipt, error: body.error?.message }
}

/**
 * A bare node of the swarm, in this process: it holds the swarm key, hosts nothing, subscribes
 * to every topic and dials `daemon`. Tests use it to listen to the gossip or to misbehave on it.
 * `onMessage` sees every message from the start.
 */
export async function joinBareNode (swarmKey: string, daemon: { addresses: string[] }, options: { name?: string, maxMessageBytes?: number, onMessage?: (data: Uint8Array) => void } = {}): Promise<SwarmNode> {
  const { createSwarmNode, readSwarmKey } = await import('@swarm-llm/daemon')
  const { generateKeyPair } = await import('@libp2p/crypto/keys')
  const { multiaddr } = await import('@multiformats/multiaddr')
  const { TOPICS } = await import('@swarm-llm/protocol')
  const node = await createSwarmNode({
    privateKey: await generateKeyPair('Ed25519'),
    instanceId: options.name ?? 'bare',
    swarmKey: await readSwarmKey(swarmKey),
    listen: ['/ip4/127.0.0.1/tcp/0'],
    mdns: false,
    mdnsIntervalMs: 1000,
    maxMessageBytes: options.maxMessageBytes ?? 1024 * 1024
  })
  await node.start()
  const onMessage = options.onMessage
  if (onMessage != null) node.services.pubsub.addEventListener('message', e => { onMessage(e.detail.data) })
  for (const topic of Object.values(TOPICS)) node.services.pubsub.subscribe(topic)
  await node.dial(multiaddr(daemon.addresses[0]))
  return node
}
