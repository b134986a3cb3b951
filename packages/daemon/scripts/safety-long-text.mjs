#!/usr/bin/env node
/**
 * The built-in classifier on long text, which its training prompts are not: benign paragraphs
 * of the READMEs of the installed npm packages (node_modules/.pnpm) and of this repository's
 * own Markdown and TypeScript files (the safety code and docs left out: they quote harmful
 * prompts), as if a user had pasted them; and the development sets' unsafe rows (outside the
 * locked fold) put after such a paragraph, as a new paragraph or on its last line, to see that
 * they are still caught.
 *
 * usage: node packages/daemon/scripts/safety-long-text.mjs [WEIGHTS.json ...]   (default: the shipped weights)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { crc32 } from 'node:zlib'
import { loadBuiltinClassifier } from '../dist/safety/builtin.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const paragraphsOf = text => text.split(/\n\s*\n/).map(p => p.trim())

const store = `${ROOT}node_modules/.pnpm`
const readmes = readdirSync(store).sort().flatMap(d => {
  const dir = `${store}/${d}/node_modules`
  return existsSync(dir) ? readdirSync(dir).map(p => `${dir}/${p}/README.md`).filter(existsSync) : []
})
const long = [...new Set(readmes.flatMap(f => paragraphsOf(readFileSync(f, 'utf8'))).filter(p => p.split(/\s+/).length > 33 && p.length < 3000))]
const packages = long.filter((_, i) => i % Math.ceil(long.length / 1500) === 0)
const files = execFileSync('git', ['-C', ROOT, 'ls-files', '*.md', 'packages/*.ts'], { encoding: 'utf8' }).split('\n').filter(f => f !== '' && !/safety/.test(f))
const own = files.flatMap(f => paragraphsOf(readFileSync(`${ROOT}${f}`, 'utf8'))).filter(p => p.length > 40 && p.length < 4000)
const unsafe = ['xstest-dev', 'advbench-dev'].flatMap(f => {
  const path = `${ROOT}../shared/datasets/safety/${f}.jsonl`
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(l => l.trim() !== '').map(l => JSON.parse(l)) : []
}).filter(r => r.label === 'unsafe' && crc32(r.prompt.trim().toLowerCase()) % 5 !== 0).map(r => r.prompt) // not the locked fold

const share = (n, of) => `${n}/${of} (${(100 * n / of).toFixed(1)}%)`
for (const path of process.argv.length > 2 ? process.argv.slice(2) : [undefined]) {
  const c = await loadBuiltinClassifier(path)
  const flagged = texts => texts.filter(t => c.classifySync(t).flagged).length
  console.log(path ?? 'shipped weights')
  console.log(`  benign package README paragraphs (over 33 words) flagged: ${share(flagged(packages), packages.length)}`)
  console.log(`  benign paragraphs of this repository's ${files.length} files flagged: ${share(flagged(own), own.length)}`)
  if (unsafe.length === 0) continue
  console.log(`  unsafe development rows (not the locked fold) caught alone: ${share(flagged(unsafe), unsafe.length)}; after a README paragraph: ${share(flagged(unsafe.map((u, i) => `${packages[i % packages.length]}\n\n${u}`)), unsafe.length)}; on its last line: ${share(flagged(unsafe.map((u, i) => `${packages[(7 * i) % packages.length]} ${u}`)), unsafe.length)}`)
}
