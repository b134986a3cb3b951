/** A safety policy string names an unknown category or action, or is malformed. */
export class SafetyPolicyError extends Error {
  static name = 'SafetyPolicyError'
  constructor (message = 'invalid safety policy') {
    super(message)
    this.name = 'SafetyPolicyError'
  }
}

/** A classifier file (the built-in weights or a guard GGUF) is missing, unreadable or of the wrong shape. */
export class ClassifierLoadError extends Error {
  static name = 'ClassifierLoadError'
  constructor (message = 'cannot load the safety classifier') {
    super(message)
    this.name = 'ClassifierLoadError'
  }
}

/** The classifier was disposed, or the call was aborted, before it judged the prompt. */
export class ClassifierAbortedError extends Error {
  static name = 'ClassifierAbortedError'
  constructor (message = 'safety classification was aborted') {
    super(message)
    this.name = 'ClassifierAbortedError'
  }
}

/** A guard format name that is none of the known ones. */
export class GuardFormatError extends Error {
  static name = 'GuardFormatError'
  constructor (message = 'unknown guard format') {
    super(message)
    this.name = 'GuardFormatError'
  }
}
