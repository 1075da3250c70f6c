import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../api';
import type { RatingItem, RatingPage } from '../../api/ratings';
import { mountScreen, problem } from '../../test-http';
import { HEAD } from '../../test-utils';
import { distribution, ratingsFromQuery, satisfaction } from './ratings';
import RatingsView from './RatingsView.vue';

const PROVINCE_AUDITOR: SessionUser = { id: 'u7', username: 'auditor', displayName: '内控审计员', roles: ['auditor'], regionCode: '000000' };

const ITEM: RatingItem = {
  caseId: 'c1',
  regionCode: '220100',
  applicantName: '张*三',
  channel: 'online',
  occupation: '焊工',
  level: 4,
  score: 2,
  comment: '材料要求交了两次',
  createdAt: '2026-11-20T06:00:00.000Z',
};
const SUMMARY: RatingPage['summary'] = { count: 8, average: 4.125, byScore: { '1': 0, '2': 1, '3': 0, '4': 2, '5': 5 } };
const pageOf = (items: RatingItem[], summary = SUMMARY): RatingPage => ({ items, total: items.length, page: 1, pageSize: 20, summary });

beforeEach(() => sessionStorage.clear());

describe('ratings state and summary', () => {
  it('reads the score filter from the URL and drops a score that does not exist', () => {
    expect(ratingsFromQuery({ score: '2' }).score).toBe(2);
    expect(ratingsFromQuery({ score: '6' }).score).toBeNull();
  });

  it('gives each score its share, and counts satisfied (4–5) and dissatisfied (1–2)', () => {
    expect(distribution(SUMMARY).map((s) => [s.score, s.count, s.percent])).toEqual([
      [5, 5, 63],
      [4, 2, 25],
      [3, 0, 0],
      [2, 1, 13],
      [1, 0, 0],
    ]);
    expect(satisfaction(SUMMARY)).toEqual({ good: 7, bad: 1 });
    expect(distribution({ count: 0, average: null, byScore: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 } }).every((s) => s.percent === 0)).toBe(true);
  });
});

describe('RatingsView', () => {
  it('shows the summary of the region and each rating, the low ones marked', async () => {
    const { wrapper, requests } = await mountScreen(RatingsView, '/skill-subsidy/ratings', HEAD, { 'GET /api/v1/skill-subsidy/ratings': () => pageOf([ITEM]) });
    expect(Object.fromEntries(requests[0]!.query)).toEqual({ regionCode: '220100', page: '1', pageSize: '20' });
    expect(wrapper.find('[data-test="ratings-average"]').text()).toBe('4.1');
    expect(wrapper.find('[data-test="ratings-summary"]').text()).toContain('共8条评价');
    expect(wrapper.find('[data-test="ratings-distribution"]').text()).toContain('63%');
    const row = wrapper.find('[data-test="rating-row-c1"]');
    expect(row.text()).toContain('材料要求交了两次');
    expect(row.text()).toContain('网上申请');
    expect(row.find('[role="img"]').attributes('aria-label')).toBe('2分');
    expect(row.classes()).toContain('ratings__row--low');
    wrapper.unmount();
  });

  it('filters by score through the URL', async () => {
    const { wrapper, requests, router } = await mountScreen(RatingsView, '/skill-subsidy/ratings', HEAD, { 'GET /api/v1/skill-subsidy/ratings': () => pageOf([ITEM]) });
    await router.push('/skill-subsidy/ratings?score=1');
    await flushPromises();
    expect(requests.at(-1)!.query.get('score')).toBe('1');
    wrapper.unmount();
  });

  it('lets a national reader pick the region, and shows the empty and the error state', async () => {
    const empty = await mountScreen(RatingsView, '/skill-subsidy/ratings?region=220100', PROVINCE_AUDITOR, {
      'GET /api/v1/skill-subsidy/ratings': () => pageOf([], { count: 0, average: null, byScore: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 } }),
    });
    expect(empty.requests[0]!.query.get('regionCode')).toBe('220100');
    expect(empty.wrapper.find('[data-test="region-select"]').exists()).toBe(true);
    expect(empty.wrapper.find('[data-test="ratings-average"]').text()).toBe('—');
    expect(empty.wrapper.find('[data-test="ratings-empty"]').exists()).toBe(true);
    empty.wrapper.unmount();
    const failing = await mountScreen(RatingsView, '/skill-subsidy/ratings', HEAD, { 'GET /api/v1/skill-subsidy/ratings': () => problem(403, '无权查看') });
    expect(failing.wrapper.find('[data-test="ratings-error"]').text()).toContain('无权查看');
    failing.wrapper.unmount();
  });
});
