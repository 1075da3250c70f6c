import { describe, expect, it, vi } from 'vitest';
import { createApplicantApi } from './applicant';
import { createEmployerApi, CSV_TYPE } from './employer';
import { ApiError, NETWORK_ERROR_STATUS } from './http';
import { createPortalApi } from './policies';
import { fetchSystemInfo } from './system';

/** A fake fetch that records each call as (url, init) and answers from `reply`. */
function recorder(reply: () => Response = () => Response.json({ ok: true })) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    calls.push({ url, init: init ?? {} });
    return reply();
  });
  return { calls, fetch };
}

describe('the typed calls', () => {
  it('return the parsed body of a 2xx answer', async () => {
    const { fetch } = recorder(() => Response.json([{ program: 'skill-subsidy' }]));
    await expect(createPortalApi('https://api.example', fetch).policies('220100')).resolves.toEqual([{ program: 'skill-subsidy' }]);
  });

  it('keep the Chinese detail of a problem+json answer', async () => {
    const res = new Response(JSON.stringify({ status: 503, title: 'Service Unavailable', detail: '系统维护中', errors: [{ path: 'regionCode', message: '请选择地区' }] }), {
      status: 503,
      headers: { 'content-type': 'application/problem+json' },
    });
    const error = await createPortalApi('https://api.example', async () => res)
      .policies('220100')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, detail: '系统维护中', errors: [{ path: 'regionCode', message: '请选择地区' }] });
  });

  it('report status 0 when the server cannot be reached', async () => {
    const error = await createPortalApi('https://api.example', async () => {
      throw new TypeError('Failed to fetch');
    })
      .policies('220100')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: NETWORK_ERROR_STATUS });
  });

  it("send the applicant's token, the path and the Idempotency-Key of an application", async () => {
    const { calls, fetch } = recorder();
    const api = createApplicantApi('https://api.example/', fetch, () => 'ap_t0k');
    const body = { certificateNo: 'S1', channel: 'online' as const, payee: { kind: 'bank_account' as const, accountNo: '6222020200112233445', bankName: '工行' } };
    await api.apply(body, 'key-1');
    await api.case('a/b');
    await api.cases();
    const [apply, one, list] = calls;
    expect(apply!.url).toBe('https://api.example/api/v1/skill-subsidy/applications');
    expect(JSON.parse(String(apply!.init.body))).toEqual(body);
    const headers = apply!.init.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer ap_t0k');
    expect(headers['idempotency-key']).toBe('key-1');
    expect(one!.url).toBe('https://api.example/api/v1/skill-subsidy/applications/a%2Fb');
    expect(list!.url).toBe('https://api.example/api/v1/skill-subsidy/applications?pageSize=100');
  });

  it('send the public routes without a token', async () => {
    const { calls, fetch } = recorder();
    await createApplicantApi('https://api.example', fetch, () => null).notices();
    expect((calls[0]!.init.headers as Record<string, string>).authorization).toBeUndefined();
  });

  it("upload the employer's sheet as it is, with its own content type, and ask for a dry run", async () => {
    const { calls, fetch } = recorder();
    const sheet = new Blob(['idNumber,certificateNo\n'], { type: CSV_TYPE });
    await createEmployerApi('https://api.example', fetch, () => 'ap_e').batch(sheet, CSV_TYPE, { dryRun: true });
    const call = calls[0]!;
    expect(call.url).toBe('https://api.example/api/v1/skill-subsidy/employer-batches?dryRun=1');
    expect((call.init.headers as Record<string, string>)['content-type']).toBe(CSV_TYPE);
    expect(call.init.body).toBe('idNumber,certificateNo\n');
  });
});

describe('fetchSystemInfo', () => {
  it('calls the configured API base without doubling slashes', async () => {
    let called = '';
    await fetchSystemInfo('https://api.example/', async (url) => {
      called = url;
      return Response.json({ programs: [], demo: false, version: '1' });
    });
    expect(called).toBe('https://api.example/api/v1/system/info');
  });
});
