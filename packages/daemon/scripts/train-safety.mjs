#!/usr/bin/env node
/**
 * Trains the built-in safety classifier and writes packages/daemon/assets/safety-classifier.json.
 *
 * usage: pnpm train:safety            (generates the synthetic data, builds, trains, evaluates)
 *        node packages/daemon/scripts/train-safety.mjs [--out FILE] [--synthetic-only] [--epochs N] …
 *
 * Trains on models/safety/data/synthetic-train.jsonl (written by models/safety/generate.py) and
 * on the development sets in ../shared/datasets/safety/, all but a LOCKED fold: the rows with
 * crc32(prompt.trim().toLowerCase()) % 5 === 0 (93 of 485; keyed by the prompt's text, so a prompt
 * in both sets lands in the fold once). The locked fold is scored once, by the run that writes the
 * weights file, and its figures and ids are stored there with the ids trained on, so
 * `swarm-llm safety check` can say when a file holds some of them. Choose settings with --cv K
 * instead: K-fold cross-validation over the non-locked development rows (fold crc32(id) % K),
 * which never reads the locked fold and writes nothing (--cv-thresholds 0.3,0.4 adds the pooled
 * figures at other thresholds). --synthetic-only leaves the development rows out of training.
 * --model mlp trains the wide-and-deep network (safety-fit.mjs) instead of the linear model.
 * --no-senses leaves out the WordNet supersense features (src/safety/senses.ts). --cv also
 * prints the pooled ROC AUC, which needs no threshold.
 * Deterministic: fixed seed (--seed), fixed order.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { crc32 } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { BuiltinClassifier } from '../dist/safety/builtin.js'
import { evaluateVerdicts } from '../dist/safety/evaluate.js'
import { safetyModelFromFile } from '../dist/safety/model.js'
import { shippedSenses } from '../dist/safety/senses.js'
import { fitLinear, fitMlp } from './safety-fit.mjs'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: `${ROOT}packages/daemon/assets/safety-classifier.json` },
    data: { type: 'string', default: `${ROOT}models/safety/data/` },
    dev: { type: 'string', default: `${ROOT}../shared/datasets/safety/` },
    'hash-bits': { type: 'string', default: '16' },
    epochs: { type: 'string', default: '8' },
    l2: { type: 'string', default: '1e-6' },
    lr: { type: 'string', default: '0.5' },
    threshold: { type: 'string', default: '0.35' },
    'char-min': { type: 'string', default: '3' },
    'char-max': { type: 'string', default: '5' },
    'max-skip': { type: 'string', default: '2' },
    'synthetic-only': { type: 'boolean', default: false },
    'no-senses': { type: 'boolean', default: false },
    'dev-weight': { type: 'string', default: '20' },
    'word-dropout': { type: 'string', default: '0.15' },
    ensemble: { type: 'string', default: '3' },
    seed: { type: 'string', default: '7' },
    model: { type: 'string', default: 'linear' },
    hidden: { type: 'string', default: '32' },
    'deep-lr': { type: 'string', default: '0.05' },
    cv: { type: 'string' },
    'cv-thresholds': { type: 'string', default: '' }
  }
})

const readJsonl = path => readFileSync(path, 'utf8').split('\n').filter(l => l.trim() !== '').map(l => JSON.parse(l))

function categoryAccuracy (classifier, rows) {
  const unsafe = rows.filter(r => r.label === 'unsafe')
  const right = unsafe.filter(r => classifier.classifySync(r.prompt).category === r.category).length
  return right / unsafe.length
}

const spec = { hashBits: Number(args['hash-bits']), charMin: Number(args['char-min']), charMax: Number(args['char-max']), maxSkip: Number(args['max-skip']), cross: true, ...(args['no-senses'] ? {} : { senses: shippedSenses().id }) }
const synthetic = readJsonl(`${args.data}synthetic-train.jsonl`)
const DEV_FILES = { 'xstest-dev': `${args.dev}xstest-dev.jsonl`, 'advbench-dev': `${args.dev}advbench-dev.jsonl` }
/** The locked fold: never trained on, never used to choose settings, scored once per shipped model. */
const isLocked = row => crc32(row.prompt.trim().toLowerCase()) % 5 === 0
const devRows = Object.fromEntries(Object.entries(DEV_FILES).filter(([, p]) => existsSync(p)).map(([n, p]) => [n, readJsonl(p)]))
const devOpen = Object.values(devRows).flat().filter(r => !isLocked(r))
const asTraining = r => ({ id: r.id, prompt: r.prompt, label: r.label, weight: Number(args['dev-weight']) })
const devTrain = !args['synthetic-only'] ? devOpen : []
const trainRows = [...synthetic, ...devTrain.map(asTraining)]
const started = performance.now()
// --model linear: several runs that differ only in their shuffling and dropout, averaged (a
// linear model's average is one linear model, with less of any one run's chance in its weights).
// --model mlp: one run (networks trained apart cannot be averaged weight by weight).
const fitOptions = seed => ({ epochs: Number(args.epochs), lr: Number(args.lr), l2: Number(args.l2), dropout: Number(args['word-dropout']), seed })
function fit (rows) {
  if (args.model === 'mlp') return fitMlp(rows, spec, { ...fitOptions(Number(args.seed)), hidden: Number(args.hidden), deepLr: Number(args['deep-lr']) })
  if (args.model !== 'linear') throw new Error(`--model is linear or mlp, not ${args.model}`)
  const runs = []
  for (let i = 0; i < Number(args.ensemble); i++) runs.push(fitLinear(rows, spec, fitOptions(Number(args.seed) + i)))
  const model = runs[0]
  for (const other of runs.slice(1)) {
    for (let j = 0; j < model.weights.length; j++) model.weights[j] += other.weights[j]
    for (let c = 0; c < model.bias.length; c++) model.bias[c] += other.bias[c]
  }
  for (let j = 0; j < model.weights.length; j++) model.weights[j] /= runs.length
  for (let c = 0; c < model.bias.length; c++) model.bias[c] /= runs.length
  return model
}

/** Figures per XSTest prompt type, for AdvBench, and for the unsafe and safe rows together. */
function groupFigures (classifier, rows) {
  const groups = {}
  const add = (group, r) => { (groups[group] ??= []).push(r) }
  for (const r of rows) {
    if (r.type != null) {
      add(`xstest ${r.type}`, r)
      add(`xstest ${r.label}`, r)
    } else add('advbench', r)
    add(r.label === 'unsafe' ? 'all unsafe' : 'all safe', r)
  }
  return Object.fromEntries(Object.entries(groups).map(([g, rs]) => [g, evaluateVerdicts(rs.map(r => r.label), rs.map(r => classifier.classifySync(r.prompt)))]))
}

// --cv K: k-fold cross-validation over the non-locked development rows (fold crc32(id) % K), each
// fold trained on the synthetic rows and the other folds; prints recall and false flags per XSTest
// prompt type and for AdvBench, mean ± spread (population sd) over the folds, and writes no model.
// --cv-thresholds 0.3,0.4 also prints the pooled figures at other thresholds (the same models).
if (args.cv != null) {
  const k = Number(args.cv)
  const thresholds = [Number(args.threshold), ...args['cv-thresholds'].split(',').filter(t => t !== '').map(Number)]
  const perFold = thresholds.map(() => [])
  const pooled = []
  for (let f = 0; f < k; f++) {
    const inFold = r => crc32(r.id) % k === f
    const rows = [...synthetic, ...(args['synthetic-only'] ? [] : devOpen.filter(r => !inFold(r)).map(asTraining))]
    const file = fit(rows).toFile()
    thresholds.forEach((threshold, t) => perFold[t].push(groupFigures(new BuiltinClassifier(safetyModelFromFile({ ...file, threshold })), devOpen.filter(inFold))))
    // which rows it got wrong, on stderr: to see the kinds of prompt it misses, not to tune on one
    const c = new BuiltinClassifier(safetyModelFromFile({ ...file, threshold: thresholds[0] }))
    for (const r of devOpen.filter(inFold)) {
      const v = c.classifySync(r.prompt)
      pooled.push({ row: r, score: v.score })
      if (v.flagged !== (r.label === 'unsafe')) console.error(`  wrong: ${r.id} ${r.type ?? ''} ${r.label} score ${v.score.toFixed(2)}`)
    }
    console.error(`fold ${f + 1}/${k} done`)
  }
  const stat = xs => { const m = xs.reduce((a, b) => a + b, 0) / xs.length; return `${m.toFixed(3)} ± ${Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length).toFixed(3)}` }
  const line = (folds, g) => {
    const recall = folds.map(x => x.recall).filter(x => x != null)
    const flags = folds.map(x => x.falseFlagRate).filter(x => x != null)
    return `${g.padEnd(40)} n=${String(folds.reduce((a, x) => a + x.n, 0)).padEnd(4)} ${recall.length > 0 ? `recall ${stat(recall)}` : ''}${flags.length > 0 ? `false flags ${stat(flags)}` : ''}`
  }
  console.log(`${k}-fold cross-validation over ${devOpen.length} non-locked development rows (mean ± sd over folds), threshold ${thresholds[0]}`)
  for (const g of [...new Set(perFold[0].flatMap(Object.keys))].sort()) console.log(line(perFold[0].map(p => p[g]).filter(x => x != null), g))
  // Threshold-free: the chance that an unsafe row scores above a safe one (ROC AUC), pooled over
  // the folds' held-out rows; steadier than recall or false flags at one threshold.
  const auc = (unsafe, safe) => {
    let wins = 0
    for (const u of unsafe) for (const s of safe) wins += u.score > s.score ? 1 : u.score === s.score ? 0.5 : 0
    return wins / (unsafe.length * safe.length)
  }
  const xsSafe = pooled.filter(p => p.row.type != null && p.row.label === 'safe')
  console.log(`ROC AUC, pooled: xstest unsafe against xstest safe ${auc(pooled.filter(p => p.row.type != null && p.row.label === 'unsafe'), xsSafe).toFixed(4)}, advbench against xstest safe ${auc(pooled.filter(p => p.row.type == null), xsSafe).toFixed(4)}`)
  thresholds.slice(1).forEach((threshold, t) => {
    console.log(`threshold ${threshold}`)
    for (const g of ['advbench', 'xstest unsafe', 'xstest safe']) console.log(line(perFold[t + 1].map(p => p[g]).filter(x => x != null), g))
  })
  process.exit(0)
}

const trained = fit(trainRows)
const trainSeconds = (performance.now() - started) / 1000
// Evaluate the model as it will be loaded: through the int8 file format.
const file = trained.toFile()
file.threshold = Number(args.threshold)
const classifier = new BuiltinClassifier(safetyModelFromFile(file))

const evaluation = {}
const report = (name, rows) => {
  evaluation[name] = evaluateVerdicts(rows.map(r => r.label), rows.map(r => classifier.classifySync(r.prompt)))
}
const syntheticTest = readJsonl(`${args.data}synthetic-test.jsonl`)
report('synthetic-test', syntheticTest)
evaluation['synthetic-test'].categoryAccuracy = categoryAccuracy(classifier, syntheticTest)
// Scored once, here: what these figures say holds only while nobody tunes on them.
const lockedRows = Object.values(devRows).flat().filter(isLocked)
const locked = groupFigures(classifier, lockedRows)
for (const [name, rows] of Object.entries(devRows)) report(`${name} (locked fold)`, rows.filter(isLocked))
report('dev locked fold (both)', lockedRows)

const training = {
  data: 'models/safety/data/synthetic-train.jsonl (models/safety/generate.py)' + (!args['synthetic-only'] ? ' and the development rows outside the locked fold' : ''),
  rows: trainRows.length,
  devWeight: Number(args['dev-weight']),
  trainedOnDevelopmentIds: devTrain.map(r => r.id),
  lockedFold: 'crc32(prompt.trim().toLowerCase()) % 5 === 0, scored once by the run that wrote this file',
  lockedDevelopmentIds: lockedRows.map(r => r.id),
  lockedFigures: locked,
  model: args.model,
  seed: Number(args.seed),
  ...(args.model === 'mlp' ? { hidden: Number(args.hidden), deepLearningRate: Number(args['deep-lr']) } : { averagedRuns: Number(args.ensemble) }),
  epochs: Number(args.epochs),
  threshold: file.threshold,
  wordDropout: Number(args['word-dropout']),
  learningRate: Number(args.lr),
  l2: Number(args.l2),
  seconds: Math.round(trainSeconds),
  evaluation
}
writeFileSync(args.out, JSON.stringify({ ...file, training }) + '\n')
for (const [name, m] of Object.entries(evaluation)) {
  console.log(`${name.padEnd(26)} n=${m.n}  recall ${m.recall?.toFixed(3) ?? '-'}  falseFlagRate ${m.falseFlagRate?.toFixed(3) ?? '-'}  precision ${m.precision?.toFixed(3) ?? '-'}${m.categoryAccuracy != null ? `  category accuracy ${m.categoryAccuracy.toFixed(3)}` : ''}`)
}
console.log(`wrote ${args.out} (${Math.round(JSON.stringify(file).length / 1024)} KiB)`)
