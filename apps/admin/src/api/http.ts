// A small typed wrapper over fetch. Every API error is application/problem+json (API.md), so callers
// get one Error type carrying the HTTP status, the server's Chinese `detail` and the per-field errors.

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly type: string | undefined;
  readonly title: string | undefined;

  constructor(init: { status: number; detail?: string; errors?: FieldError[]; type?: string; title?: string }) {
    // The message is what ends up in logs; the UI reads `detail` and `errors` directly.
    super(init.detail || init.title || `HTTP ${init.status}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.detail = init.detail ?? '';
    this.errors = init.errors ?? [];
    this.type = init.type;
    this.title = init.title;
  }
}

/** Status 0 stands for "no HTTP answer at all" (network down, CORS refused, server not running). */
export const NETWORK_ERROR_STATUS = 0;

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function asFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { path, message } = item as Record<string, unknown>;
    if (typeof message !== 'string') return [];
    return [{ path: typeof path === 'string' ? path : '', message }];
  });
}

/** Turns a non-2xx response into an ApiError, whatever its body (a proxy may answer with HTML). */
export async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = undefined;
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      body = await res.json();
    } catch {
      body = undefined;
    }
  }
  if (typeof body !== 'object' || body === null) return new ApiError({ status: res.status });
  const problem = body as Record<string, unknown>;
  return new ApiError({
    status: res.status,
    detail: asString(problem.detail),
    title: asString(problem.title),
    type: asString(problem.type),
    errors: asFieldErrors(problem.errors),
  });
}

export interface HttpClientOptions {
  /** Origin (and optional prefix) of the API; '' means the page's own origin. */
  baseUrl: string;
  getToken: () => string | null;
  /** Called when a request that carried a token is refused with 401: the session has expired. */
  onUnauthorized?: () => void;
  fetch?: typeof fetch;
}

export interface HttpClient {
  get<T>(path: string): Promise<T>;
  /** `headers` adds request headers, e.g. the Idempotency-Key of a create. */
  post<T>(path: string, body: unknown, headers?: Record<string, string>): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function request<T>(method: string, path: string, body?: unknown, extra?: Record<string, string>): Promise<T> {
    const token = options.getToken();
    const headers: Record<string, string> = { ...extra, accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;

    let res: Response;
    try {
      res = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      const error = new ApiError({ status: NETWORK_ERROR_STATUS });
      (error as Error).cause = cause;
      throw error;
    }

    if (!res.ok) {
      // Only a request that was sent with a token can mean "your session ended"; a 401 from the
      // login form itself is a wrong password and must stay on the form.
      if (res.status === 401 && token) options.onUnauthorized?.();
      throw await toApiError(res);
    }
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }

  return {
    get: (path) => request('GET', path),
    post: (path, body, headers) => request('POST', path, body, headers),
    put: (path, body) => request('PUT', path, body),
  };
}
