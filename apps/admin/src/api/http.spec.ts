import { describe, expect, it, vi } from 'vitest';
import { ApiError, attachmentFilename, createHttpClient, NETWORK_ERROR_STATUS, toApiError } from './http';

function problem(status: number, body: unknown, contentType = 'application/problem+json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });
}

describe('toApiError', () => {
  it('keeps status, detail and every field error of a problem+json answer', async () => {
    const error = await toApiError(
      problem(400, {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: '请求参数不正确',
        errors: [
          { path: 'username', message: '必填' },
          { path: 'password', message: '至少 8 位' },
        ],
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.status).toBe(400);
    expect(error.detail).toBe('请求参数不正确');
    expect(error.message).toBe('请求参数不正确');
    expect(error.errors).toEqual([
      { path: 'username', message: '必填' },
      { path: 'password', message: '至少 8 位' },
    ]);
  });

  it('drops malformed field errors instead of showing undefined', async () => {
    const error = await toApiError(problem(400, { status: 400, errors: [null, { path: 3, message: '坏' }, { path: 'x' }] }));
    expect(error.errors).toEqual([{ path: '', message: '坏' }]);
    expect(error.detail).toBe('');
  });

  it('copes with a non-JSON body, e.g. an HTML page from a proxy', async () => {
    const res = new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } });
    const error = await toApiError(res);
    expect(error.status).toBe(502);
    expect(error.detail).toBe('');
    expect(error.errors).toEqual([]);
    expect(error.message).toBe('HTTP 502');
  });

  it('copes with a body that claims JSON but is not', async () => {
    const res = new Response('{oops', { status: 500, headers: { 'content-type': 'application/json' } });
    expect((await toApiError(res)).status).toBe(500);
  });
});

describe('createHttpClient', () => {
  it('sends the bearer token and JSON body to the base URL', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: 1 }), { status: 200, headers: { 'content-type': 'application/json' } }));
    const http = createHttpClient({ baseUrl: 'https://api.example/', getToken: () => 't0k', fetch });
    await expect(http.post('/api/v1/x', { a: 1 })).resolves.toEqual({ ok: 1 });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://api.example/api/v1/x');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"a":1}');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer t0k');
  });

  it('reports an expired session when a call with a token gets 401', async () => {
    const onUnauthorized = vi.fn();
    const http = createHttpClient({
      baseUrl: '',
      getToken: () => 'old',
      onUnauthorized,
      fetch: async () => problem(401, { status: 401, detail: '登录已过期' }),
    });
    await expect(http.get('/api/v1/auth/me')).rejects.toMatchObject({ status: 401, detail: '登录已过期' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('does not treat a failed login (no token yet) as an expired session', async () => {
    const onUnauthorized = vi.fn();
    const http = createHttpClient({
      baseUrl: '',
      getToken: () => null,
      onUnauthorized,
      fetch: async () => problem(401, { status: 401, detail: '用户名或密码错误' }),
    });
    await expect(http.post('/api/v1/auth/login', {})).rejects.toMatchObject({ status: 401, detail: '用户名或密码错误' });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('turns a network failure into an ApiError with status 0', async () => {
    const http = createHttpClient({
      baseUrl: '',
      getToken: () => null,
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(http.get('/api/health')).rejects.toMatchObject({ status: NETWORK_ERROR_STATUS });
  });
});

describe('files', () => {
  it('reads the file name of an attachment, plain or encoded', () => {
    expect(attachmentFilename('attachment; filename="P220100-20261210-a1.csv"')).toBe('P220100-20261210-a1.csv');
    expect(attachmentFilename("attachment; filename*=UTF-8''%E7%BB%93%E6%9E%9C.csv")).toBe('结果.csv');
    expect(attachmentFilename(null)).toBeNull();
  });

  it('downloads a blob with its name, and posts text as it is with its content type', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'GET'
        ? new Response('a,b\n', { status: 200, headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="x.csv"' } })
        : new Response(JSON.stringify({ ok: true }), { status: 201, headers: { 'content-type': 'application/json' } }),
    );
    const http = createHttpClient({ baseUrl: '', getToken: () => 't', fetch: fetchMock as unknown as typeof fetch });
    const file = await http.download('/f');
    expect(file.filename).toBe('x.csv');
    expect(await file.blob.text()).toBe('a,b\n');
    expect(await http.postText('/r', 'R1,paid\n', 'text/csv')).toEqual({ ok: true });
    const init = fetchMock.mock.calls[1]![1]!;
    expect(init.body).toBe('R1,paid\n');
    expect((init.headers as Record<string, string>)['content-type']).toBe('text/csv');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer t');
  });

  it('turns a refused download into an ApiError with the detail', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ status: 409, detail: '该批次没有待发放的明细' }), { status: 409, headers: { 'content-type': 'application/problem+json' } }));
    const http = createHttpClient({ baseUrl: '', getToken: () => 't', fetch: fetchMock as unknown as typeof fetch });
    await expect(http.download('/f')).rejects.toMatchObject({ status: 409, detail: '该批次没有待发放的明细' });
  });
});
