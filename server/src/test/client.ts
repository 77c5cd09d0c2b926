import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { TEST_PASSWORD } from './fixture';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A browser-like client over app.inject(): keeps cookies, fetches and sends the CSRF token. */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;

  constructor(private readonly app: FastifyInstance) {}

  private remember(res: LightMyRequestResponse) {
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && new Date(c.expires).getTime() < Date.now()))
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async csrfToken(): Promise<string> {
    if (!this.csrf) {
      const res = await this.app.inject({
        method: 'GET',
        url: '/api/auth/csrf',
        headers: { cookie: this.cookieHeader() },
      });
      this.remember(res);
      this.csrf = (res.json() as { token: string }).token;
    }
    return this.csrf;
  }

  async request(
    method: Method,
    url: string,
    body?: unknown,
    opts: { csrf?: boolean; headers?: Record<string, string>; raw?: string } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    if (method !== 'GET' && opts.csrf !== false) headers['x-csrf-token'] = await this.csrfToken();
    const o: InjectOptions = { method, url, headers };
    if (opts.raw !== undefined) {
      o.payload = opts.raw;
      headers['content-type'] ??= 'application/json';
    } else if (body !== undefined) {
      o.payload = body as InjectOptions['payload'];
    }
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    const res = await this.app.inject(o);
    this.remember(res);
    return res;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body ?? {});
  }
  patch(url: string, body: unknown) {
    return this.request('PATCH', url, body);
  }
  put(url: string, body: unknown) {
    return this.request('PUT', url, body);
  }

  async login(username: string, password = TEST_PASSWORD): Promise<LightMyRequestResponse> {
    const res = await this.post('/api/auth/login', { username, password });
    this.csrf = null;
    return res;
  }
}

export async function signedIn(app: FastifyInstance, username: string): Promise<TestClient> {
  const c = new TestClient(app);
  const res = await c.login(username);
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
  return c;
}
