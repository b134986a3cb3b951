/**
 * int8 storage for weight arrays: each value as a signed byte, with one scale per position
 * modulo `stride` (per class, or per hidden unit), in base64 for the JSON weights files.
 */

export interface Int8Weights {
  scales: number[]
  base64: string
}

export function quantize (values: Float32Array, stride: number): Int8Weights {
  const scales = Array.from({ length: stride }, () => 0)
  for (let i = 0; i < values.length; i++) scales[i % stride] = Math.max(scales[i % stride], Math.abs(values[i]) / 127)
  const bytes = new Int8Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const s = scales[i % stride]
    bytes[i] = s === 0 ? 0 : Math.max(-127, Math.min(127, Math.round(values[i] / s)))
  }
  return { scales, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') }
}

export function dequantize (base64: string, scales: number[]): Float32Array {
  const raw = Buffer.from(base64, 'base64')
  const bytes = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength)
  const out = new Float32Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] * scales[i % scales.length]
  return out
}
