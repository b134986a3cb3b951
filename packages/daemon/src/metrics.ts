import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'

/** A counter the daemon keeps: what it counts and the labels that split it. */
interface CounterSpec {
  help: string
  /** Label names; values come from code (kinds, reasons, error names), never from raw input. */
  labels?: string[]
}

/**
 * Every counter, declared once, so each label set stays bounded: a label value that peers or
 * clients control (a model id, a path) is mapped to a known one or to "other" first.
 */
const COUNTERS: Record<string, CounterSpec> = {
  http_requests: { help: 'HTTP requests by route ("other" for unknown paths)', labels: ['route'] },
  http_errors: { help: 'HTTP error responses by status code', labels: ['status'] },
  completions: { help: 'Chat completions by mode', labels: ['mode'] },
  completions_aborted: { help: 'Chat completions the client abandoned' },
  queries: { help: 'Routed queries by route and outcome', labels: ['route', 'outcome'] },
  embeddings: { help: 'Embedding requests by route and outcome (error/<name> when none was made)', labels: ['route', 'outcome'] },
  embeddings_asked: { help: 'Embedding requests this node sent to a peer' },
  embeddings_answered: { help: "Peers' embedding requests this node answered, by outcome", labels: ['outcome'] },
  queries_asked: { help: 'Queries this node gossiped to its peers' },
  queries_ask_failed: { help: 'Queries that could not be gossiped' },
  queries_answered: { help: "Peers' queries this node answered, by outcome", labels: ['outcome'] },
  queries_dropped: { help: "Peers' queries dropped unanswered", labels: ['reason'] },
  queries_cancelled: { help: "Peers' queries whose generation stopped because their coordinator withdrew them" },
  cancels_sent: { help: 'Cancels this node sent to the peers it asked (on direct streams)' },
  cancels_dropped: { help: 'Cancels dropped: not from the query\'s origin', labels: ['reason'] },
  answers_dropped: { help: 'Answers dropped: unsolicited, unasked, late, duplicate, or a forged summon result', labels: ['reason'] },
  summons: { help: 'Cloud summons this node asked for that succeeded, by summoner', labels: ['summoner'] },
  summons_failed: { help: 'Summoners that failed a summon, by error', labels: ['error'] },
  summons_cancelled: { help: "Peers' summon requests whose cloud call stopped because their coordinator withdrew them" },
  summons_served: { help: "Peers' summon requests this node served, by outcome", labels: ['outcome'] },
  cloud_tokens: { help: 'Tokens of queries this node sent to the cloud', labels: ['kind'] },
  gossip_published: { help: 'Gossip messages sent, by kind', labels: ['kind'] },
  gossip_received: { help: 'Gossip messages accepted, by kind', labels: ['kind'] },
  gossip_rejected: { help: 'Gossip messages rejected, by reason', labels: ['reason'] },
  gossip_throttled: { help: "This node's own queries and summon requests not sent, over its share of the peers' rate limit, by kind", labels: ['kind'] },
  direct_sent: { help: 'Messages sent to one peer on a direct stream and acknowledged, by kind', labels: ['kind'] },
  direct_fallback: { help: 'Messages for one peer that went by gossip because their direct stream failed, by kind', labels: ['kind'] },
  direct_failed: { help: 'Messages for one peer lost because their direct stream failed and no topic carries them (cancels), by kind', labels: ['kind'] },
  direct_received: { help: 'Messages accepted on a direct stream, by kind', labels: ['kind'] },
  direct_rejected: { help: 'Messages rejected on a direct stream, by reason', labels: ['reason'] },
  peers_discovered: { help: 'Peers discovered' },
  peers_left: { help: 'Peers that left the table, by reason', labels: ['reason'] },
  dials: { help: 'Dials by outcome', labels: ['outcome'] },
  dials_top_up: { help: 'Dials to peers heard of through the swarm, made while connected to too few' },
  announce_failed: { help: 'Capability announcements that failed' },
  safety: { help: 'Safety verdicts by category and action', labels: ['category', 'action'] },
  spilled: { help: "Swarm queries sent to the peers first because this node's model queue was deep (reason queue), or kept here because every peer announced a queue as deep (reason peers-busy)", labels: ['reason'] },
  local_fallback: { help: "Swarm queries whose local model failed and that went on to the peers and the cloud, by error", labels: ['error'] },
  trace_write_failed: { help: 'Trace entries that could not be written (disk full, permissions), by error code', labels: ['code'] },
  trace_rotated: { help: 'Times the trace file was rotated' },
  model_gone: { help: 'Times the model file changed, shrank or vanished under the running daemon', labels: ['why'] },
  labels: { help: "Answers the cloud's answer judged, by verdict", labels: ['verdict'] },
  verdicts_sent: { help: "Verdicts on peers' answers sent to them" },
  verdicts_send_failed: { help: 'Verdicts that could not be gossiped' },
  verdicts_received: { help: "Verdicts on this node's answers, by outcome (labelled, or unknown: not for an answer this node gave that coordinator)", labels: ['outcome'] }
}

/** Latency stages of a query, in seconds. */
const STAGE_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]
/** Gossip delivery delays, in seconds: from loopback (sub-millisecond) to a swarm struggling (seconds). */
const DELIVERY_BUCKETS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30]
/**
 * Sampling period of the event loop delay metric. prom-client's default, 10 ms, wakes an idle
 * daemon 100 times a second: 1.7% of a core, which dozens of daemons on one machine (a sim) add up.
 */
const EVENT_LOOP_PRECISION_MS = 100
const CONFIDENCE_BUCKETS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99, 1]
/** Distinct values a label from outside (a model id) may take before the rest count as "other". */
const MAX_OUTSIDE_VALUES = 32

/**
 * The daemon's metrics, in one prom-client registry: `/metrics` serves it in Prometheus text
 * format and `/status` shows the same counters as JSON (`{ name: { "label/values": n } }`).
 */
export class Counters {
  readonly registry = new Registry()
  private readonly counters = new Map<string, Counter>()
  private readonly seen = new Map<string, Set<string>>()
  readonly stageSeconds: Histogram
  readonly confidence: Histogram
  readonly gossipDelivery: Histogram

  constructor (options: { processMetrics?: boolean } = {}) {
    for (const [name, spec] of Object.entries(COUNTERS)) {
      this.counters.set(name, new Counter({ name: `swarm_llm_${name}_total`, help: spec.help, labelNames: spec.labels ?? [], registers: [this.registry] }))
    }
    this.stageSeconds = new Histogram({ name: 'swarm_llm_stage_seconds', help: 'Time per stage of a routed query: queue, local, collaboration, summon, total', labelNames: ['stage'], buckets: STAGE_BUCKETS, registers: [this.registry] })
    this.confidence = new Histogram({ name: 'swarm_llm_confidence', help: 'Calibrated confidence of each answer a routed query weighed, by model', labelNames: ['model'], buckets: CONFIDENCE_BUCKETS, registers: [this.registry] })
    this.gossipDelivery = new Histogram({
      name: 'swarm_llm_gossip_delivery_seconds',
      help: "Time from a gossip message's send time (sent_at_ms, by the sender's clock) to its arrival here, by topic (\"direct\": a direct stream's messages, counted alongside); clock skew between machines shifts it",
      labelNames: ['topic'],
      buckets: DELIVERY_BUCKETS,
      registers: [this.registry]
    })
    if (options.processMetrics === true) collectDefaultMetrics({ register: this.registry, prefix: 'swarm_llm_', eventLoopMonitoringPrecision: EVENT_LOOP_PRECISION_MS })
  }

  /** Adds to a declared counter; `labels` is one value, or values joined by "/" for several labels. */
  increment (name: string, labels = '', by = 1): void {
    const counter = this.counters.get(name)
    if (counter == null) throw new Error(`no counter named ${name}`)
    const names = COUNTERS[name].labels ?? []
    if (names.length === 0) { counter.inc(by); return }
    const values = labels.split('/')
    counter.inc(Object.fromEntries(names.map((label, i) => [label, values[i] ?? ''])), by)
  }

  /** A gauge whose value is read when the registry is scraped. */
  gauge (name: string, help: string, read: () => number | undefined): void {
    new Gauge({ // eslint-disable-line no-new
      name: `swarm_llm_${name}`,
      help,
      registers: [this.registry],
      collect () { const value = read(); if (value != null && Number.isFinite(value)) this.set(value) }
    })
  }

  /** A label value from outside (a model id), kept to a bounded set. */
  bounded (label: string, value: string): string {
    const values = this.seen.get(label) ?? new Set<string>()
    this.seen.set(label, values)
    if (values.has(value)) return value
    if (values.size >= MAX_OUTSIDE_VALUES) return 'other'
    values.add(value)
    return value
  }

  /** The count for one label value ("" for an unlabelled counter). */
  async get (name: string, labels = ''): Promise<number> {
    return (await this.toJSON())[name]?.[labels] ?? 0
  }

  /** `{ name: { "label/values": count } }` for every counter that has counted something. */
  async toJSON (): Promise<Record<string, Record<string, number>>> {
    const out: Record<string, Record<string, number>> = {}
    for (const [name, counter] of this.counters) {
      const { values } = await counter.get()
      const series = values.filter(v => v.value > 0)
      if (series.length === 0) continue
      out[name] = Object.fromEntries(series.map(v => [(COUNTERS[name].labels ?? []).map(l => String(v.labels[l] ?? '')).join('/'), v.value]))
    }
    return out
  }
}
