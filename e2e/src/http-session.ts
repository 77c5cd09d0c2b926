/** A minimal cookie-keeping HTTP client for tests that talk to a server process. */
export class HttpSession {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;

  constructor(readonly base: string) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair?.indexOf('=') ?? -1;
      if (pair && i > 0) this.cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
    }
  }

  async request(method: string, url: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookieHeader() };
    if (method !== 'GET') {
      if (!this.csrf) {
        const r = await fetch(`${this.base}/api/auth/csrf`, { headers: { cookie: this.cookieHeader() } });
        this.keep(r);
        this.csrf = ((await r.json()) as { token: string }).token;
        headers.cookie = this.cookieHeader();
      }
      headers['x-csrf-token'] = this.csrf;
      headers['content-type'] = 'application/json';
    }
    const res = await fetch(`${this.base}${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    this.keep(res);
    return res;
  }

  async login(username: string, password: string) {
    const res = await this.request('POST', '/api/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    this.csrf = null;
  }
}
