// The portal's side of the typed API client (@huimin/api-client, generated from the API's OpenAPI document): a
// non-2xx answer (application/problem+json per API.md) becomes an ApiError with the server's Chinese `detail` and
// its per-field `errors`, and "no answer at all" becomes status 0.
import { createApiClient, type ApiClient } from '@huimin/api-client';

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly detail: string;
  readonly errors: FieldError[];

  constructor(status: number, detail = '', errors: FieldError[] = []) {
    super(detail || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.detail = detail;
    this.errors = errors;
  }
}

function asFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { path, message } = item as Record<string, unknown>;
    return typeof message === 'string' ? [{ path: typeof path === 'string' ? path : '', message }] : [];
  });
}

export const NETWORK_ERROR_STATUS = 0;

export async function toApiError(res: Response): Promise<ApiError> {
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    try {
      const body: unknown = await res.json();
      const problem = typeof body === 'object' && body !== null ? (body as { detail?: unknown; errors?: unknown }) : {};
      return new ApiError(res.status, typeof problem.detail === 'string' ? problem.detail : '', asFieldErrors(problem.errors));
    } catch {
      // Fall through: a body that claims JSON but is not still gives us the status.
    }
  }
  return new ApiError(res.status);
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * The typed client for one base URL: `client.GET('/api/v1/…', …)` with paths, parameters, bodies and answers
 * checked against the API. `token` gives the applicant's or employer's bearer token, read at each call.
 */
export function createPortalClient(baseUrl: string, fetchImpl: Fetch, token: () => string | null = () => null): ApiClient {
  return createApiClient({
    baseUrl,
    // As (url, init), the form both the browser's fetch and the tests' fakes take.
    fetch: async (request) => {
      const init: RequestInit = { method: request.method, headers: Object.fromEntries(request.headers) };
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        const body = /json|text/i.test(request.headers.get('content-type') ?? '') ? await request.text() : await request.blob();
        if (typeof body === 'string' ? body !== '' : body.size > 0) init.body = body;
      }
      return fetchImpl(request.url, init);
    },
    token,
    toError: (response) => toApiError(response),
    networkError: () => new ApiError(NETWORK_ERROR_STATUS),
  });
}
