import { readFile } from 'node:fs/promises'
import type { SafetyClassifier, SafetyFigures, SafetyVerdict } from '@swarm-llm/daemon'
import type { Command } from '../command.js'
import { UsageError } from '../command.js'
import { table } from '../output.js'

interface Row { id: string, prompt: string, label?: 'safe' | 'unsafe' }

/** Reads `{"id", "prompt", "label"?}` rows; throws with the line number of a bad one. */
async function readRows (path: string): Promise<Row[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${(err as Error).message}`)
  }
  const rows: Row[] = []
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return
    let row: any
    try {
      row = JSON.parse(line)
    } catch {
      throw new UsageError(`${path}:${i + 1}: not JSON`)
    }
    const ok = (typeof row?.id === 'string' || typeof row?.id === 'number') && typeof row.prompt === 'string' &&
      (row.label === undefined || row.label === 'safe' || row.label === 'unsafe')
    if (!ok) throw new UsageError(`${path}:${i + 1}: expected {"id", "prompt", "label"?: "safe" | "unsafe"}`)
    rows.push({ id: String(row.id), prompt: row.prompt, label: row.label })
  })
  return rows
}

const GUARD_FORMAT_NAMES = ['auto', 'swarm', 'llama-guard-3', 'shieldgemma', 'qwen3guard'] as const

/** The --guard-format value, checked. */
function guardFormatOf (value: unknown): typeof GUARD_FORMAT_NAMES[number] | undefined {
  if (value == null) return undefined
  if (!(GUARD_FORMAT_NAMES as readonly unknown[]).includes(value)) throw new UsageError(`--guard-format must be one of ${GUARD_FORMAT_NAMES.join(', ')}`)
  return value as typeof GUARD_FORMAT_NAMES[number]
}

const format = (x: number | null): string => x == null ? '-' : x.toFixed(3)

function median (values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]
}

export const safety: Command = {
  name: 'safety',
  summary: "judge prompts with the safety classifier: each prompt's category and score, and recall and false flags on labelled rows",
  usage: 'swarm-llm safety check FILE.jsonl [--guard-model FILE] [--guard-format F] [--classifier FILE] [--threads N] [--json]',
  positionals: true,
  options: {
    'guard-model': { type: 'string' },
    'guard-format': { type: 'string' },
    classifier: { type: 'string' },
    threads: { type: 'string' },
    json: { type: 'boolean', default: false }
  },
  async run (values, positionals) {
    const { BuiltinClassifier, evaluateVerdicts, loadBuiltinClassifier, loadGuardClassifier } = await import('@swarm-llm/daemon')
    const [action, path, ...extra] = positionals
    if (action !== 'check' || path == null || extra.length > 0) throw new UsageError(`usage: ${safety.usage}`)
    const threads = values.threads != null ? Number(values.threads) : undefined
    if (threads != null && (!Number.isInteger(threads) || threads < 1)) throw new UsageError('--threads must be a positive integer')
    const rows = await readRows(path)
    const guard = values['guard-model'] as string | undefined
    const classifier: SafetyClassifier = guard != null
      ? await loadGuardClassifier({ modelPath: guard, threads, format: guardFormatOf(values['guard-format']) })
      : await loadBuiltinClassifier(values.classifier as string | undefined)
    const verdicts: SafetyVerdict[] = []
    const times: number[] = []
    try {
      for (const row of rows) {
        const started = performance.now()
        verdicts.push(await classifier.classify(row.prompt))
        times.push(performance.now() - started)
      }
    } finally {
      await classifier.dispose()
    }
    const labelled = rows.flatMap((row, i) => row.label != null ? [{ row, verdict: verdicts[i] }] : [])
    const figures: SafetyFigures | undefined = labelled.length > 0
      ? evaluateVerdicts(labelled.map(l => l.row.label as 'safe' | 'unsafe'), labelled.map(l => l.verdict))
      : undefined

    if (values.json === true) {
      rows.forEach((row, i) => { console.log(JSON.stringify({ id: row.id, ...verdicts[i], ...(row.label != null ? { label: row.label } : {}) })) })
    } else {
      console.log(table(['id', 'category', 'score', 'flagged', 'label', 'prompt'], rows.map((row, i) => [
        row.id, verdicts[i].category, verdicts[i].score.toFixed(3), verdicts[i].flagged ? 'yes' : 'no', row.label ?? '',
        row.prompt.length > 60 ? `${row.prompt.slice(0, 59)}…` : row.prompt
      ])))
      console.log(`\n${rows.length} prompts judged by ${classifier.name}, median ${median(times).toFixed(3)} ms per prompt`)
      if (classifier instanceof BuiltinClassifier && figures != null) {
        // the built-in weights were trained on most of the development sets: say so, and give
        // the figures on the rows they never saw, and on the locked fold apart
        const unseen = labelled.filter(l => !classifier.trainedOn.has(l.row.id))
        if (unseen.length < labelled.length) {
          const held = evaluateVerdicts(unseen.map(l => l.row.label as 'safe' | 'unsafe'), unseen.map(l => l.verdict))
          console.log(`${labelled.length - unseen.length} of these rows were in the classifier's training data; on the other ${held.n}: ` +
            `recall ${format(held.recall)}, false-flag rate ${format(held.falseFlagRate)}, precision ${format(held.precision)}`)
        }
        const locked = labelled.filter(l => classifier.locked.has(l.row.id))
        if (locked.length > 0) {
          const scored = evaluateVerdicts(locked.map(l => l.row.label as 'safe' | 'unsafe'), locked.map(l => l.verdict))
          console.log(`${locked.length} rows are the classifier's locked fold (never trained on; tuning on them spends it): ` +
            `recall ${format(scored.recall)}, false-flag rate ${format(scored.falseFlagRate)}, precision ${format(scored.precision)}`)
        }
      }
      if (figures != null) console.log(`recall ${format(figures.recall)}, false-flag rate ${format(figures.falseFlagRate)}, precision ${format(figures.precision)} over ${figures.n} labelled rows`)
    }
    if (figures != null) console.log(JSON.stringify(figures))
  }
}
