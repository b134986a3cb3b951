import { LocalBackend, loadWorkload, isCorrect } from '@swarm-llm/daemon'
const rows = await loadWorkload('models/study/heldout.jsonl')
const b = await LocalBackend.load({ modelPath: process.argv[2], threads: 1 })
const stats = {}
for (const r of rows) {
  const kind = r.category + ':' + (r.prompt.startsWith('What is') && /\d/.test(r.prompt) ? (r.prompt.includes('(') || (r.prompt.match(/[+*-]/g)||[]).length>1 ? 'multi' : r.prompt.includes('+') ? 'add' : r.prompt.includes('-') ? 'sub':'mul') : r.refuse ? 'refuse' : 'fact')
  const out = await b.generate({ messages: [{ role: 'user', content: r.prompt }], maxTokens: 32 })
  const s = stats[kind] ??= [0, 0]
  s[1]++; if (isCorrect(r, out.text)) s[0]++
}
for (const [k, [c, n]] of Object.entries(stats).sort()) console.log(k, c, '/', n, (100*c/n).toFixed(0) + '%')
