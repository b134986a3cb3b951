// Evaluates every shipped study model through node-llama-cpp on a workload, prints accuracy
// per category and how well token probabilities separate right from wrong (AUROC), and
// writes the model cards. Not a test: it measures.
//   node test/bench/evaluate-models.mjs [models/study/heldout.jsonl] [model,model,...]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { auroc, isCorrect, loadWorkload, LocalBackend, normalise, uncertaintyOf } from '@swarm-llm/daemon'

const root = fileURLToPath(new URL('../../', import.meta.url))
const workloadPath = process.argv[2] ?? `${root}models/study/heldout.jsonl`
const names = (process.argv[3] ?? 'study-edge-a,study-edge-b,study-edge-c,study-cloud').split(',')
const categories = ['easy', 'hard', 'safety']
const rows = await loadWorkload(workloadPath)
// node-llama-cpp's default system prompt (its config.js; not exported), which LlamaChatSession sends
const defaultChatSystemPrompt = 'You are a helpful, respectful and honest assistant. Always answer as helpfully as possible.\n' +
  'If a question does not make any sense, or is not factually coherent, explain why instead of answering something incorrectly. ' +
  "If you don't know the answer to a question, don't share false information."
const fmt = x => Number.isNaN(x) ? 'n/a' : x.toFixed(3)

const results = {}
for (const name of names) {
  const backend = await LocalBackend.load({ modelPath: `${root}models/${name}.gguf`, threads: 1 })
  const started = performance.now()
  let tokens = 0
  const answers = []
  for (const row of rows) {
    const result = await backend.generate({ messages: [{ role: 'user', content: row.prompt }], maxTokens: 32 })
    tokens += result.completionTokens
    const u = uncertaintyOf(result.tokens)
    answers.push({ id: row.id, category: row.category, reply: result.text, correct: isCorrect(row, result.text), meanProb: Math.exp(u.meanLogprob), minProb: u.minTokenProb, meanEntropy: u.meanEntropy })
  }
  const seconds = (performance.now() - started) / 1000
  // the same queries under node-llama-cpp's own default system prompt, as LlamaChatSession sends it
  let rightWithSystem = 0
  for (const row of rows) {
    const result = await backend.generate({ messages: [{ role: 'system', content: defaultChatSystemPrompt }, { role: 'user', content: row.prompt }], maxTokens: 32 })
    if (isCorrect(row, result.text)) rightWithSystem++
  }
  await backend.dispose()
  const summary = { parameters: backend.info.parameterCount, tokensPerSecond: tokens / seconds, accuracy: {}, aurocMeanProb: {}, aurocMinProb: {}, pooledAccuracyWithDefaultSystemPrompt: rightWithSystem / rows.length }
  for (const category of [...categories, 'pooled']) {
    const subset = category === 'pooled' ? answers : answers.filter(a => a.category === category)
    summary.accuracy[category] = subset.filter(a => a.correct).length / subset.length
    summary.aurocMeanProb[category] = auroc(subset.map(a => a.meanProb), subset.map(a => a.correct))
    summary.aurocMinProb[category] = auroc(subset.map(a => a.minProb), subset.map(a => a.correct))
  }
  // hard queries are half arithmetic, half rare facts: how each half went
  const isArithmetic = id => /^What is [\d(]/.test(rows.find(r => r.id === id).prompt)
  const hard = answers.filter(a => a.category === 'hard')
  const share = subset => subset.filter(a => a.correct).length / subset.length
  summary.hardByKind = { arithmetic: share(hard.filter(a => isArithmetic(a.id))), facts: share(hard.filter(a => !isArithmetic(a.id))) }
  results[name] = { summary, answers }
  console.log(`${name}: ${summary.parameters} params, ${summary.tokensPerSecond.toFixed(0)} tok/s (1 thread)`)
  console.log(`  accuracy   ${[...categories, 'pooled'].map(c => `${c} ${fmt(summary.accuracy[c])}`).join('  ')}`)
  console.log(`  AUROC mean ${[...categories, 'pooled'].map(c => `${c} ${fmt(summary.aurocMeanProb[c])}`).join('  ')}`)
  console.log(`  AUROC min  ${[...categories, 'pooled'].map(c => `${c} ${fmt(summary.aurocMinProb[c])}`).join('  ')}`)
  console.log(`  hard: arithmetic ${fmt(summary.hardByKind.arithmetic)}, rare facts ${fmt(summary.hardByKind.facts)}; pooled accuracy with node-llama-cpp's default system prompt ${fmt(summary.pooledAccuracyWithDefaultSystemPrompt)}`)
}

if (names.length < 4) process.exit(0)
// How the edge models differ on hard queries.
const edges = names.filter(n => n !== 'study-cloud')
const hard = rows.map((row, i) => ({ row, i })).filter(({ row }) => row.category === 'hard')
const disagree = hard.filter(({ i }) => new Set(edges.map(n => normalise(results[n].answers[i].reply))).size > 1).length
const anyEdgeRight = hard.filter(({ i }) => edges.some(n => results[n].answers[i].correct)).length
const bestEdgeHard = Math.max(...edges.map(n => results[n].summary.accuracy.hard))
const swarm = {
  hardQueries: hard.length,
  edgeDisagreementShare: disagree / hard.length,
  anyEdgeRightShare: anyEdgeRight / hard.length,
  bestEdgeHardAccuracy: bestEdgeHard,
  cloudHardAccuracy: results['study-cloud'].summary.accuracy.hard,
  cloudMinusBestEdgeHardPoints: 100 * (results['study-cloud'].summary.accuracy.hard - bestEdgeHard)
}
console.log(`hard queries: the edge models disagree on ${(100 * swarm.edgeDisagreementShare).toFixed(1)}%; at least one is right on ${(100 * swarm.anyEdgeRightShare).toFixed(1)}%`)
console.log(`cloud stand-in on hard: ${(100 * swarm.cloudHardAccuracy).toFixed(1)}% vs best edge ${(100 * bestEdgeHard).toFixed(1)}% (+${swarm.cloudMinusBestEdgeHardPoints.toFixed(1)} points)`)

mkdirSync(`${root}models/study/cards`, { recursive: true })
const file = workloadPath.split('/').pop()
writeFileSync(`${root}models/study/artifacts/eval-${file.replace('.jsonl', '')}.json`,
  JSON.stringify({ workload: file, swarm, models: Object.fromEntries(names.map(n => [n, results[n].summary])) }, null, 1) + '\n')
for (const name of names) {
  const { training } = JSON.parse(readFileSync(`${root}models/study/artifacts/${name}.json`, 'utf8'))
  const s = results[name].summary
  const c = training.config
  const row = (label, values) => `| ${label} | ${[...categories, 'pooled'].map(k => fmt(values[k])).join(' | ')} |`
  writeFileSync(`${root}models/study/cards/${name}.md`, `# ${name}

A tiny study model of swarm-llm, trained from scratch by \`models/study/train.py\`. Not a general
language model: it knows only the study domain (graded arithmetic, a fictional knowledge base,
safety prompts). See \`models/study/README.md\`.

## Architecture
llama decoder (RMSNorm, rotary embeddings in llama.cpp's NORM convention, SwiGLU, no biases):
${c.layers} layers, width ${c.dim}, ${c.heads} heads, feed-forward ${c.ffn}, context ${c.context}, vocabulary ${c.vocab}
(character-level SPM with 256 byte tokens). **${training.parameters} parameters**, F32 weights.

## Training
Stage 1: ${training.steps} steps of ${training.batch} chats, AdamW (lr 3e-3), cosine schedule (final loss ${training.stage1_final_loss}).
Stage 2: ${training.tune_steps} more steps from those weights with a fresh optimiser (lr 1e-3), 60% of the batches carrying
a system message (a third of them node-llama-cpp's default one), so the model tolerates one (final loss ${training.final_loss}).
${training.train_seconds} s in all on ${training.threads} CPU thread(s), torch ${training.torch}.
Data mix (per chat, both stages): 16% one-digit arithmetic, 8% frequent facts, 10% safety prompts, ${Math.round(100 * c.arith_share)}% hard arithmetic${c.arith != null ? ` (70% of it "${c.arith}")` : ' (all kinds alike)'}, ${Math.round(100 * (0.66 - c.arith_share))}% rare facts (${c.shard == null ? 'every rare fact' : `only shard ${c.shard} of 3`}); in stage 1, 10% of batches carry a system message.

## Measured on ${file} (${rows.length} queries), greedy, through node-llama-cpp
| | ${categories.join(' | ')} | pooled |
| --- | --- | --- | --- | --- |
${row('accuracy', s.accuracy)}
${row('AUROC, mean token probability', s.aurocMeanProb)}
${row('AUROC, minimum token probability', s.aurocMinProb)}

With node-llama-cpp's default system prompt (what \`LlamaChatSession\` sends), pooled accuracy is ${fmt(s.pooledAccuracyWithDefaultSystemPrompt)} (${fmt(s.accuracy.pooled)} with none).

Hard queries, by kind: three-digit and multi-step arithmetic ${fmt(s.hardByKind.arithmetic)}, rare facts ${fmt(s.hardByKind.facts)}.

Generation speed: ${s.tokensPerSecond.toFixed(0)} tokens/s on one CPU thread (includes prompt evaluation).
Reproduce: \`pnpm build && node test/bench/evaluate-models.mjs models/study/${file}\`.
`)
}
