import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    // deadlines, not measurements: a loaded two-core machine starting many daemons is slow
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Multi-daemon tests start several processes each; two files at a time fit two cores.
    maxWorkers: 2,
    // CI reads the totals from the JSON report (see .ci/run).
    reporters: process.env.CI != null ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default']
  }
})
