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
