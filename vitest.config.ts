import { configDefaults, defineConfig } from 'vitest/config'

// Files that start many daemons at once run alone, after the rest, so that they do not starve
// the other files (or each other) of the machine's two cores.
const ALONE = ['test/large-swarm.test.ts', 'test/large-swarm-mdns.test.ts', 'test/docker.test.ts']

export default defineConfig({
  test: {
    // deadlines, not measurements: a loaded two-core machine starting many daemons is slow
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // CI reads the totals from the JSON report (see .ci/run).
    reporters: process.env.CI != null ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        // Multi-daemon tests start several processes each; two files at a time fit two cores.
        test: { name: 'suite', include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...ALONE], maxWorkers: 2, sequence: { groupOrder: 0 } }
      },
      {
        extends: true,
        test: { name: 'alone', include: ALONE, maxWorkers: 1, sequence: { groupOrder: 1 } }
      }
    ]
  }
})
