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
  /** The whole problem body, for the extra members some refusals carry (e.g. the skipped cases of a 409). */
  readonly body: Record<string, unknown>;

  constructor(init: { status: number; detail?: string; errors?: FieldError[]; type?: string; title?: string; body?: Record<string, unknown> }) {
    // The message is what ends up in logs; the UI reads `detail` and `errors` directly.
    super(init.detail || init.title || `HTTP ${init.status}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.detail = init.detail ?? '';
    this.errors = init.errors ?? [];
    this.type = init.type;
    this.title = init.title;
    this.body = init.body ?? {};
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
    body: problem,
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
  /** Sends a file's text as it is (e.g. a bank's result file as text/csv), not as JSON. */
  postText<T>(path: string, text: string, contentType: string): Promise<T>;
  /** Reads a file the API sends as an attachment, with the name from its Content-Disposition. */
  download(path: string): Promise<DownloadedFile>;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string | null;
}

/** The file name of `attachment; filename="…"` (RFC 6266, plain or RFC 5987 encoded), or null. */
export function attachmentFilename(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed encoding falls back to the plain name below.
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || null;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  /** One round trip: the raw response when it is 2xx, an ApiError otherwise. */
  async function send(method: string, path: string, init: { body?: string; contentType?: string; accept?: string; extra?: Record<string, string> }): Promise<Response> {
    const token = options.getToken();
    const headers: Record<string, string> = { ...init.extra, accept: init.accept ?? 'application/json, application/problem+json' };
    if (init.contentType) headers['content-type'] = init.contentType;
    if (token) headers.authorization = `Bearer ${token}`;

    let res: Response;
    try {
      res = await doFetch(`${base}${path}`, { method, headers, body: init.body });
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
    return res;
  }

  async function request<T>(method: string, path: string, body?: unknown, extra?: Record<string, string>): Promise<T> {
    const res = await send(method, path, {
      ...(body === undefined ? {} : { body: JSON.stringify(body), contentType: 'application/json' }),
      ...(extra ? { extra } : {}),
    });
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }

  return {
    get: (path) => request('GET', path),
    post: (path, body, headers) => request('POST', path, body, headers),
    put: (path, body) => request('PUT', path, body),
    postText: async <T>(path: string, text: string, contentType: string) => {
      const res = await send('POST', path, { body: text, contentType });
      return (await res.json()) as T;
    },
    download: async (path) => {
      const res = await send('GET', path, { accept: '*/*' });
      return { blob: await res.blob(), filename: attachmentFilename(res.headers.get('content-disposition')) };
    },
  };
}
