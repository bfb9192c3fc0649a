/**
 * A unique index refused a row: two requests raced past the same "is it free?" check (PostgreSQL runs them
 * side by side; SQLite's one writer never does). The service turns it into its own refusal, the same
 * 409 and message the check gives when the requests come one after the other.
 */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** For `.catch()`: a unique violation becomes `refusal()`, anything else is thrown on unchanged. */
export function uniqueViolationAs(refusal: () => Error) {
  return (err: unknown): never => {
    if (isUniqueViolation(err)) throw refusal();
    throw err;
  };
}
