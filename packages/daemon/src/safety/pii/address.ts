import type { PiiEntity } from './types.js'

// Postal addresses follow national habits, so each pattern covers one family of them. A
// house number is required: "Wall Street" alone is a place, "12 Wall Street" an address.

const EN_SUFFIX = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Way|Terrace|Close|Crescent|Parkway|Pkwy|Square|Sq|Highway|Hwy|Circle|Cir|Trail|Row|Walk|Gardens|Grove|Mews|Alley|Plaza|Broadway)\b\.?`
const UNIT = String.raw`(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|#)\.?\s*[\w-]+)?`
const CITY = String.raw`[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,2}`
const US_STATE_ZIP = String.raw`[A-Z]{2}\s+\d{5}(?:-\d{4})?`
const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}`
// The city is taken only when a postcode follows it, so a name after a comma is not swallowed.
const EN_TAIL = String.raw`(?:(?:,\s*${CITY})?,?\s+(?:${US_STATE_ZIP}|${UK_POSTCODE})|,\s*${CITY},\s*[A-Z]{2}\b)?`

const PATTERNS: RegExp[] = [
  // 1600 Amphitheatre Parkway, Mountain View, CA 94043 · 221B Baker Street, London NW1 6XE
  new RegExp(String.raw`\b\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?\s+(?:(?:[A-Z][\w'.-]*|of|the)\s+){0,4}${EN_SUFFIX}${UNIT}${EN_TAIL}`, 'g'),
  // Hauptstraße 5, 10115 Berlin · Keizersgracht 123, 1015 CJ Amsterdam · Storgatan 4
  new RegExp(String.raw`\b[A-ZÄÖÜÅØ][\wäöüßåøæé.-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|laan|straat|gracht|plein|kade|vej|gade|gatan|gata|veien|vägen)\s+\d{1,4}[a-z]?(?:,?\s+\d{4,5}(?:\s?[A-Z]{2})?\s+[A-ZÄÖÜ][\wäöüß-]+)?`, 'gu'),
  // Unter den Linden 77 · Via Roma 12 · Calle Mayor 5, 28013 Madrid
  new RegExp(String.raw`\b(?:Calle|Avenida|Via|Viale|Piazza|Corso|Plaza|Paseo|Rua|Unter den|Am|An der|Auf dem)\s+(?:[A-Z][\wáéíóúàèìòùäöüß'-]*\s+){1,3}\d{1,4}[a-z]?(?:,?\s+\d{4,5}\s+[A-Z][\wáéíóúàèäöüß-]+)?`, 'gu'),
  // 12 rue de la Paix, 75002 Paris
  new RegExp(String.raw`\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|route|cours)\s+(?:[\wàâçéèêëîïôûùüÿ'’-]+\s+){0,4}[\wàâçéèêëîïôûùüÿ'’-]+(?:,?\s+\d{5}\s+[A-Z][\wàâçéèêëîïôûùüÿ-]+)?`, 'giu'),
  // PO Box 1234 · P.O. Box 77
  /\bP\.?\s?O\.?\s?Box\s+\d{1,6}\b/gi
]

/** Postal addresses in a text. */
export function findAddresses (text: string): PiiEntity[] {
  const found: PiiEntity[] = []
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const value = match[0].replace(/[\s,.]+$/, (tail) => tail.startsWith('.') && /\b(?:St|Ave|Rd|Dr|Blvd|Ln|Ct|Pl|Sq|Hwy|Cir|Pkwy|str)\.$/.test(match[0]) ? '.' : '')
      found.push({ type: 'ADDRESS', text: value, start: match.index, end: match.index + value.length })
    }
  }
  return found
}
