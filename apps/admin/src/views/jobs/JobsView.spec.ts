import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../../api';
import type { JobsOverview } from '../../api/jobs';
import { mountScreen, problem } from '../../test-http';
import JobsView from './JobsView.vue';
import { REFRESH_MS } from './jobs';

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.useRealTimers());

const ADMIN: SessionUser = { id: 'u8', username: 'sys-admin', displayName: '系统管理员', roles: ['system_admin'], regionCode: '000000' };
const LIST = 'GET /api/v1/jobs';

const overview = (done: number): JobsOverview => ({
  jobs: [
    { name: 'skill-subsidy.statistics.monthly', cadence: 'monthly' },
    { name: 'notices.close-ended', cadence: 'daily' },
  ],
  runs: [
    {
      job: 'skill-subsidy.statistics.monthly', period: '2026-11', instance: 'api-1', outcome: done < 9 ? 'running' : 'done',
      progress: { done, total: 9, unit: '地区' }, result: done < 9 ? null : { month: '2026-10', filed: 9 },
      startedAt: '2026-11-02T16:00:00.000Z', finishedAt: done < 9 ? null : '2026-11-02T16:01:05.000Z',
    },
    {
      job: 'notices.close-ended', period: '2026-11-02', instance: 'api-2', outcome: 'failed', progress: null,
      result: { error: '数据库连接中断' }, startedAt: '2026-11-01T16:00:00.000Z', finishedAt: '2026-11-01T16:00:02.000Z',
    },
  ],
});

describe('JobsView', () => {
  it('lists the registered jobs and the runs with progress, outcome, times and the result folded away', async () => {
    const { wrapper, requests } = await mountScreen(JobsView, '/system/jobs', ADMIN, { [LIST]: () => overview(9) });
    expect(requests[0]).toMatchObject({ path: '/api/v1/jobs' });
    expect(requests[0]!.query.get('limit')).toBe('50');
    const registered = wrapper.find('[data-test="jobs-registered"]').text();
    expect(registered).toContain('技能提升补贴月报归档');
    expect(registered).toContain('skill-subsidy.statistics.monthly');
    expect(registered).toContain('每月');
    const runs = wrapper.findAll('[data-test="jobs-run"]');
    expect(runs).toHaveLength(2);
    expect(runs[0]!.text()).toContain('已完成');
    expect(runs[0]!.find('progress').attributes()).toMatchObject({ max: '9', value: '9' });
    expect(runs[0]!.find('[data-test="jobs-progress"]').text()).toBe('9/9地区（100%）');
    // Times in China time, whatever the browser's zone.
    expect(runs[0]!.text()).toContain('2026-11-03 00:00');
    expect(runs[0]!.text()).toContain('用时1分5秒');
    const details = runs[0]!.find('details');
    expect(details.attributes('open')).toBeUndefined();
    expect(details.find('[data-test="jobs-result"]').text()).toContain('"filed": 9');
    expect(runs[1]!.text()).toContain('失败');
    expect(runs[1]!.text()).toContain('数据库连接中断');
    wrapper.unmount();
  });

  it('reads the list again every 10 seconds while the page is open, and no more once it is closed', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    let done = 3;
    const { wrapper, requests } = await mountScreen(JobsView, '/system/jobs', ADMIN, { [LIST]: () => overview(done) });
    expect(wrapper.find('[data-test="jobs-progress"]').text()).toBe('3/9地区（33%）');
    done = 6;
    await vi.advanceTimersByTimeAsync(REFRESH_MS);
    await flushPromises();
    expect(requests).toHaveLength(2);
    expect(wrapper.find('[data-test="jobs-progress"]').text()).toBe('6/9地区（67%）');
    wrapper.unmount();
    await vi.advanceTimersByTimeAsync(REFRESH_MS * 3);
    expect(requests).toHaveLength(2);
  });

  it('narrows the runs to one job through the address', async () => {
    const { wrapper, requests, router } = await mountScreen(JobsView, '/system/jobs?job=notices.close-ended&limit=100', ADMIN, { [LIST]: () => overview(9) });
    expect(requests[0]!.query.get('job')).toBe('notices.close-ended');
    expect(requests[0]!.query.get('limit')).toBe('100');
    await router.replace('/system/jobs');
    await flushPromises();
    expect(requests.at(-1)!.query.has('job')).toBe(false);
    wrapper.unmount();
  });

  it('shows an empty list and a load failure', async () => {
    const empty = await mountScreen(JobsView, '/system/jobs', ADMIN, { [LIST]: () => ({ jobs: [], runs: [] }) });
    expect(empty.wrapper.find('[data-test="jobs-no-runs"]').exists()).toBe(true);
    empty.wrapper.unmount();
    const failed = await mountScreen(JobsView, '/system/jobs', ADMIN, { [LIST]: () => problem(403, '无权访问') });
    expect(failed.wrapper.find('[data-test="jobs-error"]').text()).toContain('无权访问');
    failed.wrapper.unmount();
  });
});
