import cliProgress from 'cli-progress'

/**
 * Progress on stderr: a bar on a terminal, and plain lines (the start and the end of each
 * task) when stderr is piped, so logs stay readable.
 */
export class Progress {
  private bar?: cliProgress.SingleBar
  private task = ''
  private started = 0

  constructor (private readonly stream: NodeJS.WriteStream = process.stderr, private readonly tty = stream.isTTY === true) {}

  /** Starts a task of `total` steps. */
  start (task: string, total: number): void {
    this.stop()
    this.task = task
    this.started = performance.now()
    if (this.tty) {
      this.bar = new cliProgress.SingleBar({
        stream: this.stream,
        format: `${task.padEnd(28)} {bar} {value}/{total} {step}`,
        hideCursor: true,
        clearOnComplete: false
      }, cliProgress.Presets.shades_classic)
      this.bar.start(total, 0, { step: '' })
    } else {
      this.stream.write(`${task}: ${total} steps\n`)
    }
  }

  /** Moves to `done` steps; `step` says what is under way. */
  update (done: number, step = ''): void {
    this.bar?.update(done, { step })
  }

  /** Ends the task in progress, if any. */
  stop (): void {
    if (this.task === '') return
    if (this.bar != null) this.bar.stop()
    else this.stream.write(`${this.task}: done in ${((performance.now() - this.started) / 1000).toFixed(1)} s\n`)
    this.bar = undefined
    this.task = ''
  }
}
