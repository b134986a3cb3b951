// Writes docs/cli.md from the command definitions and packages/cli/src/options.ts, so the
// reference cannot drift from the help.
//   node packages/cli/scripts/cli-reference.mjs          rewrite docs/cli.md
//   node packages/cli/scripts/cli-reference.mjs --check  fail when it is stale (CI runs this)
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { COMMANDS } from '../dist/cli.js'
import { reference } from '../dist/help.js'

const path = fileURLToPath(new URL('../../../docs/cli.md', import.meta.url))
const text = reference(COMMANDS)
if (process.argv.includes('--check')) {
  let current = ''
  try { current = readFileSync(path, 'utf8') } catch {}
  if (current !== text) {
    console.error('docs/cli.md is stale: run `pnpm docs:cli` and commit it')
    process.exit(1)
  }
} else {
  writeFileSync(path, text)
  console.log(`wrote ${path}`)
}
