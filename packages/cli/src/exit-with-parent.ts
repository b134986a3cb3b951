/**
 * Preloaded (`node --import`) into every process a local swarm starts: when the process that
 * started it dies without stopping it (SIGKILL, a crash), it is re-parented, and it then stops
 * itself as if told to (SIGTERM), so that no daemon outlives the sim, bench or demo behind it.
 * Node cannot ask the kernel for a parent-death signal, so it looks once a second.
 */
import { PARENT_CHECK_INTERVAL_MS, PARENT_GONE_EXIT_AFTER_MS, PARENT_PID_VARIABLE } from './constants.js'

// named by the parent: one that dies before this module runs has already handed us to another
const parent = Number(process.env[PARENT_PID_VARIABLE] ?? process.ppid)
// Our own children (node-llama-cpp forks one to test its binary) inherit this preload with our
// execArgv, but not the variable: they watch their own parent, this process.
delete process.env[PARENT_PID_VARIABLE]
const check = (): void => {
  if (process.ppid === parent) return
  clearInterval(timer)
  process.kill(process.pid, 'SIGTERM')
  // a stop that hangs must not keep the orphan alive
  setTimeout(() => { process.exit(1) }, PARENT_GONE_EXIT_AFTER_MS).unref()
}
const timer = setInterval(check, PARENT_CHECK_INTERVAL_MS)
timer.unref()
check()
