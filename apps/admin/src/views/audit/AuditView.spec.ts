import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { ElFormItem } from '../../adapter/element-plus';
import type { SessionUser } from '../../api';
import type { AuditEntry } from '../../api/audit';
import { mountScreen, problem } from '../../test-http';
import { apiQueryOf, searchFromQuery, searchToQuery } from './audit';
import AuditView from './AuditView.vue';

const AUDITOR: SessionUser = { id: 'u7', username: 'auditor', displayName: '内控审计员', roles: ['auditor'], regionCode: '000000' };

const ENTRY: AuditEntry = {
  id: 42,
  at: '2026-11-23T02:05:00.000Z',
  actor: 'jl-handler',
  action: 'case.correct_payee',
  entity: 'case',
  entityId: '8f3e0a9c-1111-4222-8333-944455556666',
  ip: '10.1.2.3',
  before: { payee: { kind: 'bank_account', accountNoMasked: '6222***0128' } },
  after: { payee: { kind: 'social_security_card', accountNoMasked: '6217***2333' } },
  prevHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
};

const page = (items: AuditEntry[], total = items.length) => ({ items, total, page: 1, pageSize: 20 });

beforeEach(() => sessionStorage.clear());

describe('audit search state', () => {
  it('reads the filters from the URL, writes back only what is set, and sends whole China-time days', () => {
    const search = searchFromQuery({ actor: ' jl-handler ', from: '2026-11-01', to: '2026-11-23', page: '2', entity: 'x'.repeat(80), pageSize: '7' });
    expect(search).toMatchObject({ actor: 'jl-handler', from: '2026-11-01', to: '2026-11-23', page: 2, pageSize: 20 });
    expect(search.entity).toHaveLength(64);
    expect(searchToQuery({ ...search, entity: '' })).toEqual({ actor: 'jl-handler', from: '2026-11-01', to: '2026-11-23', page: '2' });
    expect(apiQueryOf({ ...search, entity: '' })).toEqual({
      actor: 'jl-handler',
      from: '2026-11-01T00:00:00+08:00',
      to: '2026-11-24T00:00:00+08:00',
      page: 2,
      pageSize: 20,
    });
    expect(searchFromQuery({ from: '2026-13-01' }).from).toBe('');
  });
});

describe('AuditView', () => {
  it('lists the entries newest first with who, when (China time), what and the values before and after', async () => {
    const { wrapper, requests } = await mountScreen(AuditView, '/audit', AUDITOR, { 'GET /api/v1/audit/entries': () => page([ENTRY], 61) });
    expect(Object.fromEntries(requests[0]!.query)).toEqual({ page: '1', pageSize: '20' });
    const row = wrapper.find('[data-test="audit-row-42"]').text();
    expect(row).toContain('2026-11-23 10:05');
    expect(row).toContain('jl-handler');
    expect(row).toContain('case.correct_payee');
    expect(row).toContain('6222***0128');
    expect(row).toContain('6217***2333');
    expect(wrapper.find('[data-test="audit-table"] caption').text()).toContain('共61条');
    wrapper.unmount();
  });

  it('searches by the filters, with the dates as whole days, and follows one record’s trail', async () => {
    const { wrapper, requests, router } = await mountScreen(AuditView, '/audit', AUDITOR, { 'GET /api/v1/audit/entries': () => page([ENTRY]) });
    await wrapper.find('input[name="actor"]').setValue('jl-handler');
    await wrapper.find('input[name="from"]').setValue('2026-11-01');
    await wrapper.find('input[name="to"]').setValue('2026-11-23');
    await wrapper.find('[data-test="audit-filters"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ actor: 'jl-handler', from: '2026-11-01', to: '2026-11-23' });
    expect(Object.fromEntries(requests.at(-1)!.query)).toEqual({
      actor: 'jl-handler',
      from: '2026-11-01T00:00:00+08:00',
      to: '2026-11-24T00:00:00+08:00',
      page: '1',
      pageSize: '20',
    });
    await wrapper.find('[data-test="audit-follow-42"]').trigger('click');
    await flushPromises();
    expect(Object.fromEntries(requests.at(-1)!.query)).toEqual({ entity: 'case', entityId: ENTRY.entityId, page: '1', pageSize: '20' });
    wrapper.unmount();
  });

  it('refuses an end date before the start, on the field, without asking', async () => {
    const { wrapper, requests } = await mountScreen(AuditView, '/audit', AUDITOR, { 'GET /api/v1/audit/entries': () => page([]) });
    const before = requests.length;
    await wrapper.find('input[name="from"]').setValue('2026-11-23');
    await wrapper.find('input[name="to"]').setValue('2026-11-01');
    await wrapper.find('[data-test="audit-filters"]').trigger('submit');
    await flushPromises();
    expect(wrapper.findAllComponents(ElFormItem).map((item) => item.props('error'))).toContain('结束日期不能早于开始日期');
    expect(requests.length).toBe(before);
    wrapper.unmount();
  });

  it('shows the empty and the error state', async () => {
    const empty = await mountScreen(AuditView, '/audit', AUDITOR, { 'GET /api/v1/audit/entries': () => page([]) });
    expect(empty.wrapper.find('[data-test="audit-empty"]').exists()).toBe(true);
    empty.wrapper.unmount();
    const failing = await mountScreen(AuditView, '/audit', AUDITOR, { 'GET /api/v1/audit/entries': () => problem(400, '请求参数不正确') });
    expect(failing.wrapper.find('[data-test="audit-error"]').text()).toContain('请求参数不正确');
    failing.wrapper.unmount();
  });

  it('verifies the chain and says clearly whether it holds, and where it breaks', async () => {
    let answer = { valid: true, entries: 1532, firstBrokenAt: null as number | null };
    const { wrapper, requests } = await mountScreen(AuditView, '/audit', AUDITOR, {
      'GET /api/v1/audit/entries': () => page([]),
      'GET /api/v1/audit/verify': () => answer,
    });
    await wrapper.find('[data-test="audit-verify-start"]').trigger('click');
    await flushPromises();
    expect(requests.some((r) => r.path === '/api/v1/audit/verify')).toBe(true);
    expect(wrapper.find('[data-test="audit-valid"]').text()).toContain('哈希链完整：共校验1532条记录');
    answer = { valid: false, entries: 877, firstBrokenAt: 877 };
    await wrapper.find('[data-test="audit-verify-start"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="audit-valid"]').exists()).toBe(false);
    const broken = wrapper.find('[data-test="audit-broken"]');
    expect(broken.attributes('role')).toBe('alert');
    expect(broken.text()).toContain('哈希链在第877号记录处断裂');
    wrapper.unmount();
  });

  it('says why the verification could not run', async () => {
    const { wrapper } = await mountScreen(AuditView, '/audit', AUDITOR, {
      'GET /api/v1/audit/entries': () => page([]),
      'GET /api/v1/audit/verify': () => problem(503, '数据库暂不可用'),
    });
    await wrapper.find('[data-test="audit-verify-start"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="audit-verify-failure"]').text()).toContain('数据库暂不可用');
    wrapper.unmount();
  });
});
