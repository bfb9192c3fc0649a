import type { FormErrors } from '@mantine/form';
import { ApiError } from '../api/client.ts';

/**
 * Put the server's `error.fields` next to the matching form fields. `fieldOf` renames a server path the
 * form holds differently (e.g. 'documents.2' of a list the form edits as one text).
 */
export function applyServerErrors(
  form: { setErrors: (errors: FormErrors) => void },
  error: unknown,
  fieldOf: (path: string) => string = (path) => path,
): void {
  if (!(error instanceof ApiError) || Object.keys(error.fields).length === 0) return;
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fields)) errors[fieldOf(path)] ??= message;
  form.setErrors(errors);
}

/** The server refused named fields (shown next to them, so an alert above the form would repeat them). */
export function hasFieldErrors(error: unknown): boolean {
  return error instanceof ApiError && Object.keys(error.fields).length > 0;
}

/** Trimmed text, or undefined when empty: optional fields are left out of create requests. */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Trimmed text, or null when empty: clears an optional field in an update request. */
export function nullable(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
