import { defineConfig } from 'vitest/config'

// Measurements that drive the test helpers (test/helpers/hosts.ts): not tests, nothing in them
// asserts; each prints its figures. `pnpm bench:hosts`.
export default defineConfig({
  test: {
    include: ['test/bench/*.measure.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
    maxWorkers: 1
  }
})
