import { execFile } from 'node:child_process'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import OpenAI from 'openai'
import { afterAll, describe, expect, it } from 'vitest'
import { isCorrect } from '@swarm-llm/daemon'
import { CLI, spawnServe } from './helpers/daemon.js'
import { modelPath, STUDY_DIR } from './helpers/models.js'

describe('swarm-llm calibrate', () => {
  let dir: string
  let server: Awaited<ReturnType<typeof spawnServe>> | undefined
  afterAll(async () => {
    server?.process.kill('SIGTERM')
    await server?.exited
    if (dir != null) await rm(dir, { recursive: true, force: true })
  })

  it('fits a calibration on labelled queries, stores it beside the model, and the daemon then uses it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'swarm-llm-calibrate-'))
    const model = join(dir, 'edge.gguf')
    await copyFile(modelPath('study-edge-a'), model)
    const rows = (await readFile(`${STUDY_DIR}workload.jsonl`, 'utf8')).split('\n').filter(Boolean).slice(0, 60)
    await writeFile(join(dir, 'labelled.jsonl'), rows.join('\n') + '\n')

    const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'calibrate', '--workload', join(dir, 'labelled.jsonl'), '--model', model, '--threads', '1', '--json'])
    const report = JSON.parse(stdout)
    expect(report).toMatchObject({ path: join(dir, 'edge.calibration.json'), rows: 60 })
    const stored = JSON.parse(await readFile(join(dir, 'edge.calibration.json'), 'utf8'))
    expect(stored.fittedOn).toMatchObject({ workload: 'labelled.jsonl', rows: 60 })

    server = await spawnServe(model)
    const client = new OpenAI({ baseURL: `${server.api}/v1`, apiKey: 'unused' })
    const completion: any = await client.chat.completions.create({ model: 'study-edge-a', messages: [{ role: 'user', content: 'What is 347 + 589?' }] })
    const { uncertainty: u, confidence } = completion.swarm_receipt
    const w = stored.weights
    const expected = 1 / (1 + Math.exp(-(w.meanLogprob * u.meanLogprob + w.logMinProb * Math.log(u.minTokenProb) + w.meanEntropy * u.meanEntropy + w.bias)))
    expect(confidence).toBeCloseTo(expected, 6)
    expect(confidence).not.toBeCloseTo(Math.exp(u.meanLogprob), 3)

    // scored on held-out rows, never the ones it was fitted on: the fit beats the default
    const heldout = (await readFile(`${STUDY_DIR}heldout.jsonl`, 'utf8')).split('\n').filter(Boolean).slice(0, 60).map(line => JSON.parse(line))
    let brierCalibrated = 0
    let brierDefault = 0
    for (const row of heldout) {
      const answer: any = await client.chat.completions.create({ model: 'study-edge-a', max_tokens: 32, messages: [{ role: 'user', content: row.prompt }] })
      const right = isCorrect(row, answer.choices[0].message.content) ? 1 : 0
      const r = answer.swarm_receipt
      brierCalibrated += (r.confidence - right) ** 2
      brierDefault += ((r.uncertainty.meanLogprob == null ? 0 : Math.exp(r.uncertainty.meanLogprob)) - right) ** 2
    }
    expect(brierCalibrated).toBeLessThan(brierDefault)
  })

  it('says what is wrong with bad input', async () => {
    const run = promisify(execFile)(process.execPath, [CLI, 'calibrate', '--model', modelPath('study-edge-a')])
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/needs --workload/) })
    const bad = join(tmpdir(), `bad-${process.pid}.jsonl`)
    await writeFile(bad, '{"id": "x", "category": "medium", "prompt": "p", "answer": "a"}\n')
    const run2 = promisify(execFile)(process.execPath, [CLI, 'calibrate', '--workload', bad, '--model', modelPath('study-edge-a')])
    await expect(run2).rejects.toMatchObject({ stderr: expect.stringMatching(/:1: expected/) })
    await rm(bad, { force: true })
  })
})
