import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Counters } from '../metrics.js'
import type { Router } from '../routing/router.js'
import type { RoutedAnswer } from '../routing/types.js'
import { readJson, sendJson } from './http.js'
import { finishReasonOf, headerJson, httpErrorOf, RECEIPT_HEADER, shortReceipt } from './openai.js'
import { parseCompletionRequest } from './schemas.js'
import type { Routes } from './server.js'

export interface CompletionRoutesInit {
  /** Largest request body. */
  maxRequestBytes: number
}

export interface CompletionRoutesComponents {
  router: Pick<Router, 'answer'>
  counters: Counters
}

function usageOf (answer: RoutedAnswer): object {
  const { promptTokens, completionTokens } = answer.result
  return { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens }
}

/**
 * `POST /v1/completions`: OpenAI's text completion, for editor autocomplete. The prompt is
 * continued as it is, without a chat template, wherever the router sends it.
 */
export function createCompletionRoutes (init: CompletionRoutesInit, components: CompletionRoutesComponents): Routes {
  const { router, counters } = components

  async function complete (req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = parseCompletionRequest(await readJson(req, init.maxRequestBytes))
    const abort = new AbortController()
    res.on('close', () => { if (!res.writableFinished) abort.abort() })
    const id = `cmpl-${randomUUID()}`
    const created = Math.floor(Date.now() / 1000)
    counters.increment('completions', request.stream ? 'stream' : 'whole')
    const choice = (text: string, finish: string | null): object => ({ text, index: 0, logprobs: null, finish_reason: finish })

    if (!request.stream) {
      let answer: RoutedAnswer
      try {
        answer = await router.answer(request, { signal: abort.signal })
      } catch (err) {
        throw httpErrorOf(err as Error)
      }
      sendJson(res, 200, {
        id,
        object: 'text_completion',
        created,
        model: answer.receipt.model,
        choices: [choice(answer.text, finishReasonOf(answer))],
        usage: usageOf(answer),
        swarm_receipt: answer.receipt
      }, { [RECEIPT_HEADER]: headerJson(shortReceipt(answer.receipt)) })
      return
    }

    let started = false
    const send = (body: object): void => {
      if (!started) {
        started = true
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
      }
      res.write(`data: ${JSON.stringify(body)}\n\n`)
    }
    let answer: RoutedAnswer
    try {
      answer = await router.answer(request, {
        signal: abort.signal,
        onText: delta => { send({ id, object: 'text_completion', created, model: request.model, choices: [choice(delta, null)] }) }
      })
    } catch (err) {
      const error = httpErrorOf(err as Error)
      if (!started) throw error
      res.end(`data: ${JSON.stringify({ error: { message: error.message, type: error.type, code: error.code } })}\n\n`)
      return
    }
    send({ id, object: 'text_completion', created, model: answer.receipt.model, choices: [choice('', finishReasonOf(answer))], usage: usageOf(answer), swarm_receipt: answer.receipt })
    res.end('data: [DONE]\n\n')
  }

  return { '/v1/completions': { POST: complete } }
}
