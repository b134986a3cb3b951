/**
 * Online calibration: each model's map refitted on the cloud's verdicts on its answers.
 *
 * @example
 * ```ts
 * const calibration = new OnlineCalibration({ path: join(dataDir, ONLINE_CALIBRATION_FILE), modelId }, backends.local)
 * await calibration.load()
 * calibration.label({ figures, confidence, correct: true })
 * ```
 */
export * from './constants.js'
export * from './error.js'
export * from './online.js'
