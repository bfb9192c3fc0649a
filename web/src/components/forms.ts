import type { FormErrors } from '@mantine/form';
import { ApiError } from '../api/client.ts';

/** Put the server's `error.fields` next to the matching form fields. */
export function applyServerErrors(form: { setErrors: (errors: FormErrors) => void }, error: unknown): void {
  if (error instanceof ApiError && Object.keys(error.fields).length > 0) form.setErrors(error.fields);
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
