import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  type Components,
  invalidValue,
  type JsonSchema,
  POISON_TEXT,
  resolve,
  validValue,
} from './schema-values.ts';

/** One operation of the OpenAPI document, as the fuzzer needs it. */
export interface Operation {
  method: string;
  /** The template under /api, e.g. `/meetings/{id}/attendance`. */
  path: string;
  params: { name: string; in: 'path' | 'query'; required: boolean; schema: JsonSchema }[];
  body?: { contentType: string; schema: JsonSchema };
}

export interface FuzzRequest {
  operation: string;
  method: string;
  url: string;
  contentType?: string;
  body?: string;
  /** Why this request must be refused with a 4xx; undefined when it may also succeed. */
  malformed?: string;
}

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: Operation['params']; requestBody?: { content: Record<string, { schema: JsonSchema }> } }
    >
  >;
  components: { schemas: Components };
}

export function operationsOf(doc: OpenApiDoc): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const content = op.requestBody?.content ?? {};
      const [contentType] = Object.keys(content);
      return {
        method: method.toUpperCase(),
        path,
        params: op.parameters ?? [],
        body: contentType ? { contentType, schema: content[contentType]?.schema ?? {} } : undefined,
      };
    }),
  );
}

export interface IdPools {
  /** Ids of rows the signed-in user's organisation holds (of every kind: most are the wrong kind for a path). */
  own: string[];
  /** Ids of rows of an organisation the user has nothing to do with: every use must be refused. */
  foreign: string[];
}

type Part<T> = fc.Arbitrary<{ value: T; malformed?: string }>;

const ok = <T>(arb: fc.Arbitrary<T>): Part<T> => arb.map((value) => ({ value }));
const bad = <T>(arb: fc.Arbitrary<T>, why: string): Part<T> =>
  arb.map((value) => ({ value, malformed: why }));

function pathValue(ids: IdPools): Part<string> {
  return fc.oneof(
    { weight: 4, arbitrary: ok(fc.constantFrom(...ids.own)) },
    { weight: 3, arbitrary: bad(fc.constantFrom(...ids.foreign), 'an id of another organisation') },
    { weight: 1, arbitrary: bad(fc.constant(randomUUID()), 'an unknown id') },
    {
      weight: 2,
      arbitrary: bad(
        fc.constantFrom(...POISON_TEXT.slice(0, 2), "1' OR '1'='1", '..', '%00', 'x'.repeat(5000)),
        'a malformed id',
      ),
    },
  );
}

function queryValue(schema: JsonSchema, components: Components): Part<unknown> {
  const invalid = invalidValue(schema, components);
  const options: { weight: number; arbitrary: Part<unknown> }[] = [
    { weight: 3, arbitrary: ok(validValue(schema, components)) },
  ];
  // A query value arrives as text, so only values whose text is refused count as malformed: a number is fine
  // text for a text parameter, an empty value reads as 0 for a number, and a lone surrogate cannot travel in a
  // query at all (URLSearchParams makes it U+FFFD, valid text; paths carry it).
  if (invalid) {
    const numeric = ['integer', 'number'].includes(String(resolve(schema, components).type));
    const text = invalid.filter((v) =>
      typeof v === 'number' ? numeric : typeof v === 'string' && v !== '' && !/[\uD800-\uDFFF]/.test(v),
    );
    options.push({ weight: 2, arbitrary: bad(text, 'a malformed query value') });
  }
  return fc.oneof(...options);
}

/** A lone surrogate has no UTF-8: it goes as the bytes a careless client would send (invalid UTF-8). */
function encodePath(value: string): string {
  return value
    .split(/([\uD800-\uDFFF])/)
    .map((part) => (/^[\uD800-\uDFFF]$/.test(part) ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');
}

const GARBAGE_JSON = [
  '{"a":',
  '',
  'null',
  '[]',
  '"chuỗi"',
  '{"x":1}}',
  '\u0000',
  '{"__proto__":{"isAdmin":true}}',
];

function bodyPart(op: Operation, components: Components): Part<{ type?: string; text?: string }> {
  const body = op.body;
  if (!body) return ok(fc.constant({}));
  if (body.contentType !== 'application/json') {
    // A form upload sent as JSON or as nothing: refused without touching the file store.
    return bad(
      fc.constantFrom(
        { type: 'application/json', text: '{}' },
        { type: 'text/plain', text: 'không phải tệp' },
      ),
      'not a form upload',
    );
  }
  const json = (v: unknown) => ({ type: 'application/json', text: JSON.stringify(v) });
  const options: { weight: number; arbitrary: Part<{ type?: string; text?: string }> }[] = [
    {
      weight: 2,
      arbitrary: bad(
        fc.constantFrom(...GARBAGE_JSON).map((text) => ({ type: 'application/json', text })),
        'not the JSON asked for',
      ),
    },
    {
      weight: 1,
      arbitrary: bad(
        validValue(body.schema, components).map((v) => ({ type: 'text/plain', text: JSON.stringify(v) })),
        'JSON sent as text/plain',
      ),
    },
  ];
  const invalid = invalidValue(body.schema, components);
  if (invalid) options.push({ weight: 6, arbitrary: bad(invalid.map(json), 'a body its schema refuses') });
  options.push({ weight: 3, arbitrary: ok(validValue(body.schema, components).map(json)) });
  return fc.oneof(...options);
}

/**
 * Requests of one operation: path ids from both organisations or malformed, declared query values valid or
 * not, a body valid, refused by its schema, or not JSON at all.
 */
export function requestsOf(op: Operation, components: Components, ids: IdPools): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const query = fc.tuple(
    ...queryParams.map((p) => {
      const value = queryValue(p.schema, components);
      return p.required ? value : fc.option(value, { nil: undefined, freq: 2 });
    }),
  );
  return fc
    .tuple(fc.tuple(...pathParams.map(() => pathValue(ids))), query, bodyPart(op, components))
    .map(([paths, queries, body]) => {
      let url = `/api${op.path}`;
      pathParams.forEach((p, i) => {
        url = url.replace(`{${p.name}}`, encodePath(paths[i]?.value ?? ''));
      });
      const search = new URLSearchParams();
      queryParams.forEach((p, i) => {
        const q = queries[i];
        if (q) search.set(p.name, String(q.value));
      });
      if (search.size) url += `?${search}`;
      const malformed = [...paths, ...queries, body].find((part) => part?.malformed)?.malformed;
      return {
        operation: `${op.method} ${op.path}`,
        method: op.method,
        url,
        contentType: body.value.type,
        body: body.value.text,
        malformed,
      };
    });
}
