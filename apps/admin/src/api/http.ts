// The admin's HTTP client: the API client generated from the OpenAPI document (@huimin/api-client), with the
// app's session and errors. Every API error is application/problem+json (API.md), so callers get one Error type
// carrying the HTTP status, the server's Chinese `detail` and the per-field errors.
import { attachmentFilename, createApiClient, data, type ApiClient } from '@huimin/api-client';

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

/**
 * The typed client (`GET`, `POST`, `PUT` …: paths, parameters, bodies and answers checked against the API's
 * OpenAPI document), every non-2xx answer rejecting with an ApiError so that a call resolves only with data.
 */
export type HttpClient = ApiClient;

export interface DownloadedFile {
  blob: Blob;
  filename: string | null;
}

export { attachmentFilename, data };

/** A file answer of the typed client (`parseAs: 'blob'`), with the name from its Content-Disposition. */
export async function downloaded(call: Promise<{ data?: Blob; error?: unknown; response: Response }>): Promise<DownloadedFile> {
  const result = await call;
  return { blob: await data(Promise.resolve(result)), filename: attachmentFilename(result.response.headers.get('content-disposition')) };
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  function networkError(cause: unknown): ApiError {
    const error = new ApiError({ status: NETWORK_ERROR_STATUS });
    (error as Error).cause = cause;
    return error;
  }

  return createApiClient({
    baseUrl: base,
    // Handed on as (url, init): what the browser's and the tests' fetch take.
    fetch: async (request) => {
      const init: RequestInit = { method: request.method, headers: Object.fromEntries(request.headers) };
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        const body = /json|text|csv/i.test(request.headers.get('content-type') ?? '') ? await request.text() : await request.blob();
        if (typeof body === 'string' ? body !== '' : body.size > 0) init.body = body;
      }
      return doFetch(request.url, init);
    },
    token: options.getToken,
    toError: async (response, request) => {
      // Only a request that was sent with a token can mean "your session ended"; a 401 from the
      // login form itself is a wrong password and must stay on the form.
      if (response.status === 401 && request.headers.has('authorization')) options.onUnauthorized?.();
      return toApiError(response);
    },
    networkError,
  });
}
