import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const E2E = fileURLToPath(new URL('../docker/e2e.sh', import.meta.url))
const TOOLS = ['dockerd', 'docker', 'docker-compose', 'debootstrap', 'nsenter', 'ip']
const missing = TOOLS.filter(tool => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
const allowed = process.getuid?.() === 0 && missing.length === 0
if (!allowed) {
  console.warn(`Docker end-to-end test SKIPPED: it must run as root with ${TOOLS.join(', ')}` +
    (missing.length > 0 ? ` (missing: ${missing.join(', ')})` : ''))
}

// docker/e2e.sh: the Compose swarm built and run in Docker (dockerd in a namespace of its own)
describe.skipIf(!allowed)('the Compose swarm in Docker (needs root and docker)', () => {
  it('comes up healthy, answers from two containers, and keeps answering when an edge stops', async () => {
    const child = spawn('bash', [E2E], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (data: Buffer) => { output += data.toString() })
    child.stderr.on('data', (data: Buffer) => { output += data.toString() })
    const code = await new Promise<number | null>(resolve => child.once('exit', resolve))
    console.log(output)
    expect(code, output).toBe(0)
    for (const check of ['three edges found each other by mDNS', 'edge-a asked: ', 'edge-c asked: ', 'the query in flight answered: ',
      'after edge-c stopped, edge-b asked: ', 'after edge-c stopped, edge-a asked: ']) {
      expect(output).toContain(`ok - ${check}`)
    }
    // every answer came with a route
    for (const line of output.split('\n').filter(l => l.includes('asked: ') || l.includes('answered: '))) {
      expect(line).toMatch(/(asked|answered): (local|peers|cloud): /)
    }
  }, 1_500_000)
})
