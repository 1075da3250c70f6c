import { describe, expect, it, vi } from 'vitest';
import { ApiError, attachmentFilename, createHttpClient, data, NETWORK_ERROR_STATUS, toApiError } from './http';
import { createApi } from './index';

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
    await expect(data(http.POST('/api/v1/auth/login', { body: { username: 'a', password: 'b' } }))).resolves.toEqual({ ok: 1 });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://api.example/api/v1/auth/login');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"username":"a","password":"b"}');
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
    await expect(data(http.GET('/api/v1/auth/me'))).rejects.toMatchObject({ status: 401, detail: '登录已过期' });
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
    await expect(data(http.POST('/api/v1/auth/login', { body: { username: 'u', password: 'wrong' } }))).rejects.toMatchObject({ status: 401, detail: '用户名或密码错误' });
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
    await expect(data(http.GET('/api/v1/system/info'))).rejects.toMatchObject({ status: NETWORK_ERROR_STATUS });
  });
});

describe('files', () => {
  it('reads the file name of an attachment, plain or encoded', () => {
    expect(attachmentFilename('attachment; filename="P220100-20261210-a1.csv"')).toBe('P220100-20261210-a1.csv');
    expect(attachmentFilename("attachment; filename*=UTF-8''%E7%BB%93%E6%9E%9C.csv")).toBe('结果.csv');
    expect(attachmentFilename(null)).toBeNull();
  });

  it('turns a refused download into an ApiError with the detail', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ status: 409, detail: '该批次没有待发放的明细' }), { status: 409, headers: { 'content-type': 'application/problem+json' } }));
    const api = createApi(createHttpClient({ baseUrl: '', getToken: () => 't', fetch: fetchMock as unknown as typeof fetch }));
    await expect(api.payments.bankFile('b1')).rejects.toMatchObject({ status: 409, detail: '该批次没有待发放的明细' });
  });
});

describe('the typed calls', () => {
  /** A fake fetch that records each call as (url, init) and answers from `reply`. */
  function recorder(reply: (url: string, init: RequestInit) => Response) {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), init: init ?? {} });
      return reply(String(url), init ?? {});
    });
    return { calls, fetch: fetch as unknown as typeof globalThis.fetch };
  }
  const ok = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('fills the path and query, sends the token, the JSON body and the Idempotency-Key', async () => {
    const { calls, fetch } = recorder(() => ok({ id: 'c1' }, 201));
    const api = createApi(createHttpClient({ baseUrl: 'https://api.example', getToken: () => 't0k', fetch }));
    await api.cases.list({ status: 'submitted', overdue: true, occupation: ' 焊工 ', sort: '-dueOn', page: 2, pageSize: 20 });
    expect(calls[0]!.url).toBe(
      `https://api.example/api/v1/skill-subsidy/applications?status=submitted&occupation=${encodeURIComponent('焊工')}&overdue=true&sort=-dueOn&page=2&pageSize=20`,
    );
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer t0k');
    expect(calls[0]!.init.body).toBeUndefined();

    const body = { idNumber: '220102198501011234', certificateNo: 'S1', channel: 'counter' as const, payee: { kind: 'bank_account' as const, accountNo: '6222020200112233445', bankName: '工行' } };
    await expect(api.cases.create(body, 'key-1')).resolves.toEqual({ id: 'c1' });
    const create = calls[1]!;
    expect(create.url).toBe('https://api.example/api/v1/skill-subsidy/applications');
    expect(create.init.method).toBe('POST');
    expect(JSON.parse(String(create.init.body))).toEqual(body);
    expect((create.init.headers as Record<string, string>)['idempotency-key']).toBe('key-1');
    expect((create.init.headers as Record<string, string>)['content-type']).toBe('application/json');

    await api.cases.get('a/b');
    expect(calls[2]!.url).toBe('https://api.example/api/v1/skill-subsidy/applications/a%2Fb');
  });

  it('rejects with the ApiError of the problem+json answer, and reports an expired session only for a call with a token', async () => {
    const onUnauthorized = vi.fn();
    const { fetch } = recorder(() => problem(401, { status: 401, detail: '登录已过期' }));
    let token: string | null = 'old';
    const api = createApi(createHttpClient({ baseUrl: '', getToken: () => token, onUnauthorized, fetch }));
    await expect(api.auth.me()).rejects.toMatchObject({ status: 401, detail: '登录已过期' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    token = null;
    await expect(api.auth.login('u', 'wrong')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('turns a network failure into an ApiError with status 0', async () => {
    const api = createApi(
      createHttpClient({
        baseUrl: '',
        getToken: () => null,
        fetch: async () => {
          throw new TypeError('Failed to fetch');
        },
      }),
    );
    await expect(api.system.info()).rejects.toMatchObject({ status: NETWORK_ERROR_STATUS });
  });

  it('downloads the bank file with its name, and posts the result file as text/csv', async () => {
    const { calls, fetch } = recorder((_url, init) =>
      init.method === 'GET'
        ? new Response('a,b\n', { status: 200, headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="P1.csv"' } })
        : ok({ batchId: 'b1', replayed: false }, 201),
    );
    const api = createApi(createHttpClient({ baseUrl: 'https://api.example', getToken: () => 't', fetch }));
    const file = await api.payments.bankFile('b1');
    expect(file.filename).toBe('P1.csv');
    expect(await file.blob.text()).toBe('a,b\n');
    await api.payments.importResult('b1', 'R1,成功\n');
    const post = calls[1]!;
    expect(post.url).toBe('https://api.example/api/v1/skill-subsidy/payment-batches/b1/bank-result');
    expect(post.init.body).toBe('R1,成功\n');
    expect((post.init.headers as Record<string, string>)['content-type']).toBe('text/csv');
  });
});
