// Fits the routing thresholds on the development workload, never on the held-out one.
//   node test/bench/fit-thresholds.mjs [--api URL] [--workload FILE] [--max-share 0.25]
// Needs a running swarm of the three study edge models and the cloud stand-in (as `pnpm demo`
// starts one; the cloud holder should run with a high --cloud-max-per-minute). It asks every
// model every query by name through the coordinator at --api, then replays the policy offline
// over a grid of τ_local, τ_swarm and vote caps, with each edge model as coordinator in turn.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { isCorrect, loadWorkload, tally } from '@swarm-llm/daemon'

const { values } = parseArgs({ options: { api: { type: 'string', default: 'http://127.0.0.1:7701' }, workload: { type: 'string', default: 'models/study/workload.jsonl' }, 'max-share': { type: 'string', default: '0.25' }, data: { type: 'string' } } })
const edges = ['study-edge-a', 'study-edge-b', 'study-edge-c']
const cloud = 'study-cloud'

async function ask (model, prompt) {
  const res = await fetch(values.api + '/v1/chat/completions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model, messages: [{ role: 'user', content: prompt }], max_tokens: 32 }) })
  const body = await res.json()
  if (!res.ok) throw new Error(`${model}: ${body.error?.message}`)
  return { text: body.choices[0].message.content, confidence: body.swarm_receipt.confidence }
}

const data = values.data != null ? JSON.parse(readFileSync(values.data, 'utf8')) : []
if (values.data == null) {
  for (const row of await loadWorkload(values.workload)) {
    const answers = {}
    for (const model of [...edges, cloud]) answers[model] = await ask(model, row.prompt)
    data.push({ row, answers })
  }
}

function replay (coordinator, tauLocal, tauSwarm, maxVoteWeight) {
  let right = 0; let toCloud = 0; let hard = 0; let hardRight = 0
  for (const { row, answers } of data) {
    let text = answers[coordinator].text
    if (answers[coordinator].confidence < tauLocal) {
      const t = tally(edges.map(m => ({ node: m, model: m, text: answers[m].text, confidence: answers[m].confidence })), { maxVoteWeight })
      if (t.best != null && t.confidence >= tauSwarm) text = t.best.text
      else { text = answers[cloud].text; toCloud++ }
    }
    const ok = isCorrect(row, text)
    right += ok ? 1 : 0
    if (row.category === 'hard') { hard++; hardRight += ok ? 1 : 0 }
  }
  return { accuracy: right / data.length, hardAccuracy: hardRight / hard, cloudShare: toCloud / data.length }
}

const alone = model => data.filter(d => isCorrect(d.row, d.answers[model].text)).length / data.length
console.log(`alone on ${data.length} rows: ${[...edges, cloud].map(m => `${m} ${alone(m).toFixed(3)}`).join(', ')}`)
const grid = []
for (const tauLocal of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]) {
  for (const tauSwarm of [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]) {
    for (const maxVoteWeight of [0.6, 0.75, 0.9]) {
      const runs = edges.map(c => replay(c, tauLocal, tauSwarm, maxVoteWeight))
      const mean = key => runs.reduce((sum, r) => sum + r[key], 0) / runs.length
      grid.push({ tauLocal, tauSwarm, maxVoteWeight, accuracy: mean('accuracy'), hardAccuracy: mean('hardAccuracy'), cloudShare: mean('cloudShare') })
    }
  }
}
if (process.env.SHOW != null) for (const g of grid.filter(g => g.maxVoteWeight === 0.9 && [0.05, 0.1, 0.2].includes(g.tauSwarm))) console.log(JSON.stringify(g))
const best = grid.filter(g => g.cloudShare <= Number(values['max-share'])).sort((a, b) => b.accuracy - a.accuracy || a.cloudShare - b.cloudShare).slice(0, 5)
for (const g of best) console.log(JSON.stringify(g))
