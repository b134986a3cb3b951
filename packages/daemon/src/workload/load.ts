import { readFile } from 'node:fs/promises'
import type { WorkloadRow } from './scoring.js'

const CATEGORIES = new Set(['easy', 'hard', 'safety'])

/** Reads a workload JSONL file, checking every row; throws with the line number of a bad one. */
export async function loadWorkload (path: string): Promise<WorkloadRow[]> {
  const lines = (await readFile(path, 'utf8')).split('\n')
  const rows: WorkloadRow[] = []
  lines.forEach((line, i) => {
    if (line.trim() === '') return
    let row: any
    try {
      row = JSON.parse(line)
    } catch {
      throw new Error(`${path}:${i + 1}: not JSON`)
    }
    const ok = typeof row?.id === 'string' && CATEGORIES.has(row.category) && typeof row.prompt === 'string' &&
      (row.refuse === true ? row.answer === undefined : typeof row.answer === 'string')
    if (!ok) throw new Error(`${path}:${i + 1}: expected {id, category, prompt, answer | refuse: true}`)
    rows.push(row)
  })
  return rows
}
