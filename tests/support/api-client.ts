import type { Database } from '../../src/db/connection.ts';
import { type App, createApp } from '../../src/server/app.ts';

export function buildApp(database: Database): App {
  return createApp(database, { secureCookies: false, sessionDays: 7 });
}

/** The one error shape of the API. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like client of the real HTTP app: keeps the session cookie and sends the CSRF token. */
export class ApiClient {
  cookie = '';
  csrfToken = '';
  /** The client's network address as the server sees it (unset: app.request() has no socket, 'local'). */
  address: string | undefined;

  constructor(
    private readonly app: App,
    private readonly locale = 'vi',
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ) {
    const headers = this.headers(method, extra);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await this.send(path, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    const parsed = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    return { status: res.status, body: parsed as T, headers: res.headers } satisfies ApiResponse<T>;
  }

  /** A multipart/form-data request, as a browser uploads a file (the boundary is set from the form). */
  async upload<T = unknown>(path: string, form: FormData, method = 'POST') {
    const res = await this.send(path, { method, headers: this.headers(method), body: form });
    const text = await res.text();
    const parsed = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    return { status: res.status, body: parsed as T, headers: res.headers } satisfies ApiResponse<T>;
  }

  /** A GET whose answer is a file: its bytes as they were sent. */
  async download(path: string) {
    const res = await this.send(path, { method: 'GET', headers: this.headers('GET') });
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, bytes, headers: res.headers };
  }

  /**
   * A GET whose answer may be an endless stream (server-sent events): the response as it arrives, its body
   * unread. The caller reads what it needs and cancels the body, which closes the stream on the server.
   */
  async stream(path: string, extra: Record<string, string> = {}): Promise<Response> {
    return this.send(path, {
      method: 'GET',
      headers: this.headers('GET', { accept: 'text/event-stream', ...extra }),
    });
  }

  private headers(method: string, extra: Record<string, string> = {}): Record<string, string> {
    const headers: Record<string, string> = { 'accept-language': this.locale, ...extra };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] ??= this.csrfToken;
    return headers;
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    // @hono/node-server's getConnInfo reads the socket from the bindings: give it one with this address.
    const env = this.address ? { incoming: { socket: { remoteAddress: this.address } } } : undefined;
    const res = await this.app.request(path, init, env);
    const setCookie = res.headers.get('set-cookie');
    const session = setCookie?.match(/cd_session=([^;]*)/);
    if (session) this.cookie = session[1] ? `cd_session=${session[1]}` : '';
    return res;
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  put<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async login(username: string, password: string) {
    const res = await this.post<{ csrfToken: string }>('/api/auth/login', { username, password });
    if (res.status === 200) this.csrfToken = res.body.csrfToken;
    return res;
  }
}

export async function loggedIn(app: App, username: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(app);
  const res = await client.login(username, password);
  if (res.status !== 200)
    throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return client;
}
