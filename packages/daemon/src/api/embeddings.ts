import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Counters } from '../metrics.js'
import type { Router } from '../routing/router.js'
import type { EmbedAnswer } from '../routing/types.js'
import { readJson, sendJson } from './http.js'
import { httpErrorOf } from './openai.js'
import { parseEmbeddingRequest } from './schemas.js'
import type { Routes } from './server.js'

export interface EmbeddingRoutesInit {
  /** Largest request body. */
  maxRequestBytes: number
}

export interface EmbeddingRoutesComponents {
  router: Pick<Router, 'embed'>
  counters: Counters
}

/** A vector as OpenAI's `encoding_format: base64` sends it: little-endian float32s. */
export function base64Of (vector: number[]): string {
  return Buffer.from(new Float32Array(vector).buffer).toString('base64')
}

/** Where the embeddings were made, for the response body. */
export function embedReceipt (answer: EmbedAnswer): object {
  return { route: answer.route, node: answer.node, model: answer.modelId, piiRedacted: answer.redacted }
}

/** `POST /v1/embeddings`: OpenAI's embeddings, by the named model wherever it runs in the swarm. */
export function createEmbeddingRoutes (init: EmbeddingRoutesInit, components: EmbeddingRoutesComponents): Routes {
  async function embeddings (req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = parseEmbeddingRequest(await readJson(req, init.maxRequestBytes))
    const abort = new AbortController()
    res.on('close', () => { if (!res.writableFinished) abort.abort() })
    let answer: EmbedAnswer
    try {
      answer = await components.router.embed(request, { signal: abort.signal })
    } catch (err) {
      throw httpErrorOf(err as Error)
    }
    sendJson(res, 200, {
      object: 'list',
      data: answer.vectors.map((vector, index) => ({ object: 'embedding', index, embedding: request.encoding === 'base64' ? base64Of(vector) : vector })),
      model: answer.modelId,
      usage: { prompt_tokens: answer.promptTokens, total_tokens: answer.promptTokens },
      swarm_receipt: embedReceipt(answer)
    })
  }

  return { '/v1/embeddings': { POST: embeddings } }
}
