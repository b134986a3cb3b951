import { styleText } from 'node:util'

type Style = Parameters<typeof styleText>[0]

/** Colour for people at a terminal; plain text when piped or when NO_COLOR is set. */
export function paint (style: Style, text: string, stream: NodeJS.WriteStream = process.stdout): string {
  return stream.isTTY === true && process.env.NO_COLOR == null ? styleText(style, text) : text
}

/** The colour of each route, as the dashboard draws them. */
export const ROUTE_STYLE: Record<string, Style> = { local: 'green', peers: 'blue', cloud: 'yellow' }

/** Prints rows as an aligned table, the header in bold at a terminal. */
export function table (headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)))
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()
  return [paint('bold', line(headers)), ...rows.map(line)].join('\n')
}

export function printJson (value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n')
}

export function shortId (peerId: string): string {
  return peerId.length > 16 ? `${peerId.slice(0, 8)}…${peerId.slice(-6)}` : peerId
}
