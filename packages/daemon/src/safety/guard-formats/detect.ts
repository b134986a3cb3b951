import { GuardFormatError } from '../errors.js'
import { LLAMA_GUARD_3_FORMAT } from './llama-guard-3.js'
import { QWEN3GUARD_FORMAT } from './qwen3guard.js'
import { SHIELDGEMMA_FORMAT } from './shieldgemma.js'
import { SWARM_FORMAT } from './swarm.js'
import { GUARD_FORMATS } from './types.js'
import type { GuardFormat, GuardFormatName } from './types.js'

const BY_NAME: Record<GuardFormatName, GuardFormat> = {
  swarm: SWARM_FORMAT,
  'llama-guard-3': LLAMA_GUARD_3_FORMAT,
  shieldgemma: SHIELDGEMMA_FORMAT,
  qwen3guard: QWEN3GUARD_FORMAT
}

/** The format of this name; `auto` is not one (see detectGuardFormat). Throws GuardFormatError. */
export function guardFormat (name: string): GuardFormat {
  if (!(GUARD_FORMATS as readonly string[]).includes(name)) {
    throw new GuardFormatError(`unknown guard format "${name}": expected auto or one of ${GUARD_FORMATS.join(', ')}`)
  }
  return BY_NAME[name as GuardFormatName]
}

/** The parts of a GGUF's metadata that tell which guard it is. */
export interface GuardMetadata {
  general?: { name?: unknown, basename?: unknown, architecture?: unknown, finetune?: unknown }
  tokenizer?: { chat_template?: unknown }
}

/**
 * Which format a guard GGUF speaks, from its chat template (the surest sign: each family's
 * template carries its own task text) and else its name: Qwen3Guard, Llama Guard 3,
 * ShieldGemma, or this project's own layout when none matches.
 */
export function detectGuardFormat (metadata: GuardMetadata, fileName = ''): GuardFormat {
  const template = typeof metadata.tokenizer?.chat_template === 'string' ? metadata.tokenizer.chat_template : ''
  if (template.includes('Safety: Controversial')) return QWEN3GUARD_FORMAT
  if (template.includes('S14: Code Interpreter Abuse') || template.includes('S1: Violent Crimes')) return LLAMA_GUARD_3_FORMAT
  const general = metadata.general ?? {}
  const names = [general.name, general.basename, general.finetune, fileName].filter(n => typeof n === 'string').join(' ').toLowerCase()
  if (/qwen3[\s_-]*guard/.test(names)) return QWEN3GUARD_FORMAT
  if (/llama[\s_-]*guard[\s_-]*3/.test(names)) return LLAMA_GUARD_3_FORMAT
  if (/shield[\s_-]*gemma/.test(names)) return SHIELDGEMMA_FORMAT
  return SWARM_FORMAT
}
