/** Labels a model's map needs before the online refit replaces the map it started from. Defaults to 20. */
export const DEFAULT_ONLINE_MIN_LABELS = 20
/** New labels between two refits. Defaults to 5. */
export const DEFAULT_REFIT_EVERY = 5
/** Most recent labels kept (and fitted on) per model. Defaults to 1000. */
export const DEFAULT_MAX_LABELS = 1000
/** Recent labels the map's error (ECE, Brier) is measured on. Defaults to 200. */
export const DEFAULT_ERROR_WINDOW = 200
/** How many labels' worth of belief a shipped or offline map keeps in the online refit. Defaults to 20. */
export const DEFAULT_PRIOR_STRENGTH = 20
/** Answers given to peers remembered, so that a later verdict can label them. Defaults to 2048. */
export const DEFAULT_REMEMBERED_ANSWERS = 2048
/** The online calibration's file in the data directory. */
export const ONLINE_CALIBRATION_FILE = 'calibration.json'
/** Bins of the expected calibration error. */
export const ECE_BINS = 10
