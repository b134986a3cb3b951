import { describe, expect, it } from 'vitest'
import { MAX_ANNOUNCE_INTERVAL_MS, PeerTable, TTL_ANNOUNCEMENTS } from '../src/p2p/peer-table.js'

const capability = (instanceId = 'i1'): any => ({ modelId: 'm', instanceId, protocolVersion: 1 })

describe('PeerTable', () => {
  it('adds a peer on its first announcement and expires it after the TTL of silence', () => {
    let now = 1000
    const table = new PeerTable({ ttlMs: 500, now: () => now })
    const left: string[] = []
    table.addEventListener('peer:leave', e => left.push(`${e.detail.peerId}:${e.detail.reason}`))
    table.announce('a', capability())
    now += 400
    table.announce('b', capability())
    now += 200
    table.expire()
    expect(table.list().map(p => p.peerId)).toEqual(['b'])
    expect(left).toEqual(['a:expired'])
  })

  it('gives a peer that announces rarely (a large swarm) its announcement periods, up to a bound', () => {
    let now = 0
    const table = new PeerTable({ ttlMs: 8_000, now: () => now })
    table.announce('slow', { ...capability(), announceIntervalMs: 5_000 })
    table.announce('boastful', { ...capability(), announceIntervalMs: 3_600_000 })
    table.announce('quick', { ...capability(), announceIntervalMs: 500 })
    now = 9_000
    table.expire()
    expect(table.list().map(p => p.peerId).sort()).toEqual(['boastful', 'slow'])
    now = TTL_ANNOUNCEMENTS * 5_000 + 1
    table.expire()
    expect(table.list().map(p => p.peerId)).toEqual(['boastful'])
    now = TTL_ANNOUNCEMENTS * MAX_ANNOUNCE_INTERVAL_MS + 1
    table.expire()
    expect(table.size).toBe(0)
  })

  it('drops a peer at once when it says goodbye', () => {
    const table = new PeerTable({ ttlMs: 10_000 })
    table.announce('a', capability())
    table.leave('a')
    expect(table.size).toBe(0)
  })

  it('flags two live processes behind one peer id, but not a restart', () => {
    const table = new PeerTable({ ttlMs: 10_000 })
    const flagged: string[][] = []
    table.addEventListener('peer:duplicate', e => flagged.push(e.detail.instanceIds))
    let oldConnectionOpen = true
    table.identified('a', 'old', () => oldConnectionOpen)
    oldConnectionOpen = false // restart: the old process's connection closed
    table.identified('a', 'new', () => true)
    expect(table.duplicateIdentities()).toEqual([])
    table.identified('a', 'twin', () => true)
    expect(flagged).toEqual([['new', 'twin']])
    expect(table.duplicateIdentities()).toEqual([{ peerId: 'a', instanceIds: ['new', 'twin'] }])
  })
})

describe('PeerTable suspects', () => {
  it('drops a peer whose connection closed after the grace, unless it is heard from again', () => {
    let now = 0
    const table = new PeerTable({ ttlMs: 10_000, now: () => now })
    table.announce('a', capability())
    table.announce('b', capability())
    table.suspect('a', 1000)
    table.suspect('b', 1000)
    now = 500
    table.announce('b', capability()) // b is still there, over another path
    now = 1200
    table.expire()
    expect(table.list().map(p => p.peerId)).toEqual(['b'])
  })
})
