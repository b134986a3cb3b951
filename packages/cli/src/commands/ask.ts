import type { Command } from '../command.js'
import { clientOptions, UsageError } from '../command.js'
import { apiBase, request, streamCompletion } from '../client.js'
import { printJson } from '../output.js'
import { formatReceipt } from '../receipt.js'

const ROUTES = ['auto', 'local', 'peers', 'cloud']

export const ask: Command = {
  name: 'ask',
  summary: 'ask the swarm a question; prints the answer and its routing receipt',
  usage: 'swarm-llm ask "QUESTION" [--system TEXT] [--max-tokens N] [--model ID] [--route auto|local|peers|cloud] [--lan-only] [--pii redact|never-leaves-lan] [--api-port N] [--json]',
  positionals: true,
  options: {
    ...clientOptions,
    system: { type: 'string' },
    'max-tokens': { type: 'string' },
    model: { type: 'string', description: 'a model id from /v1/models: this node\'s, a peer\'s or the cloud\'s (default: "swarm", the swarm decides)' },
    route: { type: 'string' },
    'lan-only': { type: 'boolean' },
    pii: { type: 'string' }
  },
  async run (values, positionals) {
    const question = positionals.join(' ').trim()
    if (question === '') throw new UsageError('ask needs a question, e.g. swarm-llm ask "What is 4 + 5?"')
    const base = apiBase(values)
    const maxTokens = values['max-tokens'] === undefined ? undefined : Number(values['max-tokens'])
    if (maxTokens !== undefined && (!Number.isInteger(maxTokens) || maxTokens < 1)) throw new UsageError('--max-tokens must be a positive whole number')
    const route = values.route as string | undefined
    if (route !== undefined && !ROUTES.includes(route)) throw new UsageError(`--route must be one of ${ROUTES.join(', ')}`)
    const model = (values.model as string | undefined) ?? (await request<{ data: Array<{ id: string }> }>(base, '/v1/models')).data[0]?.id
    if (model == null) throw new UsageError('this daemon serves no model; start it with --model FILE')
    const messages = [...(typeof values.system === 'string' ? [{ role: 'system', content: values.system }] : []), { role: 'user', content: question }]
    const pii = values.pii as string | undefined
    if (pii !== undefined && pii !== 'redact' && pii !== 'never-leaves-lan') throw new UsageError('--pii must be redact or never-leaves-lan')
    const body = { model, messages, max_tokens: maxTokens, route, pii, lan_only: values['lan-only'] === true ? true : undefined }
    if (values.json === true) {
      const completion = await request<any>(base, '/v1/chat/completions', body)
      const message = completion.choices[0].message
      return printJson({ answer: message.content, ...(message.reasoning_content != null ? { reasoning: message.reasoning_content } : {}), receipt: completion.swarm_receipt })
    }
    // for people: a reasoning model's thought (dim on a terminal), the answer as it streams in, then the receipt
    const dim = process.stdout.isTTY ? (text: string) => `\x1b[2m${text}\x1b[22m` : (text: string) => text
    let receipt: any
    let thinking = false
    for await (const chunk of streamCompletion(base, body)) {
      const thought = chunk.choices?.[0]?.delta?.reasoning_content
      if (typeof thought === 'string' && thought !== '') {
        if (!thinking) process.stdout.write(dim('thinking: '))
        thinking = true
        process.stdout.write(dim(thought))
      }
      const delta = chunk.choices?.[0]?.delta?.content
      if (typeof delta === 'string' && delta !== '') {
        if (thinking) { process.stdout.write('\n\n'); thinking = false }
        process.stdout.write(delta)
      }
      receipt = chunk.swarm_receipt ?? receipt
    }
    process.stdout.write('\n\n')
    if (receipt != null) console.log(formatReceipt(receipt))
  }
}
