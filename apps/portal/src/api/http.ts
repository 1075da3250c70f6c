// The admin's fetch wrapper, minus its staff session (the applicant's token is added by
// api/applicant.ts through the extra headers): a non-2xx answer (application/problem+json per API.md) becomes an ApiError with the server's
// Chinese `detail` and its per-field `errors`, and "no answer at all" becomes status 0.

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

async function request<T>(url: string, fetchImpl: Fetch, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetchImpl(url, init);
  } catch {
    throw new ApiError(NETWORK_ERROR_STATUS);
  }
  if (!res.ok) throw await toApiError(res);
  // 204 (logout) has no body.
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

const ACCEPT = 'application/json, application/problem+json';

export function getJson<T>(url: string, fetchImpl: Fetch, headers: Record<string, string> = {}): Promise<T> {
  return request<T>(url, fetchImpl, { headers: { accept: ACCEPT, ...headers } });
}

export function postJson<T>(url: string, body: unknown, fetchImpl: Fetch, headers: Record<string, string> = {}): Promise<T> {
  return request<T>(url, fetchImpl, {
    method: 'POST',
    headers: { accept: ACCEPT, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** A file body (the employer's batch sheet): sent as it is, with its own content type. */
export function postFile<T>(url: string, body: Blob, contentType: string, fetchImpl: Fetch, headers: Record<string, string> = {}): Promise<T> {
  return request<T>(url, fetchImpl, { method: 'POST', headers: { accept: ACCEPT, 'content-type': contentType, ...headers }, body });
}
