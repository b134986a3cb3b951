// Evaluates the study models through node-llama-cpp on a workload: accuracy per category and
// kind on seen and unseen phrasings, how well the answer's token probabilities separate right
// from wrong (AUROC), a confidence histogram, and across the edges how often one or more is
// right; writes the model cards. Not a test: it measures. A reasoning model's thought is kept
// out of its answer and out of its confidence, as the daemon does.
//   node test/bench/evaluate-models.mjs [--next] [--workload FILE] [--models a,b,...] [--max-tokens N] [--models-dir DIR]
// --next evaluates the models of the current recipe in models/study/next/ (and writes its cards
// there) rather than the shipped ones; --models-dir reads the GGUF files from elsewhere (a model
// exported mid-training with `train.py NAME --export --out-dir DIR`); --answers FILE writes every
// model's answer to every row as JSON lines, for a closer look.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { auroc, isCorrect, loadWorkload, LocalBackend, normalise, uncertaintyOf } from '@swarm-llm/daemon'

const root = fileURLToPath(new URL('../../', import.meta.url))
const { values: args } = parseArgs({
  options: { next: { type: 'boolean', default: false }, write: { type: 'boolean', default: false }, workload: { type: 'string' }, models: { type: 'string' }, 'max-tokens': { type: 'string', default: '64' }, 'models-dir': { type: 'string' }, answers: { type: 'string' } }
})
const study = `${root}models/study/${args.next ? 'next/' : ''}`
const modelsDir = args['models-dir'] != null ? `${args['models-dir'].replace(/\/$/, '')}/` : args.next ? study : `${root}models/`
const workloadPath = args.workload ?? `${study}heldout.jsonl`
const names = (args.models ?? 'study-edge-a,study-edge-b,study-edge-c,study-cloud').split(',')
const maxTokens = Number(args['max-tokens'])
const categories = ['easy', 'hard', 'safety']
const rows = await loadWorkload(workloadPath)
// node-llama-cpp's default system prompt (its config.js; not exported), which LlamaChatSession sends
const defaultChatSystemPrompt = 'You are a helpful, respectful and honest assistant. Always answer as helpfully as possible.\n' +
  'If a question does not make any sense, or is not factually coherent, explain why instead of answering something incorrectly. ' +
  "If you don't know the answer to a question, don't share false information."
const fmt = x => x == null || Number.isNaN(x) ? 'n/a' : x.toFixed(3)
const share = subset => subset.length === 0 ? NaN : subset.filter(a => a.correct).length / subset.length
const aurocOf = subset => auroc(subset.map(a => a.minProb), subset.map(a => a.correct))
const PHRASINGS = ['seen', 'unseen']

function summarise (answers) {
  const by = (key, value) => answers.filter(a => a[key] === value)
  const table = {}
  for (const group of [...categories, 'pooled']) {
    const subset = group === 'pooled' ? answers : by('category', group)
    table[group] = {
      accuracy: share(subset),
      ...Object.fromEntries(PHRASINGS.map(p => [p, share(subset.filter(a => a.phrasing === p))])),
      auroc: aurocOf(subset),
      ...Object.fromEntries(PHRASINGS.map(p => [`auroc_${p}`, aurocOf(subset.filter(a => a.phrasing === p))]))
    }
  }
  const kinds = {}
  for (const kind of [...new Set(answers.map(a => a.kind))].sort()) {
    const subset = by('kind', kind)
    kinds[kind] = { n: subset.length, accuracy: share(subset), ...Object.fromEntries(PHRASINGS.map(p => [p, share(subset.filter(a => a.phrasing === p))])) }
  }
  const histogram = Array.from({ length: 10 }, (_, i) => answers.filter(a => Math.min(9, Math.floor(a.minProb * 10)) === i).length)
  return { table, kinds, histogram, retention: table.pooled.unseen / table.pooled.seen }
}

const results = {}
for (const name of names) {
  const backend = await LocalBackend.load({ modelPath: `${modelsDir}${name}.gguf`, threads: 1 })
  const started = performance.now()
  let tokens = 0
  let reasoningTokens = 0
  const answers = []
  for (const row of rows) {
    const result = await backend.generate({ messages: [{ role: 'user', content: row.prompt }], maxTokens })
    tokens += result.completionTokens
    reasoningTokens += result.reasoningTokens ?? 0
    const u = uncertaintyOf(result.tokens)
    answers.push({ id: row.id, category: row.category, kind: row.kind ?? 'all', phrasing: row.phrasing ?? 'seen', knownBy: row.knownBy, reply: result.text, correct: isCorrect(row, result.text), meanProb: Math.exp(u.meanLogprob), minProb: u.minTokenProb })
  }
  const seconds = (performance.now() - started) / 1000
  // the same queries under node-llama-cpp's own default system prompt, as LlamaChatSession sends it
  let rightWithSystem = 0
  for (const row of rows) {
    const result = await backend.generate({ messages: [{ role: 'system', content: defaultChatSystemPrompt }, { role: 'user', content: row.prompt }], maxTokens })
    if (isCorrect(row, result.text)) rightWithSystem++
  }
  await backend.dispose()
  const summary = { parameters: backend.info.parameterCount, tokensPerSecond: tokens / seconds, reasoningTokensPerQuery: reasoningTokens / rows.length, ...summarise(answers), pooledAccuracyWithDefaultSystemPrompt: rightWithSystem / rows.length }
  results[name] = { summary, answers }
  console.log(`${name}: ${summary.parameters} params, ${summary.tokensPerSecond.toFixed(0)} tok/s (1 thread), ${summary.reasoningTokensPerQuery.toFixed(1)} thought tokens a query`)
  for (const group of [...categories, 'pooled']) {
    const t = summary.table[group]
    console.log(`  ${group.padEnd(7)} accuracy ${fmt(t.accuracy)} (seen ${fmt(t.seen)}, unseen ${fmt(t.unseen)})  AUROC ${fmt(t.auroc)} (seen ${fmt(t.auroc_seen)}, unseen ${fmt(t.auroc_unseen)})`)
  }
  console.log(`  kinds: ${Object.entries(summary.kinds).map(([k, v]) => `${k} ${fmt(v.accuracy)}`).join(', ')}`)
  console.log(`  with node-llama-cpp's default system prompt: pooled ${fmt(summary.pooledAccuracyWithDefaultSystemPrompt)}`)
}

if (args.answers != null) writeFileSync(args.answers, names.flatMap(n => results[n].answers.map(a => JSON.stringify({ model: n, ...a }))).join('\n') + '\n')

// How the edge models overlap on hard queries.
const edges = names.filter(n => n !== 'study-cloud')
const hard = rows.map((row, i) => ({ row, i })).filter(({ row }) => row.category === 'hard')
const rightCount = i => edges.filter(n => results[n].answers[i].correct).length
const swarm = edges.length < 2 ? null : {
  hardQueries: hard.length,
  edgeDisagreementShare: hard.filter(({ i }) => new Set(edges.map(n => normalise(results[n].answers[i].reply))).size > 1).length / hard.length,
  anyEdgeRightShare: hard.filter(({ i }) => rightCount(i) >= 1).length / hard.length,
  exactlyOneEdgeRightShare: hard.filter(({ i }) => rightCount(i) === 1).length / hard.length,
  bestEdgeHardAccuracy: Math.max(...edges.map(n => results[n].summary.table.hard.accuracy)),
  cloudHardAccuracy: results['study-cloud']?.summary.table.hard.accuracy ?? null
}
if (swarm != null) {
  console.log(`hard queries: the edges disagree on ${(100 * swarm.edgeDisagreementShare).toFixed(1)}%; at least one is right on ${(100 * swarm.anyEdgeRightShare).toFixed(1)}%, exactly one on ${(100 * swarm.exactlyOneEdgeRightShare).toFixed(1)}%`)
  if (swarm.cloudHardAccuracy != null) console.log(`cloud stand-in on hard: ${(100 * swarm.cloudHardAccuracy).toFixed(1)}% vs best edge ${(100 * swarm.bestEdgeHardAccuracy).toFixed(1)}%`)
}

const file = workloadPath.split('/').pop()
// the cards and the evaluation file are tracked: rewrite them only when asked to
if (!args.write) {
  console.log('\n(measured only; --write updates the model cards and artifacts/eval-*.json)')
  process.exit(0)
}
mkdirSync(`${study}cards`, { recursive: true })
mkdirSync(`${study}artifacts`, { recursive: true })
writeFileSync(`${study}artifacts/eval-${file.replace('.jsonl', '')}.json`,
  JSON.stringify({ workload: file, swarm, models: Object.fromEntries(names.map(n => [n, results[n].summary])) }, null, 1) + '\n')

function card (name) {
  const { training } = JSON.parse(readFileSync(`${study}artifacts/${name}.json`, 'utf8'))
  const s = results[name].summary
  const c = training.config
  const mix = Object.entries(training.mix).map(([k, v]) => `${Math.round(100 * v)}% ${k}`).join(', ')
  const tableRow = group => { const t = s.table[group]; return `| ${group} | ${fmt(t.accuracy)} | ${fmt(t.seen)} | ${fmt(t.unseen)} | ${fmt(t.auroc)} | ${fmt(t.auroc_seen)} | ${fmt(t.auroc_unseen)} |` }
  const kindRow = ([kind, k]) => `| ${kind} | ${k.n} | ${fmt(k.accuracy)} | ${fmt(k.seen)} | ${fmt(k.unseen)} |`
  const peak = Math.max(...s.histogram)
  const bar = n => '#'.repeat(Math.round(30 * n / Math.max(1, peak)))
  return `# ${name}

A tiny study model of swarm-llm, trained from scratch by \`models/study/train.py\`. Not a general
language model: it knows only the study domain (graded arithmetic, a fictional knowledge base,
safety prompts, each asked in many phrasings). See \`models/study/README.md\`.${training.think ? `

A **reasoning model**: it thinks in a \`<think>…</think>\` segment (two special tokens) before it
answers: arithmetic in a fixed-width, lowest-digit-first scratchpad, other questions restated in a
canonical form. The daemon sends the thought as \`reasoning_content\` and weighs the answer alone.` : ''}

## Architecture
llama decoder (RMSNorm, rotary embeddings in llama.cpp's NORM convention, SwiGLU, no biases):
${c.layers} layers, width ${c.dim}, ${c.heads} heads, feed-forward ${c.ffn}, context ${c.context}, vocabulary ${c.vocab}
(character-level SPM with 256 byte tokens${training.think ? ' and the two thought tags' : ''}). **${training.parameters} parameters**, F32 weights.

## Training
${training.steps} steps of ${training.batch} chats, AdamW (peak lr ${training.lr}, ${training.warmup} warm-up steps, constant, then a linear
decay over the last ${Math.round(100 * training.decay_share)}% of the steps), loss on the reply only; ${training.system_share > 0 ? `${Math.round(100 * training.system_share_early)}% of the batches in the first half and ${Math.round(100 * training.system_share)}% in the second
carry a system message (a third of them node-llama-cpp's default one)` : 'no system messages'}. Final loss ${training.final_loss}.
Data mix (per chat): ${mix}.${c.mix_late != null ? ` From step ${c.mix_late[0]}: ${Object.entries(c.mix_late[1]).map(([k, v]) => `${Math.round(100 * v)}% ${k}`).join(', ')}.` : ''}${c.restart != null ? ` At step ${c.restart[0]} a second cycle starts at lr ${c.restart[1]} and decays linearly to a tenth of it.` : ''}${c.curriculum ? ' Curriculum: add and subtract operands start short and reach full width, and multi-step expressions grow from 15% to 35% of the hard arithmetic, over the first half of training.' : ''}
${training.train_seconds} s of training in all (${Math.round(training.train_seconds / 360) / 10} h, ${training.pieces.length} resumable piece(s)) on ${training.threads} CPU thread(s), torch ${training.torch}.

## Measured on ${file} (${rows.length} queries, ${rows.filter(r => r.phrasing === 'unseen').length} in phrasings never seen in training), greedy, through node-llama-cpp
| | accuracy | seen | unseen | AUROC | AUROC seen | AUROC unseen |
| --- | --- | --- | --- | --- | --- | --- |
${[...categories, 'pooled'].map(tableRow).join('\n')}

AUROC: the answer's minimum token probability, right against wrong. On unseen phrasings the model keeps ${(100 * s.retention).toFixed(0)}% of its accuracy on seen ones.
With node-llama-cpp's default system prompt (what \`LlamaChatSession\` sends), pooled accuracy is ${fmt(s.pooledAccuracyWithDefaultSystemPrompt)} (${fmt(s.table.pooled.accuracy)} with none).

| kind | queries | accuracy | seen | unseen |
| --- | --- | --- | --- | --- |
${Object.entries(s.kinds).map(kindRow).join('\n')}

Confidence (minimum token probability of the answer), queries per tenth:
\`\`\`
${s.histogram.map((n, i) => `${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)} ${String(n).padStart(4)} ${bar(n)}`).join('\n')}
\`\`\`
${swarm != null ? `
Across the three edges, on hard queries: at least one is right on ${fmt(swarm.anyEdgeRightShare)}, exactly one on ${fmt(swarm.exactlyOneEdgeRightShare)}; they disagree on ${fmt(swarm.edgeDisagreementShare)}.` : ''}
Generation speed: ${s.tokensPerSecond.toFixed(0)} tokens/s on one CPU thread (includes prompt evaluation)${training.think ? `; ${s.reasoningTokensPerQuery.toFixed(1)} thought tokens a query` : ''}.
Reproduce: \`pnpm build && node test/bench/evaluate-models.mjs --write${args.next ? ' --next' : ''}\`.
`
}
for (const name of names) writeFileSync(`${study}cards/${name}.md`, card(name))
