// A small fetch wrapper for /api, typed by the paths of the OpenAPI document: same-origin cookies, JSON
// bodies, the CSRF header on writes, and one error type carrying the server's `{ error: { code, message,
// fields } }`.
import type { paths } from './generated/openapi.ts';
import type { ApiErrorBody } from './models.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | boolean | null | undefined>;

interface ClientSettings {
  /** The UI language, sent as Accept-Language so messages come back localised even before sign-in. */
  locale: () => string;
  /** Message for failures that carry no server error body (network down, proxy error). */
  fallbackMessage: (status: number) => string;
}

let csrfToken: string | null = null;
let settings: ClientSettings = {
  locale: () => 'vi',
  fallbackMessage: (status) => (status === 0 ? 'Network error' : `HTTP ${status}`),
};

export function configureClient(next: Partial<ClientSettings>): void {
  settings = { ...settings, ...next };
}

/** Set from the `csrfToken` of GET /api/auth/me or of the login answer; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

export async function request<T>(method: Method, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': settings.locale(),
  };
  // A FormData body (file upload) sets its own multipart Content-Type with the boundary.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', settings.fallbackMessage(0));
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    if (isErrorBody(data)) {
      const { code, message, fields } = data.error;
      throw new ApiError(response.status, code, message, fields ?? {});
    }
    throw new ApiError(response.status, 'HTTP_ERROR', settings.fallbackMessage(response.status));
  }
  return data as T;
}

/** The file name a download answer gives (RFC 5987 `filename*` first, then the ASCII `filename`). */
export function fileNameOf(contentDisposition: string | null): string | null {
  if (!contentDisposition) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(contentDisposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // Malformed escapes: fall back to the plain name.
    }
  }
  return /filename="([^"]*)"/i.exec(contentDisposition)?.[1] ?? null;
}

/**
 * A file from a same-origin URL (a generated document, an export) with the name the server gives it; a
 * refusal throws the same ApiError as any call, with the server's message.
 */
export async function fetchFile(url: string): Promise<{ blob: Blob; fileName: string | null }> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      headers: { 'Accept-Language': settings.locale() },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', settings.fallbackMessage(0));
  }
  if (!response.ok) {
    let data: unknown = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    if (isErrorBody(data)) {
      const { code, message, fields } = data.error;
      throw new ApiError(response.status, code, message, fields ?? {});
    }
    throw new ApiError(response.status, 'HTTP_ERROR', settings.fallbackMessage(response.status));
  }
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
}

// --- typed by the OpenAPI document ------------------------------------------------------------------

export type Verb = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** The paths that answer `verb`. */
type PathsWith<V extends Verb> = {
  [P in keyof paths]: paths[P] extends Record<V, unknown> ? P : never;
}[keyof paths];
export type Operation<P extends keyof paths, V extends Verb> =
  paths[P] extends Record<V, infer O> ? O : never;

type PathInit<O> = O extends { parameters: { path: infer T } } ? { path: T } : { path?: undefined };
type QueryInit<O> = O extends { parameters: { query: infer T } }
  ? { query: T }
  : O extends { parameters: { query?: infer T } }
    ? { query?: T }
    : { query?: undefined };
type BodyInit<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? { body: B }
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? { body?: B }
    : O extends { requestBody: { content: { 'multipart/form-data': unknown } } }
      ? { body: FormData }
      : { body?: undefined };
/** The path parameters, query and body the operation declares. */
export type RequestInit<O> = PathInit<O> & QueryInit<O> & BodyInit<O>;
/** The JSON body `verb path` takes: `BodyOf<'/plans/{id}', 'put'>`. */
export type BodyOf<P extends keyof paths, V extends Verb> = NonNullable<RequestInit<Operation<P, V>>['body']>;
/** The query `GET path` takes. */
export type QueryOf<P extends keyof paths> = NonNullable<RequestInit<Operation<P, 'get'>>['query']>;
/** Word, PDF or the print view: every document route takes the same `format`. */
export type DocumentFormat = QueryOf<'/plans/{id}/document'>['format'];
/** The init argument may be left out when nothing in it is required. */
type InitArgs<O> = object extends RequestInit<O> ? [init?: RequestInit<O>] : [init: RequestInit<O>];

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
/** What a successful call answers: the JSON of its 200 or 201 response, nothing for a 204. */
export type ResponseOf<O> = O extends { responses: infer R }
  ? R extends { 200: infer S }
    ? JsonOf<S>
    : R extends { 201: infer S }
      ? JsonOf<S>
      : undefined
  : never;

/** `/plans/{id}` with `{ id }` → `/plans/0192…`, each parameter URL-encoded. */
function fillPath(path: string, params: object | undefined): string {
  const values = (params ?? {}) as Record<string, string | number>;
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${path}: missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

function call<V extends Verb>(verb: V) {
  const method = verb.toUpperCase() as Method;
  return <P extends PathsWith<V>>(path: P, ...[init]: InitArgs<Operation<P, V>>) => {
    const { path: params, query, body } = (init ?? {}) as { path?: object; query?: Query; body?: unknown };
    // Writes always send a JSON body, {} when the operation takes none.
    const sent = verb === 'get' || verb === 'delete' ? body : (body ?? {});
    return request<ResponseOf<Operation<P, V>>>(method, fillPath(path, params), sent, query);
  };
}

/** One function per HTTP verb, typed by the OpenAPI paths: `api.get('/plans/{id}', { path: { id } })`. */
export const api = {
  get: call('get'),
  post: call('post'),
  put: call('put'),
  patch: call('patch'),
  delete: call('delete'),
};

/** The address of a GET operation, for plain links (documents, files, server-sent events). */
export function apiUrl<P extends PathsWith<'get'>>(
  path: P,
  ...[init]: InitArgs<Operation<P, 'get'>>
): string {
  const { path: params, query } = (init ?? {}) as { path?: object; query?: Query };
  return buildUrl(fillPath(path, params), query);
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
