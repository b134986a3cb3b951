import { describe, expect, it } from 'vitest'
import { isLoopback, resolveDaemonInit } from '../src/config/index.js'

describe('the API host and key', () => {
  it('listens on loopback by default and needs no key there', () => {
    expect(resolveDaemonInit({ dataDir: '/tmp/x' }).apiHost).toBe('127.0.0.1')
    expect(resolveDaemonInit({ dataDir: '/tmp/x', apiHost: '127.0.0.2' }).apiKey).toBeUndefined()
  })

  it('refuses to listen beyond loopback without a key, and says why', () => {
    expect(() => resolveDaemonInit({ dataDir: '/tmp/x', apiHost: '0.0.0.0' })).toThrow(expect.objectContaining({ name: 'ApiKeyRequiredError', message: expect.stringMatching(/--api-key/) }))
    expect(() => resolveDaemonInit({ dataDir: '/tmp/x', apiHost: '192.168.1.20', apiKey: '' })).toThrow(/no key/)
    expect(resolveDaemonInit({ dataDir: '/tmp/x', apiHost: '0.0.0.0', apiKey: 'k' }).apiKey).toBe('k')
  })

  it('knows a loopback host when it sees one', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '::1'].every(isLoopback)).toBe(true)
    expect(['0.0.0.0', '10.0.0.1', '::', 'example.lan', '128.0.0.1'].some(isLoopback)).toBe(false)
  })
})

describe('the DaemonInit schema', () => {
  it('rejects every wrong value of options given in code, each named with its expected type', () => {
    const err = (() => { try { resolveDaemonInit({ dataDir: '/tmp/x', collaborationDeadlineMs: '5000' as any, cloudMaxPerMinute: -1, tauSwarm: 3, bogus: 1 } as any) } catch (e) { return e as Error } })()
    expect(err).toMatchObject({ name: 'ConfigError' })
    expect((err as any).issues.map((i: any) => i.key)).toEqual(['collaborationDeadlineMs', 'cloudMaxPerMinute', 'tauSwarm', 'bogus'])
    expect(err!.message).toMatch(/"collaborationDeadlineMs" must be a whole number ≥ 1, not "5000" \(a string\)/)
  })
})
