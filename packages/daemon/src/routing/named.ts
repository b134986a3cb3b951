import type { GenerateOptions } from '../inference/types.js'
import { NoAnswerError, RouteUnavailableError, UnknownModelError } from './errors.js'
import { redactTurns } from './redact.js'
import type { RouteRun } from './run.js'
import type { RoutedAnswer } from './types.js'

/** A named model: this node's, a peer's, or a cloud model reached through its summoner. */
export async function routeNamed (run: RouteRun): Promise<RoutedAnswer> {
  const { local, cloud, peers, summon } = run.components
  const model = run.request.model
  const generateOptions: GenerateOptions = { signal: run.options.signal, onText: run.options.onText, onReasoning: run.options.onReasoning }
  if (local != null && model === local.backend.info.modelId) {
    const scored = await run.timed('localMs', async () => run.score(await local.backend.generate(run.request.generate, generateOptions), local))
    run.modelMs.local = scored.result.timings.totalMs
    return run.finish('local', scored, `the client named ${model}, this node's model`)
  }
  if (run.forced === 'local' && run.safety?.action === 'local-only' && (local == null || model !== local.backend.info.modelId)) {
    throw new RouteUnavailableError(`${run.safetyReason ?? 'the safety policy keeps this prompt on this node'}: it cannot go to ${model}`)
  }
  if (cloud != null && model === cloud.backend.info.modelId && !run.lanOnly) {
    // personal data leaves as placeholders; the answer comes back whole, once restored, instead of streamed
    const redaction = redactTurns(run.request.generate.messages)
    if (redaction.count > 0) run.pii.redacted = true
    const options = redaction.count > 0 ? { signal: run.options.signal } : generateOptions
    const scored = await run.timed('summonMs', async () => {
      const result = await cloud.backend.generate({ ...run.request.generate, messages: redaction.messages }, options)
      return run.score({ ...result, text: redaction.restore(result.text) }, cloud)
    })
    if (redaction.count > 0) run.emitWhole(scored.result)
    return run.finish('cloud', scored, `the client named ${model}, the cloud model this node holds the key for`, { summoner: scored.node })
  }
  const peer = peers?.models().find(m => m.modelId === model)
  if (peer != null) {
    const answers = await run.collaborate([peer.node])
    const scored = run.ballots[0]
    if (scored == null) throw new NoAnswerError(`${model} on ${peer.node} did not answer (${answers[0]?.status ?? 'no answer'})`)
    run.emitWhole(scored.result)
    return run.finish('peers', scored, `the client named ${model}, hosted by peer ${peer.node}`)
  }
  if (summon?.models().some(m => m.modelId === model) === true) {
    if (run.lanOnly) throw new RouteUnavailableError(`${model} is a cloud model and the query may not leave the LAN${run.pii.keptInLan ? ' (it holds personal data)' : ''}`)
    const scored = await run.cloud(model)
    run.emitWhole(scored.result)
    return run.finish('cloud', scored, `the client named ${model}, a cloud model summoned through ${scored.node}`, { summoner: scored.node })
  }
  throw new UnknownModelError(model)
}
