// The portal only reads public endpoints, so this is the admin's fetch wrapper without sessions:
// a non-2xx answer (application/problem+json per API.md) becomes an ApiError with the server's
// Chinese `detail`, and "no answer at all" becomes status 0.

export class ApiError extends Error {
  readonly status: number;
  readonly detail: string;

  constructor(status: number, detail = '') {
    super(detail || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.detail = detail;
  }
}

export const NETWORK_ERROR_STATUS = 0;

export async function toApiError(res: Response): Promise<ApiError> {
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    try {
      const body: unknown = await res.json();
      const detail = typeof body === 'object' && body !== null ? (body as { detail?: unknown }).detail : undefined;
      return new ApiError(res.status, typeof detail === 'string' ? detail : '');
    } catch {
      // Fall through: a body that claims JSON but is not still gives us the status.
    }
  }
  return new ApiError(res.status);
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export async function getJson<T>(url: string, fetchImpl: Fetch): Promise<T> {
  let res: Response;
  try {
    res = await fetchImpl(url, { headers: { accept: 'application/json, application/problem+json' } });
  } catch {
    throw new ApiError(NETWORK_ERROR_STATUS);
  }
  if (!res.ok) throw await toApiError(res);
  return (await res.json()) as T;
}
