import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isDatabaseUnavailable, redactPassword } from '#db/connection.ts';
import { isUniqueViolation } from '#db/unique-violation.ts';
import { AppError } from './app-error.ts';
import type { AppEnv } from './context.ts';
import { waitText } from './messages/accounts.ts';
import { message } from './messages.ts';

/** Maps every thrown error to the one JSON error shape, in the user's language. */
export function handleError(err: Error, c: Context<AppEnv>) {
  const locale = c.get('locale') ?? 'vi';
  if (err instanceof AppError) {
    const fields = err.fields
      ? Object.fromEntries(
          Object.entries(err.fields).map(([k, code]) => [k, message(code, locale, err.params)]),
        )
      : undefined;
    const retry = err.retryAfterSeconds;
    if (retry !== undefined) c.header('Retry-After', String(retry));
    const params = retry === undefined ? err.params : { wait: waitText(retry, locale) };
    return c.json(
      { error: { code: err.code, message: message(err.code, locale, params), fields } },
      err.status,
    );
  }
  if (err instanceof HTTPException && err.status < 500) {
    // Malformed JSON and similar protocol errors from Hono's own validators.
    return c.json(
      { error: { code: 'VALIDATION_FAILED', message: message('VALIDATION_FAILED', locale) } },
      400,
    );
  }
  if (isUniqueViolation(err)) {
    // A race no service named: still a refusal (409), never a crash.
    return c.json({ error: { code: 'ALREADY_EXISTS', message: message('ALREADY_EXISTS', locale) } }, 409);
  }
  if (isDatabaseUnavailable(err)) {
    // The database is away (restarting, unreachable): not a bug, and the next request may well succeed.
    console.warn(`database unavailable: ${redactPassword(err.message)}`);
    c.header('retry-after', '5');
    return c.json(
      { error: { code: 'DATABASE_UNAVAILABLE', message: message('DATABASE_UNAVAILABLE', locale) } },
      503,
    );
  }
  console.error(err);
  return c.json({ error: { code: 'INTERNAL', message: message('INTERNAL', locale) } }, 500);
}

export function handleNotFound(c: Context<AppEnv>) {
  const locale = c.get('locale') ?? 'vi';
  return c.json({ error: { code: 'NOT_FOUND', message: message('NOT_FOUND', locale) } }, 404);
}
