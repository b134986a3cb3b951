/** Kinds of personal data the redactor finds. */
export type PiiType = 'EMAIL' | 'PHONE' | 'CARD' | 'IBAN' | 'ADDRESS'

/** One finding: its kind, its text and where it is (`text.slice(start, end)`). */
export interface PiiEntity {
  type: PiiType
  text: string
  start: number
  end: number
}

/** A text with its personal data replaced by typed placeholders such as [EMAIL_1]. */
export interface Redaction {
  text: string
  entities: Array<PiiEntity & { placeholder: string }>
  /** Puts the original values back wherever an answer repeats a placeholder. */
  restore: (answer: string) => string
}
