import { DEFAULT_MAX_VOTE_WEIGHT, DEFAULT_TAU_LOCAL, DEFAULT_TAU_SWARM } from '@swarm-llm/daemon/constants'
import { DEFAULT_SIM_NODES, DEFAULT_SIM_QUERIES } from './constants.js'

/**
 * What every flag means: one table, from which `--help`, shell completion and the CLI
 * reference (docs/cli.md) are all written. A command may say more for its own use of a flag
 * (`description` on the option itself).
 */
export interface OptionDoc {
  description: string
  /** The value's name in help, e.g. FILE. */
  value?: string
  /** Environment variable that sets it too. */
  env?: string
  /** The default, in words, when it is not simply the option's own `default`. */
  defaults?: string
}

export const OPTION_DOCS: Record<string, OptionDoc> = {
  config: { description: 'JSON config file; flags win over environment variables, which win over it', value: 'FILE', env: 'SWARM_LLM_CONFIG' },
  'data-dir': { description: "the node's identity, lock, swarm key and trace", value: 'DIR', env: 'SWARM_LLM_DATA_DIR', defaults: '~/.swarm-llm' },
  'swarm-key': { description: 'swarm key file shared by every node (made by keygen, or by the first up)', value: 'FILE', env: 'SWARM_LLM_SWARM_KEY', defaults: '<data-dir>/swarm.key' },
  'api-port': { description: "the daemon's HTTP API port (0 picks a free one)", value: 'N', env: 'SWARM_LLM_API_PORT', defaults: '7700' },
  'api-host': { description: 'address the HTTP API listens on; beyond loopback it needs --api-key', value: 'HOST', env: 'SWARM_LLM_API_HOST', defaults: '127.0.0.1' },
  'api-key': { description: 'bearer token every API route but /health requires', value: 'KEY', env: 'SWARM_LLM_API_KEY' },
  listen: { description: 'libp2p listen address (repeatable)', value: 'MULTIADDR', env: 'SWARM_LLM_LISTEN', defaults: '/ip4/0.0.0.0/tcp/4700' },
  bootstrap: { description: 'peer address to dial, for networks without multicast (repeatable)', value: 'MULTIADDR', env: 'SWARM_LLM_BOOTSTRAP' },
  'no-mdns': { description: 'do not discover peers by mDNS', env: 'SWARM_LLM_MDNS=false' },
  'peer-ttl-ms': { description: 'a peer silent this long (or 4 of its announcement periods, if longer) leaves the peer table', value: 'N', env: 'SWARM_LLM_PEER_TTL_MS', defaults: '8000' },
  'announce-interval-ms': { description: 'how often this node announces its capabilities; past 10 peers, 200 ms a peer', value: 'N', env: 'SWARM_LLM_ANNOUNCE_INTERVAL_MS', defaults: '2000' },
  'peer-query-rate': { description: 'queries (and, apart, summon requests) a second accepted from any one peer, on average; the excess is rejected and lowers its gossip score; this node sends at most 90% of it itself', value: 'N', env: 'SWARM_LLM_PEER_QUERY_RATE', defaults: '50' },
  'peer-query-burst': { description: 'how many of those one peer may send at once', value: 'N', env: 'SWARM_LLM_PEER_QUERY_BURST', defaults: '500' },
  model: { description: 'GGUF file of the model this node hosts', value: 'FILE', env: 'SWARM_LLM_MODEL' },
  threads: { description: 'CPU threads for the model', value: 'N', env: 'SWARM_LLM_THREADS', defaults: 'the cores this process may use' },
  parallel: { description: 'generations the model runs at once', value: 'N', env: 'SWARM_LLM_PARALLEL', defaults: '1' },
  'cloud-base-url': { description: 'OpenAI-compatible base URL of the cloud model', value: 'URL', env: 'OPENAI_BASE_URL', defaults: "OpenAI's" },
  'cloud-model': { description: "the cloud model's name; the key comes from OPENAI_API_KEY, never a flag", value: 'NAME', env: 'SWARM_LLM_CLOUD_MODEL' },
  'cloud-timeout-ms': { description: 'timeout per cloud request attempt, cut to what is left of the query budget', value: 'N', env: 'SWARM_LLM_CLOUD_TIMEOUT_MS', defaults: '20000' },
  'tau-local': { description: 'answer locally when the calibrated confidence is at least this (1: always ask the peers too)', value: 'X', env: 'SWARM_LLM_TAU_LOCAL', defaults: String(DEFAULT_TAU_LOCAL) },
  'tau-swarm': { description: "answer with the peers' vote when its confidence is at least this, else summon the cloud", value: 'X', env: 'SWARM_LLM_TAU_SWARM', defaults: String(DEFAULT_TAU_SWARM) },
  'collaboration-deadline-ms': { description: "longest wait for peers' answers", value: 'N', env: 'SWARM_LLM_COLLABORATION_DEADLINE_MS', defaults: '15000' },
  'summon-timeout-ms': { description: 'longest wait for one summoner before the next, cut to what is left of the query budget', value: 'N', env: 'SWARM_LLM_SUMMON_TIMEOUT_MS', defaults: '20000' },
  'query-budget-ms': { description: 'one time budget per query, shared by every stage: local, peers, summon and the cloud\'s retries', value: 'N', env: 'SWARM_LLM_QUERY_BUDGET_MS', defaults: '30000' },
  'max-vote-weight': { description: 'most any one vote weighs', value: 'X', env: 'SWARM_LLM_MAX_VOTE_WEIGHT', defaults: String(DEFAULT_MAX_VOTE_WEIGHT) },
  'cloud-target-share': { description: 'share of queries the router aims to send to the cloud', value: 'X', env: 'SWARM_LLM_CLOUD_TARGET_SHARE', defaults: 'none: τ_swarm stays fixed' },
  'cloud-max-per-minute': { description: 'hard cap on cloud calls in any minute', value: 'N', env: 'SWARM_LLM_CLOUD_MAX_PER_MINUTE', defaults: '60' },
  'no-trace-prompts': { description: 'keep prompts and answers out of the trace and the dashboard feed', env: 'SWARM_LLM_TRACE_PROMPTS=false' },
  'trace-max-bytes': { description: 'size at which the trace file is rotated (the last 4 are kept)', value: 'N', env: 'SWARM_LLM_TRACE_MAX_BYTES', defaults: '16777216' },
  'answer-delay-ms': { description: 'wait before answering peers, to play a slow machine in tests and sims', value: 'N', env: 'SWARM_LLM_ANSWER_DELAY_MS', defaults: '0' },
  'safety-policy': { description: 'action per unsafe category (answer, cloud, refuse, local-only), e.g. self-harm=answer', value: 'POLICY', env: 'SWARM_LLM_SAFETY_POLICY', defaults: 'refuse harmful, sexual, hateful, criminal; local-only self-harm, privacy' },
  'guard-model': { description: "GGUF guard model (Llama Guard 3, ShieldGemma, Qwen3Guard-Gen, or this project's format) that replaces the built-in safety classifier", value: 'FILE', env: 'SWARM_LLM_GUARD_MODEL' },
  'guard-format': { description: "the guard model's prompt and verdict format; auto reads it from the GGUF's chat template and name", value: 'auto|swarm|llama-guard-3|shieldgemma|qwen3guard', env: 'SWARM_LLM_GUARD_FORMAT', defaults: 'auto' },
  pii: { description: 'personal data bound for the cloud: redact it, or keep the query in the swarm', value: 'redact|never-leaves-lan', env: 'SWARM_LLM_PII', defaults: 'redact' },
  calibration: { description: "calibration map of the local model instead of the one beside it, or none to start without one (the online refit then starts from the default)", value: 'FILE|none', env: 'SWARM_LLM_CALIBRATION', defaults: '<model>.calibration.json' },
  'no-online-calibration': { description: "do not refit the local model's map on the cloud's verdicts (kept in <data-dir>/calibration.json)", env: 'SWARM_LLM_ONLINE_CALIBRATION=false' },
  'audit-share': { description: 'most of the recent queries the cloud may check although their answer would stand, while the map has few labels or unproven peers carry the vote (three times it until the map has 20)', value: 'X', env: 'SWARM_LLM_AUDIT_SHARE', defaults: '0.1' },
  'spill-queue-depth': { description: 'generations running or queued here past which a swarm query goes to a peer that announced a shorter queue, before this node\'s model', value: 'N', env: 'SWARM_LLM_SPILL_QUEUE_DEPTH', defaults: '4' },
  'max-unproven-weight': { description: 'most the votes of all peers with fewer than 5 labelled answers weigh together', value: 'X', env: 'SWARM_LLM_MAX_UNPROVEN_WEIGHT', defaults: '0.6' },
  json: { description: 'print JSON for scripts instead of text for people' },
  'request-log': { description: 'append every request received to this JSONL file', value: 'FILE' },
  system: { description: 'system message sent before the question', value: 'TEXT' },
  'max-tokens': { description: 'longest answer, in tokens', value: 'N' },
  route: { description: 'force a route instead of letting the swarm decide', value: 'auto|local|peers|cloud', defaults: 'auto' },
  'lan-only': { description: 'never let this query leave the LAN (no cloud)' },
  dir: { description: 'folder the model is downloaded to', value: 'DIR', defaults: '~/.swarm-llm/models' },
  sha256: { description: 'expected checksum, when the source states none', value: 'HEX' },
  workload: { description: 'labelled queries, JSONL as in models/study/workload.jsonl', value: 'FILE' },
  models: { description: 'folder of the study models', value: 'DIR', defaults: 'models/' },
  limit: { description: 'use only the first N rows', value: 'N' },
  out: { description: 'where to write the key', value: 'FILE', defaults: '<data-dir>/swarm.key' },
  classifier: { description: 'weights file of a built-in classifier to use instead of the shipped one', value: 'FILE' },
  'fit-workload': { description: 'workload the thresholds are fitted on (never the one reported)', value: 'FILE', defaults: 'models/study/workload.jsonl' },
  swarm: { description: 'base URL of a running swarm to drive instead of starting one', value: 'URL' },
  svg: { description: 'write the plot of hard accuracy against cloud share here', value: 'FILE' },
  save: { description: 'save the collected answers, to replay them later', value: 'FILE' },
  replay: { description: 'replay answers saved with --save instead of asking a swarm', value: 'FILE' },
  seed: { description: 'seed of the bootstrap and the random router', value: 'N', defaults: '7' },
  nodes: { description: 'daemons to start, each an OS process on 127.0.0.1', value: 'N', defaults: String(DEFAULT_SIM_NODES) },
  cloud: { description: 'also start the cloud stand-in (study-cloud) and give its key to n1' },
  queries: { description: 'queries to send, a seeded sample of the workload', value: 'N', defaults: String(DEFAULT_SIM_QUERIES) },
  submit: { description: 'which node each query goes to', value: 'round-robin|random', defaults: 'round-robin' },
  concurrency: { description: 'queries in flight at once', value: 'N', defaults: '1' },
  delay: { description: 'NODE answers its peers MS late, playing a slow machine (its --answer-delay-ms); repeatable', value: 'NODE=MS' },
  fail: { description: 'kill NODE (SIGKILL) SECONDS after the first query, playing a crash; repeatable', value: 'NODE@SECONDS' }
}
