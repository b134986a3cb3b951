// Tokens/s of a study model served through the daemon's OpenAI API against direct node-llama-cpp,
// and the daemon's extra time to first token, measured in the same run, alternating the two.
// Each side runs in its own process (direct-worker.mjs, `swarm-llm serve`); this one only drives
// and times, so the daemon's client never shares a heap or a garbage collector with either model.
// Not a test: it measures.
//   node test/bench/daemon-throughput.mjs [model=study-edge-a] [rounds=15] [threads=1]
import { fork, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import OpenAI from 'openai'

const root = fileURLToPath(new URL('../../', import.meta.url))
const [name = 'study-edge-a', roundsArg = '15', threads = '1'] = process.argv.slice(2)
const rounds = Number(roundsArg)
const modelPath = `${root}models/${name}.gguf`
// Prompts that can send a study model rambling to the token limit; the first that does is used,
// so every run makes the same 256 tokens.
const CANDIDATES = ['zq'.repeat(100), 'x'.repeat(200), '1 '.repeat(100), 'kalomi '.repeat(30), 'What is ' + '9 + '.repeat(40) + '9?', '?'.repeat(150)]
let request
const WARM_UP_ROUNDS = 8
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] }

const server = spawn(process.execPath, [`${root}packages/cli/dist/cli.js`, 'serve', '--json', '--model', modelPath, '--api-port', '0', '--threads', threads], { stdio: ['ignore', 'pipe', 'inherit'] })
const api = await new Promise(resolve => createInterface({ input: server.stdout }).on('line', line => { try { const e = JSON.parse(line); if (e.event === 'started') resolve(e.api) } catch {} }))
const client = new OpenAI({ baseURL: `${api}/v1`, apiKey: 'unused' })
const direct = fork(fileURLToPath(new URL('direct-worker.mjs', import.meta.url)), [modelPath, threads])
await new Promise(resolve => direct.once('message', resolve))
const generateDirect = () => new Promise(resolve => { direct.once('message', resolve); direct.send({ request }) })

async function viaDirect () {
  const { tokens, start, first, end } = await generateDirect()
  return measured(tokens, start, first, end)
}

async function viaDaemon () {
  const start = performance.now()
  let first = 0
  let tokens = 0
  const stream = await client.chat.completions.create({ model: name, messages: request.messages, max_tokens: request.maxTokens, stream: true })
  for await (const chunk of stream) {
    if (chunk.choices[0]?.delta?.content) first ||= performance.now()
    if (chunk.usage != null) tokens = chunk.usage.completion_tokens
  }
  const end = performance.now()
  return measured(tokens, start, first, end)
}

// end to end: from the request to the last token; decode: from the first token to the last
function measured (tokens, start, first, end) {
  return { tokens, ttft: first - start, tokensPerSecond: tokens / ((end - start) / 1000), decodeTokensPerSecond: (tokens - 1) / ((end - first) / 1000) }
}

for (const content of CANDIDATES) {
  request = { messages: [{ role: 'user', content }], maxTokens: 256 }
  if ((await generateDirect()).tokens === request.maxTokens) break
  request = undefined
}
if (request == null) { console.log(`${name}: no candidate prompt makes 256 tokens; nothing measured`); server.kill(); direct.send({ type: 'stop' }); process.exit(1) }
// Both sides speed up over their first several runs (compilation, caches): warm them up first.
for (let i = 0; i < WARM_UP_ROUNDS; i++) { await viaDirect(); await viaDaemon() }
const results = { direct: [], daemon: [] }
for (let i = 0; i < rounds; i++) {
  results.direct.push(await viaDirect())
  results.daemon.push(await viaDaemon())
}
const summary = kind => ({
  tokensPerSecond: median(results[kind].map(r => r.tokensPerSecond)),
  decodeTokensPerSecond: median(results[kind].map(r => r.decodeTokensPerSecond)),
  ttftMs: median(results[kind].map(r => r.ttft)),
  tokens: results[kind][0].tokens
})
const d = summary('direct')
const s = summary('daemon')
const line = x => `${x.tokensPerSecond.toFixed(0)} tokens/s end to end, ${x.decodeTokensPerSecond.toFixed(0)} tokens/s decoding, first token after ${x.ttftMs.toFixed(1)} ms`
console.log(`${name}, ${threads} thread(s), ${rounds} alternating rounds of ${d.tokens} tokens (medians)`)
console.log(`  direct node-llama-cpp: ${line(d)}`)
console.log(`  daemon (HTTP, SSE):    ${line(s)}`)
console.log(`  daemon/direct: end to end ${(s.tokensPerSecond / d.tokensPerSecond).toFixed(3)}, decoding ${(s.decodeTokensPerSecond / d.decodeTokensPerSecond).toFixed(3)}; extra time to first token ${(s.ttftMs - d.ttftMs).toFixed(1)} ms`)
direct.send({ type: 'stop' })
server.kill('SIGTERM')
