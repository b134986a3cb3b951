import { basename } from 'node:path'
import type { Command } from '../command.js'
import { UsageError } from '../command.js'
import { MODEL_OPTIONS, resolveModelOnly } from '../config.js'
import { reachableTauLocal } from '../doctor.js'
import { printJson } from '../output.js'

/** Mean squared error of confidence against correctness: lower is better calibrated. */
function brier (confidences: number[], correct: boolean[]): number {
  return confidences.reduce((sum, c, i) => sum + (c - (correct[i] ? 1 : 0)) ** 2, 0) / confidences.length
}

export const calibrate: Command = {
  name: 'calibrate',
  summary: "fit a model's confidence calibration on labelled queries and store it beside the model",
  usage: 'swarm-llm calibrate --workload FILE --model FILE [--threads N] [--json]',
  options: { workload: { type: 'string' }, ...MODEL_OPTIONS, json: { type: 'boolean', default: false } },
  async run (values) {
    const { auroc, confidenceCeiling, confidenceOf, DEFAULT_TAU_LOCAL, fitCalibration, isCorrect, loadWorkload, LocalBackend, saveCalibration, uncertaintyOf } = await import('@swarm-llm/daemon')
    const config = resolveModelOnly(values, process.env, {})
    if (typeof values.workload !== 'string') throw new UsageError('calibrate needs --workload FILE (JSONL rows with answers)')
    if (config.model == null) throw new UsageError('calibrate needs --model FILE')
    const rows = await loadWorkload(values.workload)
    const backend = await LocalBackend.load({ modelPath: config.model, threads: config.threads })
    const samples = []
    try {
      for (const [i, row] of rows.entries()) {
        const result = await backend.generate({ messages: [{ role: 'user', content: row.prompt }], maxTokens: 64 })
        samples.push({ figures: uncertaintyOf(result.tokens), correct: isCorrect(row, result.text) })
        if (values.json !== true && process.stderr.isTTY === true) process.stderr.write(`\r${i + 1}/${rows.length}`)
      }
    } finally {
      await backend.dispose()
    }
    if (values.json !== true && process.stderr.isTTY === true) process.stderr.write('\n')
    const correct = samples.map(s => s.correct)
    const accuracy = correct.filter(Boolean).length / samples.length
    const calibration = { ...fitCalibration(samples), fittedOn: { workload: basename(values.workload), rows: rows.length, accuracy, date: new Date().toISOString() } }
    const before = samples.map(s => confidenceOf(s.figures))
    const after = samples.map(s => confidenceOf(s.figures, calibration))
    const path = await saveCalibration(config.model, calibration)
    const report = {
      path,
      rows: rows.length,
      accuracy,
      default: { auroc: auroc(before, correct), brier: brier(before, correct) },
      calibrated: { auroc: auroc(after, correct), brier: brier(after, correct) },
      weights: calibration.weights,
      ceiling: confidenceCeiling(calibration)
    }
    if (values.json === true) return printJson(report)
    console.log(`calibrated on ${rows.length} queries (accuracy ${(100 * accuracy).toFixed(1)}%); wrote ${path}`)
    console.log(`  default confidence:    AUROC ${report.default.auroc.toFixed(3)}, Brier ${report.default.brier.toFixed(3)}`)
    console.log(`  calibrated confidence: AUROC ${report.calibrated.auroc.toFixed(3)}, Brier ${report.calibrated.brier.toFixed(3)}`)
    console.log(`  confidence of a fully certain answer: ${report.ceiling.toFixed(3)}` +
      (report.ceiling < DEFAULT_TAU_LOCAL ? ` (below the default τ_local ${DEFAULT_TAU_LOCAL}: with it, this model answers nothing alone; set --tau-local at most ${reachableTauLocal(report.ceiling)})` : ''))
  }
}
