import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const E2E = fileURLToPath(new URL('../docker/e2e.sh', import.meta.url))
// docker/e2e.sh installs what it lacks (docker.io, docker-compose, debootstrap) but must be root
const allowed = process.getuid?.() === 0
if (!allowed) {
  console.warn('Docker end-to-end test SKIPPED: docker/e2e.sh must run as root, to create a network namespace and run dockerd in it')
}
// The first run builds the base image with debootstrap (about 10 minutes on two loaded cores);
// later runs reuse it. The script gets TERM first, so that it tears the swarm down.
const SCRIPT_LIMIT_MS = 20 * 60_000

// docker/e2e.sh: the Compose swarm built and run in Docker (dockerd in a namespace of its own)
describe.skipIf(!allowed)('the Compose swarm in Docker (needs root)', () => {
  it('comes up healthy, answers from two containers and through the cloud key, and keeps answering when an edge stops', async () => {
    const child = spawn('bash', [E2E], { stdio: ['ignore', 'pipe', 'pipe'], timeout: SCRIPT_LIMIT_MS, killSignal: 'SIGTERM' })
    let output = ''
    child.stdout.on('data', (data: Buffer) => { output += data.toString() })
    child.stderr.on('data', (data: Buffer) => { output += data.toString() })
    const code = await new Promise<number | null>(resolve => child.once('close', resolve))
    console.log(output)
    expect(code, output).toBe(0)
    for (const check of ['the cloud stand-in and three edges are healthy', 'three edges found each other by mDNS', 'edge-a asked: ', 'edge-c asked: ',
      "edge-a reached the cloud through edge-b's key: cloud: ", 'the query in flight answered: ', "edge-a's peer table dropped edge-c",
      'after edge-c stopped, edge-b asked: ', 'after edge-c stopped, edge-a asked: ']) {
      expect(output).toContain(`ok - ${check}`)
    }
    // every answer came back with a route from its receipt
    const answers = output.split('\n').filter(line => line.startsWith('ok - ') && /(asked|answered|key): /.test(line))
    expect(answers).toHaveLength(6)
    for (const line of answers) expect(line).toMatch(/(asked|answered|key): (local|peers|cloud): \S/)
    expect(output).not.toContain('FAIL')
  }, SCRIPT_LIMIT_MS + 60_000)
})
