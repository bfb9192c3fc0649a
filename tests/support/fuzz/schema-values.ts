import fc from 'fast-check';

/**
 * Values for a JSON Schema of our OpenAPI document, as fast-check arbitraries: `validValue` gives what the
 * schema accepts (so a request reaches its handler), `invalidValue` what it certainly refuses (so a 400 is owed).
 */
export interface JsonSchema {
  type?: string | string[];
  $ref?: string;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  example?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
}

export type Components = Record<string, JsonSchema>;

/** Payloads an attacker or a careless import sends: each either refused or stored as plain text. */
export const HOSTILE_TEXT = [
  "' OR 1=1; DROP TABLE person; --",
  '"; DELETE FROM meeting WHERE "1"="1',
  '<script>alert(1)</script><img src=x onerror=alert(2)>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, sent as plain text on purpose
  '{{7*7}} ${process.exit(1)}',
  '../../../../etc/passwd',
  'ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ 𝕳𝖆𝖓𝖔𝖎 🇻🇳',
  'Đảng ủy '.repeat(40),
];

/** Strings no field accepts: NUL, a lone surrogate (not Unicode text at all) and one megabyte. */
export const POISON_TEXT = ['Chi bộ\u0000Khoa Nội', 'chỉnh đốn\uD800Đảng', 'a'.repeat(1_048_576)];

const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '2026-1-5',
  '20261231',
  '31/12/2026',
  '99999-01-01',
  'hôm nay',
];

export function resolve(schema: JsonSchema, components: Components): JsonSchema {
  let s = schema;
  for (let depth = 0; s.$ref && depth < 10; depth += 1) {
    const name = s.$ref.split('/').at(-1) ?? '';
    const target = components[name];
    if (!target) throw new Error(`unknown schema ${s.$ref}`);
    s = target;
  }
  if (s.allOf) return s.allOf.reduce<JsonSchema>((acc, part) => merge(acc, resolve(part, components)), {});
  return s;
}

function merge(a: JsonSchema, b: JsonSchema): JsonSchema {
  return {
    ...a,
    ...b,
    properties: { ...a.properties, ...b.properties },
    required: [...(a.required ?? []), ...(b.required ?? [])],
  };
}

function types(s: JsonSchema): string[] {
  if (Array.isArray(s.type)) return s.type;
  if (s.type) return [s.type];
  if (s.enum) return [typeof s.enum[0]];
  if (s.properties) return ['object'];
  return [];
}

/** The alternatives of a schema that accepts several shapes (a nullable field is `string | null`). */
function variants(s: JsonSchema, components: Components): JsonSchema[] {
  const options = s.anyOf ?? s.oneOf;
  if (options) return options.map((o) => resolve(o, components));
  return [s];
}

function isNullable(s: JsonSchema, components: Components): boolean {
  if (s.nullable) return true;
  return variants(s, components).some((v) => types(v).includes('null'));
}

export function validValue(schema: JsonSchema, components: Components, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, components);
  const options = variants(s, components).filter((v) => !types(v).includes('null') || types(v).length > 1);
  if (options.length > 1) return fc.oneof(...options.map((o) => validValue(o, components, depth + 1)));
  const one = options[0] ?? s;
  if (one.enum) return fc.constantFrom(...one.enum);
  const type = types(one).find((t) => t !== 'null');
  switch (type) {
    case 'string':
      return validString(one);
    case 'integer':
    case 'number': {
      const min = one.minimum ?? 0;
      const max = one.maximum ?? Math.max(min, 10);
      return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      if (depth > 4 || !one.items) return fc.constant([]);
      const minLength = one.minItems ?? 0;
      return fc.array(validValue(one.items, components, depth + 1), {
        minLength,
        maxLength: Math.min(one.maxItems ?? minLength + 2, minLength + 2),
      });
    }
    case 'object':
      return validObject(one, components, depth);
    default:
      return fc.constant('Nội dung thử');
  }
}

function validString(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === 'date') return fc.constantFrom('2026-03-15', '2026-12-31', '2027-01-04');
  if (s.format === 'email') return fc.constant('dang.vien@example.vn');
  if (s.format === 'uri') return fc.constant('https://example.vn/push/1');
  if (typeof s.example === 'string') return fc.constant(s.example);
  if (s.pattern) return fc.constant(s.pattern.includes(':') ? '08:30' : 'nguoi.dung');
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 200;
  const texts = ['Nội dung thử', 'x', ...HOSTILE_TEXT].filter((t) => t.length >= min && t.length <= max);
  return texts.length ? fc.constantFrom(...texts) : fc.constant('x'.repeat(Math.max(min, 1)));
}

function validObject(s: JsonSchema, components: Components, depth: number): fc.Arbitrary<unknown> {
  const props = s.properties ?? {};
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, prop] of Object.entries(props)) {
    record[key] = depth > 4 ? fc.constant(null) : validValue(prop, components, depth + 1);
  }
  return fc.record(record, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
}

/**
 * A value the schema certainly refuses, with a word on how (kept in a failure's report). `null` when the
 * schema accepts everything (an untyped value).
 */
export function invalidValue(
  schema: JsonSchema,
  components: Components,
  depth = 0,
): fc.Arbitrary<unknown> | null {
  const s = resolve(schema, components);
  const all = variants(s, components);
  const kinds = new Set(all.flatMap(types));
  if (kinds.size === 0) return null;
  const choices: fc.Arbitrary<unknown>[] = [wrongType(kinds, isNullable(s, components))];
  // Refinements of a single-shaped value (a nullable string is still one string shape).
  const shapes = all.filter((v) => !types(v).includes('null') || types(v).length > 1);
  const one = shapes.length === 1 ? shapes[0] : undefined;
  if (one?.enum) choices.push(fc.constantFrom('khong-co-trong-danh-sach', 'ADMIN'));
  const type = one && types(one).find((t) => t !== 'null');
  if (one && type === 'string') choices.push(...invalidStrings(one));
  if (one && (type === 'integer' || type === 'number')) choices.push(...invalidNumbers(one, type));
  if (one && type === 'object' && depth < 4) {
    const bad = invalidObject(one, components, depth);
    if (bad) choices.push(bad);
  }
  if (one && type === 'array' && one.items && depth < 4) {
    const badItem = invalidValue(one.items, components, depth + 1);
    if (badItem) choices.push(fc.tuple(badItem).map((t) => t));
    if (one.maxItems !== undefined && one.maxItems < 1000) {
      choices.push(fc.constant(Array.from({ length: one.maxItems + 1 }, () => 'x')));
    }
  }
  return fc.oneof(...choices);
}

function wrongType(kinds: Set<string>, nullable: boolean): fc.Arbitrary<unknown> {
  const candidates: unknown[] = [];
  if (!kinds.has('string')) candidates.push('một chuỗi', '');
  if (!kinds.has('number') && !kinds.has('integer')) candidates.push(42, -1.5);
  if (!kinds.has('boolean')) candidates.push(true);
  if (!kinds.has('object')) candidates.push({ x: 1 });
  if (!kinds.has('array')) candidates.push(['a', 1]);
  if (!nullable) candidates.push(null);
  return fc.constantFrom(...candidates);
}

function invalidStrings(s: JsonSchema): fc.Arbitrary<unknown>[] {
  const out: fc.Arbitrary<unknown>[] = [fc.constantFrom(...POISON_TEXT)];
  if (s.format === 'date') out.push(fc.constantFrom(...BAD_DATES));
  if (s.format === 'email') out.push(fc.constant('không phải email'));
  if (s.pattern) out.push(fc.constant('!! sai mẫu !!'));
  if (s.minLength && s.minLength > 0) out.push(fc.constant(''));
  if (s.maxLength !== undefined && s.maxLength < 100_000) out.push(fc.constant('ư'.repeat(s.maxLength + 1)));
  return out;
}

function invalidNumbers(s: JsonSchema, type: string): fc.Arbitrary<unknown>[] {
  const out: unknown[] = [1e308, Number.MAX_SAFE_INTEGER * 4];
  if (type === 'integer') out.push(2.5);
  if (s.minimum !== undefined) out.push(s.minimum - 1);
  if (s.maximum !== undefined) out.push(s.maximum + 1);
  return [fc.constantFrom(...out)];
}

/** An object with one property broken, or one required property missing. */
function invalidObject(s: JsonSchema, components: Components, depth: number): fc.Arbitrary<unknown> | null {
  const props = s.properties ?? {};
  const base = validObject(s, components, depth);
  const broken = Object.entries(props)
    .map(([key, prop]) => [key, invalidValue(prop, components, depth + 1)] as const)
    .filter((entry): entry is readonly [string, fc.Arbitrary<unknown>] => entry[1] !== null);
  const required = (s.required ?? []).filter((k) => k in props);
  const options: fc.Arbitrary<unknown>[] = [];
  if (broken.length) {
    options.push(
      fc
        .tuple(
          base,
          fc.constantFrom(...broken).chain(([key, bad]) => bad.map((value) => [key, value] as const)),
        )
        .map(([value, [key, bad]]) => ({ ...(value as object), [key]: bad, 'trường lạ': 'thừa' })),
    );
  }
  // A required value missing — unless the schema fills it in (a default) and would accept the gap.
  const missable = required.filter((k) => !('default' in (props[k] as object)));
  if (missable.length) {
    options.push(
      fc.tuple(base, fc.constantFrom(...missable)).map(([value, key]) => {
        const copy = { ...(value as Record<string, unknown>) };
        delete copy[key];
        return copy;
      }),
    );
  }
  return options.length ? fc.oneof(...options) : null;
}
