import { describe, expect, it } from 'vitest'
import { cardNetwork, ibanValid, luhnValid } from '../src/safety/pii/checksums.js'
import { detectPii } from '../src/safety/pii/detect.js'
import { redactPii } from '../src/safety/pii/redact.js'

const types = (text: string): string[] => detectPii(text).map(e => `${e.type}:${e.text}`)

describe('PII detection', () => {
  it('finds each kind with its exact span', () => {
    const text = 'Mail ana.silva+work@posteo.de or ring +49 30 901820; card 4539 1488 0343 6467, IBAN GB82 WEST 1234 5698 7654 32.'
    const found = detectPii(text)
    expect(found.map(e => e.type)).toEqual(['EMAIL', 'PHONE', 'CARD', 'IBAN'])
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text)
    expect(found.map(e => e.text)).toEqual(['ana.silva+work@posteo.de', '+49 30 901820', '4539 1488 0343 6467', 'GB82 WEST 1234 5698 7654 32'])
  })

  it('finds phone numbers in national formats of the default countries', () => {
    expect(types('Call (212) 736-5000 or 020 7946 0018 or 0151 23456789 or 01 42 68 53 00.')).toEqual([
      'PHONE:(212) 736-5000', 'PHONE:020 7946 0018', 'PHONE:0151 23456789', 'PHONE:01 42 68 53 00'
    ])
  })

  it('finds postal addresses in several national styles', () => {
    expect(types('Send it to 742 Evergreen Terrace, Springfield, OR 97403 please')).toEqual(['ADDRESS:742 Evergreen Terrace, Springfield, OR 97403'])
    expect(types('Wir wohnen in der Lindenstraße 12, 04109 Leipzig.')).toEqual(['ADDRESS:Lindenstraße 12, 04109 Leipzig'])
    expect(types('Office: 8 rue de Rivoli, 75004 Paris')).toEqual(['ADDRESS:8 rue de Rivoli, 75004 Paris'])
    expect(types('Flat 3, 10 Downing Street, London SW1A 2AA')).toContain('ADDRESS:10 Downing Street, London SW1A 2AA')
  })

  it('rejects card numbers that fail Luhn or have no issuer, and IBANs with a wrong check', () => {
    expect(luhnValid('4539148803436467')).toBe(true)
    expect(luhnValid('4539148803436468')).toBe(false)
    expect(cardNetwork('9539148803436467')).toBeUndefined()
    expect(types('Reference 4539 1488 0343 6468 is an order, not a card.')).toEqual([])
    expect(ibanValid('GB82WEST12345698765432')).toBe(true)
    expect(ibanValid('GB83WEST12345698765432')).toBe(false)
    expect(ibanValid('GB82WEST1234569876543')).toBe(false) // one character short for GB
    expect(types('The form said GB83 WEST 1234 5698 7654 32.')).toEqual([])
  })

  it('leaves numbers that are not personal data alone', () => {
    expect(types('Version 10.2.1 shipped on 2024-05-17 at 10:30; order #20240517, ISBN 978-3-16-148410-0, room 1204, $1,299.99.')).toEqual([])
    expect(types('How do I kill process 48213 on port 8080?')).toEqual([])
    expect(types('We walked down Wall Street and Baker Street.')).toEqual([])
  })
})

describe('PII redaction', () => {
  it('replaces each value by a typed placeholder, the same value by the same one, and restores them', () => {
    const text = 'Email bo@example.com and cc bo@example.com and li@example.org; call (212) 736-5000.'
    const r = redactPii(text)
    expect(r.text).toBe('Email [EMAIL_1] and cc [EMAIL_1] and [EMAIL_2]; call [PHONE_1].')
    expect(r.entities.map(e => e.placeholder)).toEqual(['[EMAIL_1]', '[EMAIL_1]', '[EMAIL_2]', '[PHONE_1]'])
    expect(r.restore(r.text)).toBe(text)
    expect(r.restore('I wrote to [EMAIL_2] and EMAIL_1, then phoned [PHONE_1].')).toBe('I wrote to li@example.org and bo@example.com, then phoned (212) 736-5000.')
  })

  it('leaves placeholders it did not make, and text without PII, untouched', () => {
    const r = redactPii('Nothing personal here.')
    expect(r.text).toBe('Nothing personal here.')
    expect(r.entities).toEqual([])
    expect(r.restore('See [EMAIL_3] and [CARD_1].')).toBe('See [EMAIL_3] and [CARD_1].')
  })
})
