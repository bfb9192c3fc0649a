import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from './context.ts';
import type { Locale } from './messages.ts';
import { message } from './messages.ts';

const localeErrorMaps = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };

/** One field → one message, in the user's language; the path joined with dots ("steps.0.month"). */
export function fieldMessages(error: z.ZodError, locale: Locale, input?: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (fields[key]) continue;
    fields[key] = isMissing(issue, input) ? customMessage('required', locale) : localiseIssue(issue, locale);
  }
  return fields;
}

/** An absent value or an empty required text reads better as "required" than as a type error. */
function isMissing(issue: z.core.$ZodIssue, input: unknown): boolean {
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) return true;
  if (issue.code !== 'invalid_type') return false;
  let value: unknown = input;
  for (const part of issue.path) {
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  }
  return value === undefined || value === null;
}

function localiseIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  // Custom refinements carry a message key resolved here; built-in checks use zod's own Vietnamese and
  // English locales.
  if (issue.code === 'custom') return customMessage(issue.message, locale);
  const localised = localeErrorMaps[locale]?.(issue as unknown as z.core.$ZodRawIssue);
  if (typeof localised === 'string') return localised;
  if (localised && typeof localised === 'object' && 'message' in localised) return String(localised.message);
  return issue.message;
}

const CUSTOM: Record<string, Record<Locale, string>> = {
  date: { vi: 'Ngày không hợp lệ (định dạng YYYY-MM-DD)', en: 'Invalid date (format YYYY-MM-DD)' },
  required: { vi: 'Không được để trống', en: 'Required' },
};

function customMessage(key: string, locale: Locale): string {
  return CUSTOM[key]?.[locale] ?? key;
}

/** The zod-openapi hook every route uses: a failed validation becomes our one error shape. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; data?: unknown },
  c: Context<AppEnv>,
) {
  if (result.success) return;
  const locale = c.get('locale');
  return c.json(
    {
      error: {
        code: 'VALIDATION_FAILED',
        message: message('VALIDATION_FAILED', locale),
        fields: fieldMessages(result.error, locale, result.data),
      },
    },
    400,
  );
}
