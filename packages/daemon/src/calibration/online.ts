import { readFile, rename, writeFile } from 'node:fs/promises'
import { logger } from '@libp2p/logger'
import { confidenceOf, fitCalibration, isCalibration } from '../inference/calibration.js'
import type { Calibration } from '../inference/calibration.js'
import type { UncertaintyFigures } from '../inference/uncertainty.js'
import type { Answerer } from '../routing/types.js'
import { DEFAULT_ERROR_WINDOW, DEFAULT_MAX_LABELS, DEFAULT_ONLINE_MIN_LABELS, DEFAULT_PRIOR_STRENGTH, DEFAULT_REFIT_EVERY, DEFAULT_REMEMBERED_ANSWERS } from './constants.js'
import { brierScore, expectedCalibrationError } from './error.js'

const log = logger('swarm-llm:calibration')

/** Where the map in force came from: a file (shipped or offline), the online refit, or nowhere (the documented default). */
export type CalibrationSource = 'file' | 'online' | 'none'

/** One labelled answer of this node's model: its figures, the confidence it was given then, and the cloud's verdict. */
export interface Label {
  figures: UncertaintyFigures
  confidence: number
  correct: boolean
}

/** What `/status` shows as `routing.calibration`. */
export interface CalibrationStatus {
  source: CalibrationSource
  online: boolean
  labels: number
  /** ECE and Brier score of the confidences given to the last DEFAULT_ERROR_WINDOW labelled answers, as they were given. */
  ece: number | null
  brier: number | null
  window: number
  ceiling: number | null
  path: string
}

export interface OnlineCalibrationInit {
  /** The JSON file it persists to, in the data directory. */
  path: string
  /** The model the labels belong to; a file of another model's labels is set aside. */
  modelId: string
  /** Refit as labels come in. Defaults to true; off, labels are still counted and the error measured. */
  online?: boolean
  /** Defaults to DEFAULT_ONLINE_MIN_LABELS. */
  minLabels?: number
  /** Defaults to DEFAULT_REFIT_EVERY. */
  refitEvery?: number
  /** Defaults to DEFAULT_MAX_LABELS. */
  maxLabels?: number
  /** Defaults to DEFAULT_PRIOR_STRENGTH. */
  priorStrength?: number
}

interface Persisted {
  kind: 'swarm-llm-online-calibration'
  modelId: string
  map?: Calibration
  labels: Label[]
}

/**
 * A model's calibration map, kept honest by the cloud: each labelled answer (this node's own,
 * or one it gave a peer and was then judged on) is stored, and the map is refitted on the
 * labels with the same features as `swarm-llm calibrate`, starting from the shipped or offline
 * map when there is one (as a prior the labels pull away from) and from the documented default
 * until there are enough labels when there is none. The map in force is the answerer's
 * `calibration`, so the router and the peer queries see each refit at once. Labels and map are
 * persisted in the data directory.
 */
export class OnlineCalibration {
  private labels: Label[] = []
  private source: CalibrationSource
  private readonly start?: Calibration
  private sinceRefit = 0
  private readonly remembered = new Map<string, { origin: string, figures: UncertaintyFigures, confidence: number }>()
  private writing: Promise<void> = Promise.resolve()

  constructor (private readonly init: OnlineCalibrationInit, private readonly answerer: Answerer) {
    this.start = answerer.calibration
    this.source = answerer.calibration != null ? 'file' : 'none'
  }

  /** Restores the labels (and the refitted map) persisted by an earlier run of this model. */
  async load (): Promise<void> {
    let parsed: Persisted
    try {
      parsed = JSON.parse(await readFile(this.init.path, 'utf8')) as Persisted
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') log.error('cannot read %s, starting without its labels: %s', this.init.path, (err as Error).message)
      return
    }
    if (parsed?.kind !== 'swarm-llm-online-calibration' || parsed.modelId !== this.init.modelId || !Array.isArray(parsed.labels)) {
      log('%s holds no labels of %s; starting afresh', this.init.path, this.init.modelId)
      return
    }
    this.labels = parsed.labels.filter(validLabel).slice(-this.maxLabels)
    if (this.online && parsed.map != null && isCalibration(parsed.map) && this.labels.length >= this.minLabels) {
      this.answerer.calibration = parsed.map
      this.source = 'online'
    }
  }

  /** The confidence this node's model gives an answer now. */
  confidence (figures: UncertaintyFigures): number {
    return confidenceOf(figures, this.answerer.calibration)
  }

  /** Labels one of this node's answers; refits every few labels. */
  label (label: Label): void {
    if (!validLabel(label)) return
    this.labels.push(label)
    if (this.labels.length > this.maxLabels) this.labels.shift()
    this.sinceRefit++
    if (this.online && this.labels.length >= this.minLabels && this.sinceRefit >= (this.init.refitEvery ?? DEFAULT_REFIT_EVERY)) this.refit()
    else this.persist()
  }

  /** How many labelled answers the map in force rests on: the online labels, and those its file was fitted on. */
  evidence (): number {
    return this.labels.length + (this.start?.fittedOn?.rows ?? 0)
  }

  /** Keeps an answer given to a peer, so that its verdict can label it. */
  remember (queryId: string, origin: string, figures: UncertaintyFigures, confidence: number): void {
    this.remembered.set(queryId, { origin, figures, confidence })
    if (this.remembered.size > DEFAULT_REMEMBERED_ANSWERS) this.remembered.delete(this.remembered.keys().next().value!)
  }

  /** A verdict from `origin` on this node's answer to `queryId`; ignored unless `origin` asked it. Returns whether it labelled one. */
  judge (queryId: string, origin: string, correct: boolean): boolean {
    const answer = this.remembered.get(queryId)
    if (answer == null || answer.origin !== origin) return false
    this.remembered.delete(queryId)
    this.label({ figures: answer.figures, confidence: answer.confidence, correct })
    return true
  }

  status (): CalibrationStatus {
    const recent = this.labels.slice(-DEFAULT_ERROR_WINDOW)
    const map = this.answerer.calibration
    return {
      source: this.source,
      online: this.online,
      labels: this.labels.length,
      ece: expectedCalibrationError(recent),
      brier: brierScore(recent),
      window: recent.length,
      ceiling: map != null ? 1 / (1 + Math.exp(-map.weights.bias)) : null,
      path: this.init.path
    }
  }

  /** Resolves when the latest state is on disk. */
  async flush (): Promise<void> {
    await this.writing
  }

  private get online (): boolean {
    return this.init.online !== false
  }

  private get minLabels (): number {
    return this.init.minLabels ?? DEFAULT_ONLINE_MIN_LABELS
  }

  private get maxLabels (): number {
    return this.init.maxLabels ?? DEFAULT_MAX_LABELS
  }

  private refit (): void {
    this.sinceRefit = 0
    try {
      const prior = this.start != null ? { weights: this.start.weights, strength: this.init.priorStrength ?? DEFAULT_PRIOR_STRENGTH } : undefined
      const map: Calibration = { ...fitCalibration(this.labels, 1500, prior), fittedOn: { workload: 'online', rows: this.labels.length, accuracy: this.labels.filter(l => l.correct).length / this.labels.length, date: new Date().toISOString() } }
      this.answerer.calibration = map
      this.source = 'online'
    } catch (err) {
      log('refit skipped: %s', (err as Error).message)
    }
    this.persist()
  }

  private persist (): void {
    const state: Persisted = { kind: 'swarm-llm-online-calibration', modelId: this.init.modelId, map: this.source === 'online' ? this.answerer.calibration : undefined, labels: this.labels }
    const text = JSON.stringify(state)
    const temporary = `${this.init.path}.tmp`
    this.writing = this.writing
      .then(async () => { await writeFile(temporary, text); await rename(temporary, this.init.path) })
      .catch(err => { log.error('cannot write %s: %s', this.init.path, (err as Error).message) })
  }
}

function validLabel (label: Label): boolean {
  const f = label?.figures
  return f != null && typeof label.correct === 'boolean' && Number.isFinite(label.confidence) && f.tokenCount > 0 &&
    [f.meanLogprob, f.minTokenProb, f.meanEntropy].every(Number.isFinite)
}
