import type * as z from 'zod/mini';
import type { UiKey } from '../../locales/ui.js';

type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/** zod/mini ships no locale: an issue without a message of its own says this. */
const ZOD_DEFAULT_MESSAGE = 'Invalid input';

/** Dotted path of an issue (`ccEmails.0`), as the server's 422 `errors[].path`. */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.');
}

function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

/**
 * A sentence in the user's language for one zod issue: required, too short/long (with the limit),
 * invalid e-mail, invalid format, a choice outside the options. A message the schema wrote itself
 * (`z.minLength(3, 'Custom')`, `z.refine(..., { message })`) is shown as written.
 */
export function issueMessage(issue: z.core.$ZodIssue, t: Translate): string {
  if (issue.message && issue.message !== ZOD_DEFAULT_MESSAGE) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return isBlank(issue.input) ? t('form.required') : t('form.invalid');
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? t('form.required') : t('form.tooShort', { min });
      if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? t('form.required') : t('form.tooFew', { min });
      return t('form.tooSmall', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return t('form.tooLong', { max });
      if (issue.origin === 'array' || issue.origin === 'set') return t('form.tooMany', { max });
      return t('form.tooBig', { max });
    }
    case 'invalid_format':
      return issue.format === 'email' ? t('form.email') : t('form.format');
    case 'invalid_value':
      return isBlank(issue.input) ? t('form.required') : t('form.choice');
    default:
      return t('form.invalid');
  }
}

export interface FieldConstraints {
  required: boolean;
  minLength?: number;
  maxLength?: number;
}

interface CheckDef {
  check?: string;
  minimum?: number;
  maximum?: number;
}

/**
 * What a body schema says about one top-level field (required, length limits), so a field shows
 * the very limits the API layer enforces (`maxlength`, the counter). Reads zod's public
 * definition objects; anything it does not recognise yields no constraint.
 */
export function fieldConstraints(schema: z.core.$ZodType, name: string): FieldConstraints {
  const shape = (schema._zod.def as { shape?: Record<string, z.core.$ZodType> }).shape;
  const field = shape?.[name];
  if (!field) return { required: false };
  const result: FieldConstraints = { required: field._zod.optin !== 'optional' };
  for (const check of (field._zod.def.checks ?? []) as Array<{ _zod: { def: CheckDef } }>) {
    const def = check._zod.def;
    if (def.check === 'min_length' && typeof def.minimum === 'number') result.minLength = def.minimum;
    if (def.check === 'max_length' && typeof def.maximum === 'number') result.maxLength = def.maximum;
  }
  return result;
}
