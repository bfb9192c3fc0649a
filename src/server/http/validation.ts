import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from './context.ts';
import type { Locale } from './messages.ts';
import { message } from './messages.ts';

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

/** Our own wording for the checks our schemas use: short, plain, in the user's language. */
function localiseIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  const vi = locale === 'vi';
  switch (issue.code) {
    case 'custom':
      return customMessage(issue.message, locale);
    case 'too_small':
      if (issue.origin === 'string')
        return vi ? `Cần ít nhất ${issue.minimum} ký tự` : `At least ${issue.minimum} characters`;
      return vi ? `Phải từ ${issue.minimum} trở lên` : `Must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string')
        return vi ? `Tối đa ${issue.maximum} ký tự` : `At most ${issue.maximum} characters`;
      return vi ? `Không được vượt quá ${issue.maximum}` : `Must be at most ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'email') return vi ? 'Địa chỉ email không hợp lệ' : 'Invalid email address';
      if (issue.format === 'uuid') return customMessage('uuid', locale);
      return vi ? 'Sai định dạng' : 'Wrong format';
    case 'invalid_value':
      return vi ? 'Giá trị không nằm trong danh sách cho phép' : 'Not one of the allowed values';
    default:
      return vi ? 'Giá trị không hợp lệ' : 'Invalid value';
  }
}

const CUSTOM: Record<string, Record<Locale, string>> = {
  date: { vi: 'Ngày không hợp lệ (định dạng YYYY-MM-DD)', en: 'Invalid date (format YYYY-MM-DD)' },
  required: { vi: 'Không được để trống', en: 'Required' },
  uuid: { vi: 'Mã do thiết bị tạo phải là UUID', en: 'The client-made id must be a UUID' },
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
