// Generates src/pb/swarm.js and swarm.d.ts from swarm.proto with protobufjs-cli.
//   node scripts/generate.mjs          regenerate the committed code
//   node scripts/generate.mjs --check  fail when the committed code is stale (CI runs this)
//   node scripts/generate.mjs --copy   copy the committed code into dist/ (the build runs this)
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const pb = join(root, 'src', 'pb')
const files = ['swarm.js', 'swarm.d.ts']

if (process.argv.includes('--copy')) {
  mkdirSync(join(root, 'dist', 'pb'), { recursive: true })
  for (const file of files) copyFileSync(join(pb, file), join(root, 'dist', 'pb', file))
  process.exit(0)
}

const require = createRequire(import.meta.url)
const cli = dirname(require.resolve('protobufjs-cli/package.json'))
const out = process.argv.includes('--check') ? mkdtempSync(join(tmpdir(), 'swarm-pb-')) : pb
const js = join(out, 'swarm.js')
execFileSync(process.execPath, [join(cli, 'bin', 'pbjs'), '-t', 'static-module', '-w', 'es6', '--no-beautify',
  '--no-delimited', '--no-verify', '--no-convert', '--force-number', '-o', js, join(pb, 'swarm.proto')])
// Node's ESM loader needs the file extension and takes the CommonJS module as a default import.
writeFileSync(js, readFileSync(js, 'utf8').replace(
  'import * as $protobuf from "protobufjs/minimal";', 'import $protobuf from "protobufjs/minimal.js";'))
const dts = join(out, 'swarm.d.ts')
execFileSync(process.execPath, [join(cli, 'bin', 'pbts'), '-o', dts, js])
// Numbers are forced (--force-number), so the typings never need Long.
writeFileSync(dts, readFileSync(dts, 'utf8').replace('import Long = require("long");\n', ''))

if (out !== pb) {
  const stale = files.filter(file => readFileSync(join(out, file), 'utf8') !== readFileSync(join(pb, file), 'utf8'))
  if (stale.length > 0) {
    console.error(`generated protocol code is stale: ${stale.join(', ')}; run \`pnpm generate\` and commit`)
    process.exit(1)
  }
  console.log('generated protocol code is up to date')
}
