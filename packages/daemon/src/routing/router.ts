import { TypedEventEmitter } from 'main-event'
import { confidenceCeiling } from '../inference/calibration.js'
import type { SafetyPolicy } from '../safety/types.js'
import type { CloudBudget } from './budget.js'
import { catalogue } from './catalogue.js'
import type { CatalogueEntry } from './catalogue.js'
import type { RouteOptions, RouterComponents } from './components.js'
import { SWARM_MODEL_ID } from './constants.js'
import { routeNamed } from './named.js'
import { routeEmbedding } from './embed.js'
import { AbortedError } from '../inference/errors.js'
import { observe, promptOf } from './observe.js'
import type { Decision } from './observe.js'
import { routeAuto } from './policy.js'
import { RouteRun } from './run.js'
import { screen } from './screen.js'
import { resolveRouterSettings } from './settings.js'
import type { RouterInit, RouterSettings } from './settings.js'
import type { EmbedAnswer, EmbedRouteRequest, PiiMode, RouteRequest, RoutedAnswer } from './types.js'

export type { RouterInit } from './settings.js'
export type { RouterComponents, RouteOptions } from './components.js'
export type { Decision } from './observe.js'
export { REFUSAL_TEXT } from './screen.js'

export interface RouterEvents {
  /** A query was routed: its receipt, and its prompt unless prompts are kept out of traces. */
  decision: CustomEvent<Decision>
}

/**
 * Decides, for each query, whether this node answers alone, with its peers, or through the
 * cloud (the policy, in policy.ts), and runs that route. Every query is screened first
 * (screen.ts: safety verdict, personal data); a client that names a model (not `swarm`)
 * gets that model, wherever it runs (named.ts). Each answered query is counted, traced and
 * put in the feed (observe.ts).
 */
export class Router extends TypedEventEmitter<RouterEvents> {
  /** The last RECENT_DECISIONS decisions, oldest first, for a dashboard that just connected. */
  readonly recent: Decision[] = []
  private readonly settings: RouterSettings

  constructor (init: RouterInit, private readonly components: RouterComponents) {
    super()
    this.settings = resolveRouterSettings(init, components.peers != null)
  }

  get tauLocal (): number {
    return this.settings.budget.tauLocal
  }

  get budget (): CloudBudget {
    return this.settings.budget
  }

  get safetyPolicy (): SafetyPolicy {
    return this.settings.safetyPolicy
  }

  get pii (): PiiMode {
    return this.settings.pii
  }

  /** Every model a client may name: `swarm`, this node's, the peers', and the cloud's. */
  models (): CatalogueEntry[] {
    return catalogue(this.components, this.settings.swarm)
  }

  /** The routing state for /status. */
  status (): Record<string, unknown> {
    const { settings, components } = this
    return {
      tauLocal: settings.budget.tauLocal,
      // what this node's model gives a fully certain answer: a τ_local above it answers nothing locally
      localConfidenceCeiling: components.local != null ? confidenceCeiling(components.local.calibration) : null,
      collaborationDeadlineMs: settings.collaborationDeadlineMs,
      spillQueueDepth: settings.spillQueueDepth,
      maxVoteWeight: settings.maxVoteWeight,
      safety: { classifier: components.safety?.name ?? null, policy: settings.safetyPolicy },
      pii: settings.pii,
      cloud: settings.budget.status(),
      calibration: components.calibration?.status() ?? { source: components.local?.calibration != null ? 'file' : 'none', online: false, labels: 0, ece: null, brier: null },
      audits: settings.audits.status(),
      maxUnprovenWeight: settings.maxUnprovenWeight,
      reputation: components.reputation?.toJSON() ?? {}
    }
  }

  /** Embeddings by the named model wherever it runs (embed.ts); errors are counted as a query's are. */
  async embed (request: EmbedRouteRequest, options: { signal?: AbortSignal } = {}): Promise<EmbedAnswer> {
    try {
      return await routeEmbedding(this.components, { swarm: this.settings.swarm, pii: this.settings.pii }, request, options)
    } catch (err) {
      this.components.counters.increment('embeddings', `error/${(err as Error).name}`)
      throw err
    }
  }

  async answer (request: RouteRequest, options: RouteOptions = {}): Promise<RoutedAnswer> {
    const { settings, components } = this
    const run = new RouteRun(settings, components, request, options)
    try {
      const auto = request.model === SWARM_MODEL_ID && settings.swarm
      const answered = await screen(run) ?? (auto ? await routeAuto(run) : await routeNamed(run))
      // the cloud share counts every query the swarm routed, refused and LAN-only ones too
      if (auto) {
        settings.budget.record(run.outcome)
        settings.audits.record(run.audited)
      }
      const decision = observe(request, answered.receipt, { counters: components.counters, trace: components.trace, recent: this.recent, sharePrompts: settings.sharePrompts })
      this.safeDispatchEvent('decision', { detail: decision })
      return answered
    } catch (err) {
      if (run.clientGone) {
        // the client hung up: the query is recorded as aborted, not as what it had got to
        components.counters.increment('queries', 'aborted/client')
        components.trace?.writeAborted(promptOf(request), run)
        throw new AbortedError('the client hung up')
      }
      components.counters.increment('queries', `error/${(err as Error).name}`)
      throw err
    }
  }
}

/** Creates the router of one node. */
export function createRouter (init: RouterInit, components: RouterComponents): Router {
  return new Router(init, components)
}
