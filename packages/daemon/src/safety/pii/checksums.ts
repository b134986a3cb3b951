/** Luhn's mod-10 check, as every payment card number passes it. */
export function luhnValid (digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48
    if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9 }
    sum += d
  }
  return sum % 10 === 0
}

/** Card lengths by issuer prefix (IIN ranges of the major networks). */
export function cardNetwork (digits: string): string | undefined {
  const n = digits.length
  const p2 = Number(digits.slice(0, 2))
  const p4 = Number(digits.slice(0, 4))
  const p6 = Number(digits.slice(0, 6))
  if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa'
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard'
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex'
  if ((p4 === 6011 || p2 === 65 || (p6 >= 644000 && p6 <= 649999)) && n >= 16 && n <= 19) return 'discover'
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb'
  if ((p2 === 36 || p2 === 38 || (p4 >= 3000 && p4 <= 3059)) && n >= 14 && n <= 19) return 'diners'
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay'
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) return 'maestro'
  return undefined
}

/** IBAN lengths by country (ISO 13616 registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20
}

/** ISO 7064 mod-97-10 over an IBAN without spaces: valid when the remainder is 1. */
export function ibanValid (iban: string): boolean {
  const compact = iban.toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false
  if (IBAN_LENGTHS[compact.slice(0, 2)] !== compact.length) return false
  const rearranged = compact.slice(4) + compact.slice(0, 4)
  let remainder = 0
  for (const ch of rearranged) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97
  }
  return remainder === 1
}
