#!/usr/bin/env node
/**
 * Generates a labelled PII evaluation set and measures the redactor on it, per type.
 *
 * usage: pnpm build && node packages/daemon/scripts/pii-eval.mjs [--rows N] [--out FILE] [--json]
 *
 * Every row is {"id", "text", "entities": [{type, start, end, text}]}; sentences carry zero to
 * three entities among distractors that look like them (dates, order numbers, versions, ISBNs,
 * Luhn-failing digit runs, IBANs with a wrong check digit, street names with no number). The
 * numbers follow real numbering plans but are generated here, not by the library under test.
 * A finding counts when it overlaps a labelled entity of its type; `exact` is the share of
 * those whose span is exactly the label's. Deterministic (seed 20261124).
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { detectPii } from '../dist/safety/pii/index.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const { values: args } = parseArgs({ options: { rows: { type: 'string', default: '1000' }, out: { type: 'string', default: `${ROOT}models/safety/pii-eval.jsonl` }, json: { type: 'boolean', default: false } } })

let seed = 20261124
const random = () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296 }
const pick = items => items[Math.floor(random() * items.length)]
const digits = n => Array.from({ length: n }, () => Math.floor(random() * 10)).join('')
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1))

const FIRST = ['anna', 'ben', 'chloe', 'david', 'elena', 'farid', 'grace', 'hugo', 'ines', 'jonas', 'kim', 'lena', 'marco', 'nora', 'omar', 'paula', 'quentin', 'rosa', 'sven', 'tara']
const LAST = ['smith', 'mueller', 'garcia', 'dubois', 'rossi', 'nowak', 'jensen', 'okafor', 'tanaka', 'silva', 'brown', 'schmidt']
const DOMAINS = ['example.com', 'mail.example.org', 'posteo.de', 'uni-hamburg.de', 'company.co.uk', 'startup.io', 'gmx.net', 'outlook.example.fr']

function email () {
  const f = pick(FIRST); const l = pick(LAST)
  const local = pick([`${f}.${l}`, `${f}${l}`, `${f[0]}.${l}`, `${f}_${l}${between(1, 99)}`, `${f}+news`, `${l}.${f}`])
  return local + '@' + pick(DOMAINS)
}

function phone () {
  switch (between(0, 7)) {
    case 0: { const a = pick(['212', '305', '312', '415', '512', '617', '646', '702', '713', '206', '303', '404']); const e = String(between(201, 989)); const n = digits(4); return pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `+1 ${a} ${e} ${n}`, `+1-${a}-${e}-${n}`]) }
    case 1: { const n = `${pick(['3', '7', '8'])}${digits(3)} ${digits(4)}`; return pick([`020 ${n}`, `+44 20 ${n}`, `(020) ${n}`]) }
    case 2: { const m = `7${pick(['4', '5', '7', '8', '9'])}${digits(2)} ${digits(6)}`; return pick([`0${m}`, `+44 ${m}`]) }
    case 3: { const p = pick(['151', '152', '157', '160', '170', '171', '172', '176']); const n = digits(pick([7, 8])); return pick([`0${p} ${n}`, `+49 ${p} ${n}`, `0${p}-${n}`]) }
    case 4: { const n = `${between(2, 9)}${digits(pick([6, 7]))}`; return pick([`030 ${n}`, `+49 30 ${n}`, `089 ${n}`, `+49 89 ${n}`]) }
    case 5: { const p = pick(['1', '6', '7' + between(3, 8)]); const pairs = (p.length === 2 ? [p[1] + digits(1)] : []).concat(Array.from({ length: p.length === 2 ? 3 : 4 }, () => digits(2))).join(' '); return pick([`0${p[0]} ${pairs}`, `+33 ${p[0]} ${pairs}`]) }
    case 6: { const a = pick(['212', '415', '617']); return `+1 (${a}) ${between(201, 989)}-${digits(4)}` }
    default: { const m = `6 ${between(1, 6)}${digits(3)} ${digits(4)}`; return pick([`+31 ${m}`, `0${m}`]) }
  }
}

function luhnDigit (body) {
  let sum = 0
  for (let i = 0; i < body.length; i++) { let d = Number(body[body.length - 1 - i]); if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9 } sum += d }
  return String((10 - (sum % 10)) % 10)
}

function cardDigits () {
  const [prefix, length] = pick([['4', 16], ['51', 16], ['55', 16], ['2221', 16], ['34', 15], ['37', 15], ['6011', 16], ['4', 19], ['3530', 16]])
  const body = prefix + digits(length - prefix.length - 1)
  return body + luhnDigit(body)
}

function formatCard (d) {
  if (d.length === 15) return pick([`${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}`, d])
  const groups = d.match(/.{1,4}/g)
  return pick([groups.join(' '), groups.join('-'), d])
}

const IBAN_PLANS = { DE: () => digits(18), GB: () => 'NWBK' + digits(14), FR: () => digits(23), NL: () => 'ABNA' + digits(10), ES: () => digits(20), IT: () => 'X' + digits(22), CH: () => digits(17), AT: () => digits(16), BE: () => digits(12), PL: () => digits(24) }

function ibanCheck (country, bban) {
  const numeric = (bban + country + '00').replace(/[A-Z]/g, c => String(c.charCodeAt(0) - 55))
  let r = 0
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97
  return String(98 - r).padStart(2, '0')
}

function ibanCompact () {
  const country = pick(Object.keys(IBAN_PLANS))
  const bban = IBAN_PLANS[country]()
  return country + ibanCheck(country, bban) + bban
}

const formatIban = c => pick([c.match(/.{1,4}/g).join(' '), c])

function address () {
  const n = between(1, 2400)
  switch (between(0, 5)) {
    case 0: return `${n} ${pick(['Maple', 'Oak', 'Pine', 'Cedar', 'Elm', 'Washington', 'Lincoln', 'Sunset', 'Lake View'])} ${pick(['Street', 'Avenue', 'Road', 'Drive', 'Lane', 'Boulevard', 'Court', 'St.', 'Ave'])}, ${pick(['Springfield', 'Austin', 'Portland', 'Denver', 'San Jose'])}, ${pick(['IL', 'TX', 'OR', 'CO', 'CA'])} ${digits(5)}`
    case 1: return `${between(1, 250)} ${pick(['Baker', 'High', 'Church', 'Victoria', 'Station', 'Mill'])} ${pick(['Street', 'Road', 'Lane', 'Close', 'Crescent'])}, ${pick(['London', 'Leeds', 'Bristol', 'York'])} ${pick(['NW1', 'LS2', 'BS8', 'YO1', 'SW1A'])} ${between(1, 9)}${pick(['XE', 'AB', 'JD', 'AA', 'QT'])}`
    case 2: return `${pick(['Haupt', 'Linden', 'Garten', 'Schiller', 'Goethe', 'Bahnhof', 'Kirch'])}${pick(['straße', 'strasse', 'weg', 'allee', 'platz', 'gasse'])} ${between(1, 180)}, ${digits(5)} ${pick(['Berlin', 'München', 'Hamburg', 'Köln', 'Leipzig'])}`
    case 3: return `${between(1, 120)} ${pick(['rue', 'avenue', 'boulevard'])} ${pick(['de la Paix', 'Victor Hugo', 'des Lilas', 'du Château', 'Saint-Michel'])}, ${digits(5)} ${pick(['Paris', 'Lyon', 'Lille', 'Nantes'])}`
    case 4: return `${pick(['Keizers', 'Heren', 'Prinsen'])}${pick(['gracht', 'straat', 'laan'])} ${between(1, 400)}, ${between(1000, 9999)} ${pick(['AB', 'CJ', 'KL', 'XT'])} ${pick(['Amsterdam', 'Utrecht', 'Leiden'])}`
    default: return `${n} ${pick(['Market', 'Main', 'Spring', 'Park'])} ${pick(['Street', 'St', 'Avenue'])}${pick(['', ', Apt 4B', ', Suite 200'])}`
  }
}

const MAKERS = { EMAIL: email, PHONE: phone, CARD: () => formatCard(cardDigits()), IBAN: () => formatIban(ibanCompact()), ADDRESS: address }

const LEADS = {
  EMAIL: ['Please send the invoice to {x}.', 'My e-mail is {x}, write any time.', 'Contact {x} for the slides.', 'CC {x} on the reply please.', 'Forward it to {x} and to me.'],
  PHONE: ['You can reach me at {x} after 5pm.', 'Call {x} if the delivery is late.', 'My mobile is {x}.', 'Text me on {x} when you arrive.', 'The office number is {x}.'],
  CARD: ['My card number is {x}, expiry 04/27.', 'Charge {x} for the hotel.', 'I paid with {x} but was billed twice.', 'Card {x} was declined, why?'],
  IBAN: ['Transfer the deposit to {x} by Friday.', 'My IBAN is {x}.', 'The refund should go to {x}, not the old account.', 'Pay the rent into {x}.'],
  ADDRESS: ['Deliver the parcel to {x}.', 'I live at {x} since last year.', 'Send the contract to {x}.', 'The party is at {x}, bring snacks.', 'My new address: {x}.']
}

/** Things that look like PII and are not. */
const DISTRACTORS = [
  () => `Order #${digits(8)} shipped on ${2020 + between(0, 5)}-0${between(1, 9)}-1${between(0, 9)}.`,
  () => `The meeting is on ${between(1, 28)}/${between(1, 12)}/2025 at ${between(8, 18)}:30.`,
  () => `It costs $${between(1, 9)},${digits(3)}.99 with tax.`,
  () => `Upgrade to version ${between(1, 9)}.${between(0, 20)}.${between(0, 9)} first.`,
  () => `ISBN 978-${between(0, 9)}-${digits(2)}-${digits(6)}-${between(0, 9)} is the second edition.`,
  () => { const c = cardDigits(); return `Use reference ${c.slice(0, -1)}${(Number(c.slice(-1)) + 1) % 10} for the claim.` },
  () => { const c = ibanCompact(); return `The form showed ${c.slice(0, 2)}${String((Number(c.slice(2, 4)) + 1) % 100).padStart(2, '0')}${c.slice(4)} which the bank rejected.` },
  () => `We walked down ${pick(['Wall Street', 'Baker Street', 'Oxford Street', 'Main Street'])} yesterday.`,
  () => `The server is at 192.168.${between(0, 255)}.${between(1, 254)} on port ${between(1024, 9999)}.`,
  () => `Tracking number 1Z${digits(3)}AA${digits(10)} is stuck in transit.`,
  () => `Population grew from ${between(1, 9)},${digits(3)},${digits(3)} to more.`,
  () => `Kill process ${between(1000, 65000)} and restart.`,
  () => `Room ${between(100, 999)}, building ${between(1, 9)}.`,
  () => `Flight LH${between(100, 9999)} leaves at ${between(10, 23)}:${between(10, 59)}.`,
  () => `Serial SN-${digits(4)}-${digits(4)}-${digits(2)}.`,
  () => `Call 911 or 112 in an emergency.`,
  () => `The answer is ${digits(6)} according to the spreadsheet.`
]

const rows = []
for (let i = 0; i < Number(args.rows); i++) {
  let text = ''
  const entities = []
  const parts = between(1, 4)
  for (let p = 0; p < parts; p++) {
    if (text) text += ' '
    if (random() < 0.55) {
      const type = pick(Object.keys(MAKERS))
      const value = MAKERS[type]()
      const [before, after] = pick(LEADS[type]).split('{x}')
      entities.push({ type, start: text.length + before.length, end: text.length + before.length + value.length, text: value })
      text += before + value + after
    } else {
      text += pick(DISTRACTORS)()
    }
  }
  rows.push({ id: `pii-${i}`, text, entities })
}
writeFileSync(args.out, rows.map(r => JSON.stringify(r)).join('\n') + '\n')

const TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'ADDRESS']
const tally = Object.fromEntries(TYPES.map(t => [t, { gold: 0, found: 0, truePositive: 0, exact: 0 }]))
const misses = []
const started = performance.now()
for (const row of rows) {
  const found = detectPii(row.text)
  for (const g of row.entities) tally[g.type].gold++
  const used = new Set()
  for (const f of found) {
    tally[f.type].found++
    const match = row.entities.findIndex((g, i) => !used.has(i) && g.type === f.type && f.start < g.end && g.start < f.end)
    if (match >= 0) {
      used.add(match)
      tally[f.type].truePositive++
      if (row.entities[match].start === f.start && row.entities[match].end === f.end) tally[f.type].exact++
    } else misses.push(`false ${f.type}: ${f.text}  |  ${row.text}`)
  }
  row.entities.forEach((g, i) => { if (!used.has(i)) misses.push(`missed ${g.type}: ${g.text}  |  ${row.text}`) })
}
const msPerRow = (performance.now() - started) / rows.length
const report = { rows: rows.length, msPerRow: Number(msPerRow.toFixed(3)), perType: {} }
for (const t of TYPES) {
  const { gold, found, truePositive, exact } = tally[t]
  report.perType[t] = { gold, found, precision: found ? truePositive / found : null, recall: gold ? truePositive / gold : null, exactSpan: truePositive ? exact / truePositive : null }
}
if (args.json) console.log(JSON.stringify(report, null, 2))
else {
  for (const line of misses.slice(0, 30)) console.error(line)
  console.log(`${rows.length} rows, ${report.msPerRow} ms per row; wrote ${args.out}`)
  for (const [t, m] of Object.entries(report.perType)) console.log(`${t.padEnd(8)} gold ${String(m.gold).padStart(4)}  precision ${m.precision?.toFixed(3)}  recall ${m.recall?.toFixed(3)}  exact span ${m.exactSpan?.toFixed(3)}`)
}
