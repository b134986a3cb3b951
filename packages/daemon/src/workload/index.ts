export { isCorrect, isRefusal, normalise } from './scoring.js'
export type { WorkloadRow } from './scoring.js'
export { loadWorkload } from './load.js'
export { auroc } from './auroc.js'
