/** Named counters with labels, e.g. `gossip_rejected{reason="oversized"}`. Read by the status API. */
export class Counters {
  private readonly values = new Map<string, Map<string, number>>()

  increment (name: string, label = '', by = 1): void {
    let series = this.values.get(name)
    if (series == null) this.values.set(name, series = new Map())
    series.set(label, (series.get(label) ?? 0) + by)
  }

  get (name: string, label = ''): number {
    return this.values.get(name)?.get(label) ?? 0
  }

  /** `{ name: { label: count } }`; an unlabelled counter has the label "". */
  toJSON (): Record<string, Record<string, number>> {
    return Object.fromEntries([...this.values].map(([name, series]) => [name, Object.fromEntries(series)]))
  }
}
