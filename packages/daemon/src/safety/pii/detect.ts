// the full metadata: the default (min) accepts almost any digit run as a German number
import { findPhoneNumbersInText } from 'libphonenumber-js/max'
import type { CountryCode } from 'libphonenumber-js/max'
import { DEFAULT_PHONE_COUNTRIES } from '../constants.js'
import { findAddresses } from './address.js'
import { cardNetwork, IBAN_LENGTHS, ibanValid, luhnValid } from './checksums.js'
import type { PiiEntity, PiiType } from './types.js'

export interface DetectPiiOptions {
  /**
   * Countries whose national phone formats count (a number written with + and a country
   * code is found whatever this says). Defaults to DEFAULT_PHONE_COUNTRIES.
   */
  phoneCountries?: CountryCode[]
}


const EMAIL = /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b/g
// 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4, or 12 to 19 digits in a row
const CARD = /(?<![\d-])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?|\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{12,19})(?![\d-])/g
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g

function emails (text: string): PiiEntity[] {
  return [...text.matchAll(EMAIL)].map(m => ({ type: 'EMAIL', text: m[0], start: m.index, end: m.index + m[0].length }))
}

function cards (text: string): PiiEntity[] {
  const found: PiiEntity[] = []
  for (const m of text.matchAll(CARD)) {
    const digits = m[0].replace(/[ -]/g, '')
    if (luhnValid(digits) && cardNetwork(digits) != null) found.push({ type: 'CARD', text: m[0], start: m.index, end: m.index + m[0].length })
  }
  return found
}

function ibans (text: string): PiiEntity[] {
  const found: PiiEntity[] = []
  for (const m of text.matchAll(IBAN)) {
    // the pattern may run on into following capitals ("… 00 AND"): cut at the country's length
    const length = IBAN_LENGTHS[m[0].slice(0, 2)]
    if (length == null) continue
    let end = 0
    let kept = 0
    while (end < m[0].length && kept < length) { if (m[0][end] !== ' ') kept++; end++ }
    const candidate = m[0].slice(0, end)
    const next = m[0][end]
    if (kept === length && (next == null || next === ' ') && ibanValid(candidate.replace(/ /g, ''))) {
      found.push({ type: 'IBAN', text: candidate, start: m.index, end: m.index + end })
    }
  }
  return found
}

const DATE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$/

/**
 * A number written without its country code is taken only in the form people write their
 * own numbers in: with the trunk prefix 0 (or, in North America, ten digits), never a date.
 */
const NANP = /^(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}$/

function plausible (written: string, country: CountryCode | undefined, before: string): boolean {
  // part of an identifier: "SN-8109-1942-62", "#07349655", "ID4412345678"
  if (/[\w#/-]$/.test(before)) return false
  if (/^(?:\+|00)/.test(written)) return true
  const digits = written.replace(/\D/g, '')
  if (digits.length < 7 || DATE.test(written)) return false
  if (country === 'US' || country === 'CA') return NANP.test(written)
  return /^\(?0/.test(written)
}

/** Where a phone number cannot go on: libphonenumber-js would read "…2671, 0049" as one number. */
const SEGMENT = /[^,;\n]+/g

function phones (text: string, countries: readonly CountryCode[]): PiiEntity[] {
  const found = new Map<number, PiiEntity>()
  for (const segment of text.matchAll(SEGMENT)) {
    for (const defaultCountry of countries) {
      for (const m of findPhoneNumbersInText(segment[0], { defaultCountry })) {
        const start = segment.index + m.startsAt
        const end = segment.index + m.endsAt
        if (!plausible(text.slice(start, end), m.number.country, text.slice(Math.max(0, start - 1), start))) continue
        const prior = found.get(start)
        if (prior == null || prior.end < end) found.set(start, { type: 'PHONE', text: text.slice(start, end), start, end })
      }
    }
  }
  return [...found.values()]
}

/** Earlier kinds win where findings overlap: a card number is not also a phone number. */
const PRIORITY: PiiType[] = ['EMAIL', 'IBAN', 'CARD', 'ADDRESS', 'PHONE']

/**
 * Finds e-mail addresses, phone numbers (libphonenumber-js: valid numbers only), payment
 * card numbers (Luhn and issuer prefix), IBANs (country length and mod-97) and postal
 * addresses. Findings never overlap; they come in text order.
 */
export function detectPii (text: string, options: DetectPiiOptions = {}): PiiEntity[] {
  const byType: Record<PiiType, PiiEntity[]> = {
    EMAIL: emails(text),
    IBAN: ibans(text),
    CARD: cards(text),
    ADDRESS: findAddresses(text),
    PHONE: phones(text, options.phoneCountries ?? DEFAULT_PHONE_COUNTRIES)
  }
  const kept: PiiEntity[] = []
  for (const type of PRIORITY) {
    // within a kind, longer findings first, so a whole address beats a piece of it
    for (const entity of byType[type].sort((a, b) => (b.end - b.start) - (a.end - a.start))) {
      if (!kept.some(k => entity.start < k.end && k.start < entity.end)) kept.push(entity)
    }
  }
  return kept.sort((a, b) => a.start - b.start)
}
