import { z } from '@hono/zod-openapi';
import { isLocalDate } from '#domain/dates/local-date.ts';

/** Schemas shared by every feature's routes. */
export const LocalDateSchema = z.string().refine(isLocalDate, { message: 'date' }).openapi({
  format: 'date',
  example: '2026-01-15',
  description: 'Local date YYYY-MM-DD (Asia/Ho_Chi_Minh)',
});

export const IdSchema = z.string().min(1).max(64);
/** An optional reference: an empty string from a form means "none". */
export const OptionalId = z
  .string()
  .trim()
  .max(64)
  .transform((v) => (v === '' ? null : v))
  .nullish();
export const IdParams = z.object({ id: IdSchema.openapi({ param: { name: 'id', in: 'path' } }) });

/** Text a person types: trimmed, never empty. */
export const RequiredText = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullish();

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .openapi('Error');

const errorContent = { 'application/json': { schema: ErrorSchema } };

/** Standard error responses every operation may give; features spread these into their route configs. */
export const errorResponses = {
  400: { description: 'Invalid input', content: errorContent },
  401: { description: 'Not signed in', content: errorContent },
  403: { description: 'Not allowed', content: errorContent },
  404: { description: 'Not found or not visible', content: errorContent },
  409: { description: 'Refused by a rule or state', content: errorContent },
} as const;

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { required: true, content: { 'application/json': { schema } } } };
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** A calendar year in a query or a body ("?year=2026"). */
export const YearSchema = z.coerce.number().int().min(2000).max(2100);
export const YearQuery = z.object({ year: YearSchema });

/** A sub-resource of a resource: `/…/{id}/…/{name}`, both ids in the path. */
export const ChildParams = <K extends string>(name: K) =>
  IdParams.extend({ [name]: IdSchema.openapi({ param: { name, in: 'path' } }) } as Record<
    K,
    typeof IdSchema
  >);

/** A quarter of the year, 1–4. */
export const QuarterSchema = z.number().int().min(1).max(4);

/** The `updatedAt` an editor started from: a save finding another version answers 409 (db/guarded-update.ts). */
export const ExpectedVersion = z.string().max(64).nullish();
