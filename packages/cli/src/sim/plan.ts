import { existsSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import type { Values } from '../command.js'
import { UsageError } from '../command.js'
import { DEFAULT_BENCH_SEED, DEFAULT_SIM_NODES, DEFAULT_SIM_QUERIES } from '../constants.js'
import { DEFAULT_MODELS_DIR, STUDY_CLOUD, STUDY_EDGES } from '../local-swarm.js'
import type { NodeSpec } from '../local-swarm.js'

export type SubmitOrder = 'round-robin' | 'random'

/** One node of the sim as planned: what it hosts and what is done to it. */
export interface SimNode extends NodeSpec {
  /** Added before it answers a peer (`--answer-delay-ms`), to play a slow machine. */
  answerDelayMs?: number
  /** Seconds after the workload starts at which it is killed (SIGKILL). */
  failAtSeconds?: number
}

export interface SimPlan {
  nodes: SimNode[]
  /** GGUF file of the cloud stand-in, with `--cloud`. */
  cloudModel?: string
  workload: string
  queries: number
  submit: SubmitOrder
  seed: number
  concurrency: number
  /** Routing policy flags passed to every daemon. */
  daemonFlags: string[]
}

/** Routing policy flags `sim` passes on to every daemon. */
export const SIM_POLICY_FLAGS = ['tau-local', 'tau-swarm', 'collaboration-deadline-ms']

function wholeNumber (flag: string, value: string, least: number): number {
  if (!/^\d+$/.test(value) || Number(value) < least) throw new UsageError(`${flag} must be a whole number of at least ${least}, not "${value}"`)
  return Number(value)
}

/** A study model's name (study-edge-a) or a GGUF file, as the file to load. */
export function resolveModel (name: string, modelsDir = DEFAULT_MODELS_DIR): string {
  const isPath = name.endsWith('.gguf') || name.includes('/')
  const path = isPath ? resolve(name) : join(modelsDir, `${name}.gguf`)
  if (existsSync(path)) return path
  throw new UsageError(isPath
    ? `--models: no GGUF file at ${path}`
    : `--models: "${name}" is neither a GGUF file nor a study model (${[...STUDY_EDGES, STUDY_CLOUD].join(', ')})`)
}

/** A node named in a flag: "n3" or "3". */
function nodeIndex (flag: string, text: string, count: number): number {
  const match = /^n?(\d+)$/.exec(text.trim())
  if (match == null) throw new UsageError(`${flag}: "${text}" is not a node; nodes are n0 to n${count - 1}`)
  const index = Number(match[1])
  if (index >= count) throw new UsageError(`${flag}: there is no node n${index}; nodes are n0 to n${count - 1}`)
  return index
}

/** `NODE<separator>NUMBER` items of a repeatable flag, e.g. `n2=500`; `usage` shows the form. */
function perNode (flag: string, items: string[], separator: string, count: number, number: RegExp, usage: string): Map<number, number> {
  const out = new Map<number, number>()
  for (const item of items) {
    const at = item.lastIndexOf(separator)
    const value = item.slice(at + 1)
    if (at <= 0 || !number.test(value)) throw new UsageError(`${flag} takes ${usage}, not "${item}"`)
    const index = nodeIndex(flag, item.slice(0, at), count)
    if (out.has(index)) throw new UsageError(`${flag} names n${index} twice`)
    out.set(index, Number(value))
  }
  return out
}

/**
 * Turns `sim`'s flags into a plan, or throws a UsageError that says what is wrong. The first
 * nodes host the models given, one each, in order; the rest host none. With `--cloud`, n1
 * holds the cloud key (n0 in a swarm of one).
 */
export function planSim (values: Values): SimPlan {
  const count = values.nodes === undefined ? DEFAULT_SIM_NODES : wholeNumber('--nodes', values.nodes as string, 1)
  const names = ((values.models as string[] | undefined) ?? [STUDY_EDGES.join(',')]).flatMap(v => v.split(',')).map(s => s.trim()).filter(Boolean)
  if (names.length > count) throw new UsageError(`--models names ${names.length} models for ${count} nodes: each node hosts one at most`)
  const models = names.map(name => resolveModel(name))
  const delays = perNode('--delay', (values.delay as string[] | undefined) ?? [], '=', count, /^\d+$/, 'NODE=MS, e.g. n2=500')
  const failures = perNode('--fail', (values.fail as string[] | undefined) ?? [], '@', count, /^\d+(\.\d+)?$/, 'NODE@SECONDS, e.g. n2@10')
  const cloud = values.cloud === true
  const holder = cloud ? Math.min(1, count - 1) : -1
  const nodes = Array.from({ length: count }, (_, i): SimNode => ({
    name: `n${i}`,
    model: models[i],
    holdsKey: i === holder,
    answerDelayMs: delays.get(i),
    failAtSeconds: failures.get(i),
    flags: delays.has(i) ? ['--answer-delay-ms', String(delays.get(i))] : []
  }))
  const submit = (values.submit as string | undefined) ?? 'round-robin'
  if (submit !== 'round-robin' && submit !== 'random') throw new UsageError(`--submit must be round-robin or random, not "${submit}"`)
  const workload = resolve((values.workload as string | undefined) ?? join(DEFAULT_MODELS_DIR, 'study', 'heldout.jsonl'))
  if (!existsSync(workload)) throw new UsageError(`--workload: no file at ${workload}`)
  const daemonFlags = SIM_POLICY_FLAGS.flatMap(flag => typeof values[flag] === 'string' ? [`--${flag}`, values[flag] as string] : [])
  return {
    nodes,
    cloudModel: cloud ? resolveModel(STUDY_CLOUD) : undefined,
    workload,
    queries: values.queries === undefined ? DEFAULT_SIM_QUERIES : wholeNumber('--queries', values.queries as string, 1),
    submit,
    seed: values.seed === undefined ? DEFAULT_BENCH_SEED : wholeNumber('--seed', values.seed as string, 0),
    concurrency: values.concurrency === undefined ? 1 : wholeNumber('--concurrency', values.concurrency as string, 1),
    daemonFlags
  }
}

/** The model a planned node hosts, in words. */
export function modelName (node: SimNode): string {
  return node.model != null ? basename(node.model, '.gguf') : 'none'
}
