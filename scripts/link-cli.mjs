// Puts `swarm-llm` on the PATH without `pnpm setup`: a symlink to the built CLI in
// ~/.local/bin (or $SWARM_LLM_BIN_DIR). Run with `pnpm link:cli` after `pnpm build`.
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('../packages/cli/dist/cli.js', import.meta.url))
if (!existsSync(cli)) { console.error('build first: pnpm build'); process.exit(1) }
const dir = process.env.SWARM_LLM_BIN_DIR ?? join(homedir(), '.local', 'bin')
const link = join(dir, 'swarm-llm')
mkdirSync(dir, { recursive: true })
rmSync(link, { force: true })
symlinkSync(cli, link)
chmodSync(cli, 0o755)
console.log(`linked ${link} -> ${cli}`)
if (!(process.env.PATH ?? '').split(delimiter).includes(dir)) {
  console.log(`${dir} is not on your PATH; add it, e.g.: echo 'export PATH="${dir}:$PATH"' >> ~/.bashrc`)
}
