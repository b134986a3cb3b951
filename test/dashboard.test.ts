import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import { complete, getJson, makeSwarmDir, spawnDaemon, spawnServe, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'
import { modelPath } from './helpers/models.js'

/** Debian's chromium, as `.ci/run` installs it; never a browser download. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** Where the screenshot is kept as an artefact. */
const ARTEFACTS = fileURLToPath(new URL('../test-results/', import.meta.url))

describe('the dashboard in a real browser', () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  const daemons: DaemonProcess[] = []
  let browser: Browser
  let cloud: Awaited<ReturnType<typeof spawnServe>>

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH`)
    swarm = await makeSwarmDir()
    const common = ['--threads', '1', '--announce-interval-ms', '300']
    const cloudKey = `sk-test-${randomBytes(8).toString('hex')}`
    cloud = await spawnServe(modelPath('study-cloud'), { SWARM_LLM_SERVE_API_KEY: cloudKey })
    // a asks its peers and the cloud on every query, so the cloud's answers judge b's and c's
    daemons.push(await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--model', modelPath('study-edge-a'), ...common, '--tau-local', '1', '--tau-swarm', '1'] }))
    for (const name of ['b', 'c']) {
      const summoner = name === 'b' ? ['--cloud-base-url', `${cloud.api}/v1`, '--cloud-model', 'study-cloud'] : []
      daemons.push(await spawnDaemon({ dataDir: join(swarm.dir, name), swarmKey: swarm.swarmKey, bootstrap: daemons[0].addresses, env: name === 'b' ? { OPENAI_API_KEY: cloudKey } : {}, extra: ['--model', modelPath(`study-edge-${name}`), ...common, ...summoner] }))
    }
    await waitFor(async () => (await getJson<any[]>(daemons[0], '/peers')).length === 2, 20_000, 'the swarm to form')
    // the flags Chromium needs on a machine with no network and no display
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
  })

  afterAll(async () => {
    await browser?.close()
    await Promise.all(daemons.map(async d => { await stopDaemon(d) }))
    cloud?.process.kill()
    await swarm?.cleanup()
  })

  it('shows three nodes, takes a query from the page and shows its route', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const external: string[] = []
    page.on('request', request => { if (!request.url().startsWith(daemons[0].api)) external.push(request.url()) })
    await page.goto(daemons[0].api + '/')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="swarm-node"]').length === 3)
    const shown = await page.$$eval('[data-testid="swarm-node"]', nodes => nodes.map(n => n.getAttribute('data-peer')))
    expect(shown.sort()).toEqual(daemons.map(d => d.peerId).sort())
    expect(await page.textContent('[data-testid="peer-count"]')).toBe('3')

    await page.fill('#question', 'Who founded Tabri?')
    await page.click('button[type="submit"]')
    const decision = page.locator('[data-testid="decision"]').first()
    await decision.waitFor()
    const route = await decision.getAttribute('data-route')
    expect(['local', 'peers', 'cloud']).toContain(route)
    expect(await decision.textContent()).toContain('Who founded Tabri?')
    await page.waitForFunction(() => /\((local|peers|cloud)\)/.test(document.querySelector('[data-testid="answer"]')?.textContent ?? ''))
    // the route the page shows is the one the daemon recorded
    const status = await getJson(daemons[0], '/status')
    expect(Object.keys(status.counters.queries)).toContain(`${route!}/ok`)

    // a query asked elsewhere (through the API) appears live too
    await fetch(`${daemons[0].api}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'swarm', messages: [{ role: 'user', content: 'What is 4 + 5?' }] }) })
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="decision"]').length === 2)
    // the budget line follows at the next refresh of the swarm view
    await page.waitForFunction(() => /of the last 2 queries/.test(document.querySelector('[data-testid="cloud-share"]')?.textContent ?? ''))

    // the calibration line and the peers' weights are those /status gives
    const judged = await waitFor(async () => {
      const routing = (await getJson(daemons[0], '/status')).routing
      if (Object.keys(routing.reputation).length > 0) return routing
      // a unanimous vote stands even at τ_swarm 1: ask what the edges disagree on until the cloud judges them
      await complete(daemons[0], 'swarm', `Who founded Tabri? (${Date.now()})`)
      return undefined
    }, 40_000, 'the cloud to judge a peer')
    const [peer, record] = Object.entries<any>(judged.reputation)[0]
    await page.waitForFunction(id => document.querySelector(`[data-testid="swarm-node"][data-peer="${id}"]`)?.hasAttribute('data-weight') === true, peer)
    const shownWeight = await page.getAttribute(`[data-testid="swarm-node"][data-peer="${peer}"]`, 'data-weight')
    expect(Number(shownWeight)).toBeCloseTo(record.weight, 6)
    expect(await page.locator(`[data-testid="swarm-node"][data-peer="${peer}"]`).textContent()).toMatch(/weight \d\.\d\d · \d+\/\d+ agreed/)
    const calibration = (await getJson(daemons[0], '/status')).routing.calibration
    await page.waitForFunction(labels => new RegExp(`· ${labels} labels`).test(document.querySelector('[data-testid="calibration"]')?.textContent ?? ''), calibration.labels)
    expect(await page.textContent('[data-testid="calibration"]')).toContain(`map: ${calibration.source as string}`)

    await mkdir(ARTEFACTS, { recursive: true })
    await page.screenshot({ path: join(ARTEFACTS, 'dashboard.png'), fullPage: true })
    expect(external).toEqual([])
  }, 90_000)
})
