/**
 * The one way the web app talks to the server: same-origin JSON with the session cookie, a CSRF
 * token on every unsafe request, and every failure turned into an ApiError carrying the server's code.
 */

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A failed request: `code` is one of shared ERROR_CODES, or NETWORK when the server was not reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string | undefined;

  constructor(status: number, code: string, message: string, details?: unknown, requestId?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
  }
}

export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

let csrfToken: Promise<string> | undefined;
let acceptLanguage = 'zh-CN';

/** Sent as Accept-Language so the server's own messages match the interface. */
export function setApiLanguage(lang: string): void {
  acceptLanguage = lang;
}

/** Forget the CSRF token; the next unsafe request fetches a fresh one. */
export function resetCsrf(): void {
  csrfToken = undefined;
}

function getCsrf(): Promise<string> {
  if (!csrfToken) {
    const pending = send<{ token: string }>('GET', '/api/auth/csrf').then((r) => r.token);
    pending.catch(() => {
      if (csrfToken === pending) csrfToken = undefined;
    });
    csrfToken = pending;
  }
  return csrfToken;
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  if (body && typeof body === 'object' && 'code' in body && typeof body.code === 'string') {
    const b = body as { code: string; message?: unknown; details?: unknown; requestId?: unknown };
    const requestId = typeof b.requestId === 'string' ? b.requestId : undefined;
    return new ApiError(res.status, b.code, String(b.message ?? b.code), b.details, requestId);
  }
  const code =
    res.status === 503 || res.status === 502 || res.status === 504 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL';
  return new ApiError(res.status, code, `HTTP ${res.status}`);
}

async function send<T>(method: Method, path: string, body?: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': acceptLanguage };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token !== undefined) headers['x-csrf-token'] = token;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'NETWORK', e instanceof Error ? e.message : 'network error');
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** One request. Unsafe methods carry the CSRF token and retry once with a fresh token if it was refused. */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  if (method === 'GET') return send<T>(method, path);
  try {
    return await sendUnsafe<T>(method, path, body);
  } catch (e) {
    if (!isApiError(e, 'CSRF_INVALID')) throw e;
    resetCsrf();
    return sendUnsafe<T>(method, path, body);
  }
}

async function sendUnsafe<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const result = await send<T>(method, path, body, await getCsrf());
  // A new or ended session needs a new token.
  if (path === '/api/auth/login' || path === '/api/auth/logout') resetCsrf();
  return result;
}

type QueryValue = string | number | boolean | null | undefined;

/** `/path?a=1&b=2`, leaving out empty values. */
export function withQuery(path: string, params: Record<string, QueryValue>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body);
export const put = <T>(path: string, body?: unknown) => api<T>('PUT', path, body);
export const patch = <T>(path: string, body?: unknown) => api<T>('PATCH', path, body);
