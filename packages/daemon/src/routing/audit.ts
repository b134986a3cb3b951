import { DEFAULT_BUDGET_WINDOW } from './constants.js'

/**
 * The audit budget: over the last DEFAULT_BUDGET_WINDOW queries, at most `share` of them may
 * be audits (answers that would have stood, checked by the cloud to label them).
 */
export class AuditBudget {
  private readonly recent: boolean[] = []
  private total = 0

  constructor (readonly share: number, private readonly window = DEFAULT_BUDGET_WINDOW) {
    if (!(share >= 0 && share <= 1)) throw new RangeError(`the audit share must be in [0, 1], not ${share}`)
  }

  /** Room for one more audit now, at `scale` times the share. */
  allows (scale = 1): boolean {
    return this.recent.filter(Boolean).length < Math.floor(Math.min(1, this.share * scale) * this.window)
  }

  /** Records one routed query, audited or not. */
  record (audited: boolean): void {
    if (audited) this.total++
    this.recent.push(audited)
    if (this.recent.length > this.window) this.recent.shift()
  }

  status (): { share: number, windowAudits: number, audits: number } {
    return { share: this.share, windowAudits: this.recent.filter(Boolean).length, audits: this.total }
  }
}
