// τ_local, τ_swarm and the vote cap are fitted on models/study/workload.jsonl (never on the
// held-out file) by `swarm-llm bench` (its Thresholds line): the best accuracy with at most a quarter
// of queries sent to the cloud, averaged over the three edge models as coordinator.
/** Answer locally when the local model's calibrated confidence is at least this. Defaults to 0.8. */
export const DEFAULT_TAU_LOCAL = 0.8
/** Answer with the swarm's aggregate when its confidence is at least this; below it, summon the cloud. Defaults to 0.1. */
export const DEFAULT_TAU_SWARM = 0.1
/** How long a coordinator waits for peers' answers. Defaults to 15 s (a small model on a laptop CPU writing 128 tokens). */
export const DEFAULT_COLLABORATION_DEADLINE_MS = 15_000
/** How long a coordinator waits for one summoner before failing over to the next, cut to what is left of the query's budget. Defaults to 20 s. */
export const DEFAULT_SUMMON_TIMEOUT_MS = 20_000
/**
 * One time budget per query, shared by every stage: the local model, the peers, the summon and
 * the cloud client's retries. A hung cloud then costs a degraded answer at 30 s, well inside a
 * client's typical 60 s timeout. Defaults to 30 s.
 */
export const DEFAULT_QUERY_BUDGET_MS = 30_000
/** A `swarm` query skips this node's model for its peers when at least this many generations are running or queued here and a peer hosts a model. Defaults to 4. */
export const DEFAULT_SPILL_QUEUE_DEPTH = 4
/** Most any one vote weighs, so a peer that claims confidence 1.0 on everything cannot outvote two that agree. Defaults to 0.6. */
export const DEFAULT_MAX_VOTE_WEIGHT = 0.6
/** Most cloud calls a node makes or asks for in any 60 s. Defaults to 60. */
export const DEFAULT_CLOUD_MAX_PER_MINUTE = 60
/** Queries over which the achieved cloud share is reported. Defaults to 100. */
export const DEFAULT_BUDGET_WINDOW = 100
/** Query ids remembered to refuse replays and recognise late answers. Defaults to 4096. */
export const SEEN_QUERY_IDS = 4096
/** The model id that lets the router decide. */
export const SWARM_MODEL_ID = 'swarm'
/** Trace file in the data directory. */
export const TRACE_FILE = 'traces.jsonl'
/** Size past which the trace file is rotated (traces.jsonl becomes traces.jsonl.1, and so on). Defaults to 16 MiB. */
export const DEFAULT_TRACE_MAX_BYTES = 16 * 1024 * 1024
/** Rotated trace files kept beside the current one; older ones are deleted. Defaults to 4. */
export const TRACE_FILES_KEPT = 4
/** Labelled answers after which a peer counts as proven; until then its vote shares the unproven bound. Defaults to 5. */
export const DEFAULT_PROVEN_LABELS = 5
/** Most the votes of all unproven peers weigh together: one member's worth, however many identities they are. Defaults to 0.6. */
export const DEFAULT_MAX_UNPROVEN_WEIGHT = 0.6
/** Labels' worth of benefit of the doubt a peer starts with in its reputation. Defaults to 2. */
export const REPUTATION_PRIOR_LABELS = 2
/** The Brier score a peer is assumed to have before any label. Defaults to 0.1. */
export const REPUTATION_PRIOR_BRIER = 0.1
/** Peers whose reputation is remembered. Defaults to 1024. */
export const MAX_REPUTATIONS = 1024
/**
 * Most of the recent queries that may be sent to the cloud as audits: answers that would have
 * stood without it, checked while this node's map has few labels or while unproven peers carry
 * the vote. Defaults to 0.1.
 */
export const DEFAULT_AUDIT_SHARE = 0.1
/**
 * How many times the audit share a node may spend while its map rests on fewer labels than the
 * online refit needs to replace its starting map (a model with no map has nothing to route on
 * but the documented default). Defaults to 3: with the default share, about 20 cloud calls once.
 */
export const FIRST_LABELS_AUDIT_SCALE = 3
/** Labels this node's map needs before its confident answers are no longer audited. Defaults to 100. */
export const DEFAULT_AUDIT_UNTIL_LABELS = 100
/** Longest an embedding request waits for the node that runs its model. Defaults to 30 s (DEFAULT_QUERY_BUDGET_MS). */
export const DEFAULT_EMBED_DEADLINE_MS = DEFAULT_QUERY_BUDGET_MS
/** Most input text, in bytes, one embed request to a peer carries, so it fits a gossip message. Defaults to 128 KiB. */
export const EMBED_BATCH_BYTES = 128 * 1024
