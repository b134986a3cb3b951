import type { GenerateResult } from '../inference/types.js'
import { safetyAction } from '../safety/policy.js'
import { detectPii } from '../safety/pii/detect.js'
import type { SafetyAction } from '../safety/types.js'
import { RouteUnavailableError } from './errors.js'
import type { RouteRun } from './run.js'
import type { Scored } from './score.js'
import type { RoutedAnswer } from './types.js'

/** What a refused prompt gets, in the words the workload's scoring counts as a refusal. */
export const REFUSAL_TEXT = "I can't help with that."

/**
 * Runs before any route is chosen: the safety verdict and its policy, and the personal
 * data that must not reach the cloud. Returns the answer itself when the policy refuses;
 * otherwise it may force the run's route or keep it in the LAN.
 */
export async function screen (run: RouteRun): Promise<RoutedAnswer | undefined> {
  const turns = run.request.generate.messages
  const found = detectPii(turns.map(m => m.content).join('\n'))
  if (found.length > 0) {
    const keep = (run.request.pii ?? run.settings.pii) === 'never-leaves-lan'
    run.pii = { found: found.length, types: [...new Set(found.map(e => e.type))], redacted: false, keptInLan: keep }
    if (keep) run.lanOnly = true
  }
  const classifier = run.components.safety
  if (classifier == null) return undefined
  const prompt = turns.filter(m => m.role === 'user').map(m => m.content).join('\n')
  const verdict = await run.timed('safetyMs', async () => await classifier.classify(prompt, { signal: run.options.signal }))
  const action: SafetyAction = safetyAction(verdict, run.settings.safetyPolicy)
  run.safety = { category: verdict.category, score: verdict.score, flagged: verdict.flagged, action, classifier: verdict.classifier }
  run.components.counters.increment('safety', `${verdict.category}/${action}`)
  const why = `the safety classifier (${verdict.classifier}) put the prompt in "${verdict.category}" with score ${verdict.score.toFixed(3)}`
  switch (action) {
    case 'refuse':
      return run.emit(run.finish('local', refusal(run), `${why}; the policy for it is to refuse`))
    case 'local-only':
      if (run.components.local == null) throw new RouteUnavailableError(`${why}; its policy keeps it on this node, which hosts no model`)
      run.forced = 'local'
      run.lanOnly = true
      run.safetyReason = `${why}; its policy keeps it on this node`
      return undefined
    case 'cloud':
      if (!run.lanOnly) {
        run.forced = 'cloud'
        run.safetyReason = `${why}; its policy sends it to the cloud`
      }
      return undefined
    default:
      return undefined
  }
}

/** The refusal as an answer of the safety classifier, as sure of it as the classifier was of its verdict. */
function refusal (run: RouteRun): Scored {
  const safety = run.safety!
  const text = REFUSAL_TEXT
  const result: GenerateResult = { text, tokens: [], finishReason: 'stop', promptTokens: 0, completionTokens: 0, timings: { queueMs: 0, timeToFirstTokenMs: 0, totalMs: 0 }, modelId: `safety:${safety.classifier}` }
  return { node: run.self, model: result.modelId, result, confidence: safety.score, figures: { meanLogprob: 0, minTokenProb: 1, meanEntropy: 0, tokenCount: 0 } }
}
