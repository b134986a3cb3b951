// Defaults of the CLI's own work: the benchmark and its statistics.

/** Resamples per bootstrap interval. Defaults to 2000. */
export const DEFAULT_BOOTSTRAP_SAMPLES = 2000
/** Seed of every bootstrap, of the random router and of the oracle's order. Defaults to 7. */
export const DEFAULT_BENCH_SEED = 7
/** L2 penalty of the prompt-only router's weights. Defaults to 0.01. */
export const PROMPT_ROUTER_L2 = 0.01
/** Gradient-descent passes that train the prompt-only router. Defaults to 2000. */
export const PROMPT_ROUTER_EPOCHS = 2000
/** Step size of that gradient descent. Defaults to 1. */
export const PROMPT_ROUTER_LEARNING_RATE = 1
/** Cloud shares at which every router's hard accuracy is reported. */
export const REPORTED_SHARES = [0.25, 0.1]
/** Share of cloud-only hard accuracy a router must reach. */
export const CLOUD_ACCURACY_TARGET = 0.95
/** Cloud share the swarm's thresholds are fitted for, as the paper's "about a quarter of queries". Defaults to 0.25. */
export const DEFAULT_FIT_MAX_SHARE = 0.25

// Local swarms (bench, demo, sim) and the sim.

/** Daemons a local swarm starts at once after the first: more only slows each start on a 2-core machine. Defaults to 4. */
export const DEFAULT_START_CONCURRENCY = 4
/** How often a daemon of a local swarm checks that the process that started it still lives. Defaults to 1 s. */
export const PARENT_CHECK_INTERVAL_MS = 1000
/** The variable that tells a daemon of a local swarm which process started it. */
export const PARENT_PID_VARIABLE = 'SWARM_LLM_PARENT_PID'
/** How long an orphaned daemon may take to stop before it exits anyway. Defaults to 10 s. */
export const PARENT_GONE_EXIT_AFTER_MS = 10_000
/** Nodes `sim` starts unless told. Defaults to 5. */
export const DEFAULT_SIM_NODES = 5
/** Queries `sim` sends unless told. Defaults to 20. */
export const DEFAULT_SIM_QUERIES = 20
/** Longest the sim waits for one answer before it records a client timeout; the daemon's own deadlines are shorter. Defaults to 180 s. */
export const SIM_QUERY_TIMEOUT_MS = 180_000
/** Longest answer the sim asks for, in tokens: every study answer is a few words. Defaults to 32. */
export const SIM_MAX_TOKENS = 32
