/** Answer length when a request sets none. Defaults to 128 tokens. */
export const DEFAULT_MAX_TOKENS = 128
/** Requests a local model queues beyond the running ones. Defaults to 16. */
export const DEFAULT_LOCAL_QUEUE = 16
/** Alternatives kept per generated token, for OpenAI's top_logprobs. */
export const TOP_ALTERNATIVES = 5
/** Cloud request timeout per attempt, cut to what is left of the query's budget. Defaults to 20 s. */
export const DEFAULT_CLOUD_TIMEOUT_MS = 20_000
/** First wait before a cloud retry when the server gives no Retry-After; doubled each time. Defaults to 500 ms. */
export const CLOUD_RETRY_BASE_MS = 500
/** Longest wait before a cloud retry, Retry-After included. Defaults to 8 s. */
export const CLOUD_RETRY_MAX_MS = 8_000
/** Retries, with exponential backoff, for retryable cloud errors (408, 409, 429, 5xx, network). Defaults to 2. */
export const DEFAULT_CLOUD_MAX_RETRIES = 2
/** Tokens generated right after loading, to measure the speed announced to peers. Defaults to 16. */
export const SPEED_PROBE_TOKENS = 16
/** Compiled JSON-schema grammars kept per model, by schema text. Defaults to 64. */
export const GRAMMAR_CACHE_SIZE = 64
/** Most recent generated tokens the frequency and presence penalties look at. Defaults to 256. */
export const PENALTY_WINDOW_TOKENS = 256
/**
 * Longest string a JSON-schema grammar lets the model write where the schema sets no
 * maxLength: a small model may otherwise never close a string and run out of tokens with
 * invalid JSON. Defaults to 48 characters.
 */
export const GRAMMAR_STRING_MAX_LENGTH = 48
/**
 * Largest integer (in absolute value) a JSON-schema grammar lets the model write: 15 digits and
 * no exponent, so every one is a safe JavaScript integer. node-llama-cpp's own grammar allows 16
 * digits and an exponent, so `1e-5` or `1e999` could fill an integer field. Defaults to 10^15 - 1.
 */
export const GRAMMAR_INTEGER_MAX = 999_999_999_999_999
