// The direct side of daemon-throughput.mjs: node-llama-cpp through LocalBackend in its own process,
// as the daemon's model runs in its own, so neither shares a heap (or a garbage collector) with
// the process that measures. Each request is timed here, from the call to the last token.
import { LocalBackend } from '@swarm-llm/daemon'

const [modelPath, threads] = process.argv.slice(2)
const backend = await LocalBackend.load({ modelPath, threads: Number(threads) })
process.on('message', async message => {
  if (message.type === 'stop') { await backend.dispose(); process.exit(0) }
  const start = performance.now()
  let first = 0
  const result = await backend.generate(message.request, { onText: () => { first ||= performance.now() } })
  process.send({ tokens: result.completionTokens, start, first, end: performance.now() })
})
// the bench may exit without a word (no candidate prompt, a crash): go with it
process.on('disconnect', () => process.exit(0))
process.send({ type: 'ready' })
