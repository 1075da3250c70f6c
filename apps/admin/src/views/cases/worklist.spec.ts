import { mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { describe, expect, it } from 'vitest';
import { caseListParams } from '../../api';
import { useLabels } from '../../composables/useLabels';
import { createAppI18n } from '../../modules/i18n';
import { CASE_LIST_SORTS, listQueryFromState, pendingStatuses, queryFromState, sortFromTable, stateFromQuery, tableSort, yearsSpanned } from './worklist';

describe('pendingStatuses', () => {
  it('gives each role the statuses whose next step it takes', () => {
    expect(pendingStatuses(['handler'])).toEqual(['submitted', 'appealed']);
    expect(pendingStatuses(['reviewer'])).toEqual(['reviewing']);
    expect(pendingStatuses(['head', 'reviewer'])).toEqual(['reviewing']);
    expect(pendingStatuses(['handler', 'reviewer'])).toEqual(['submitted', 'reviewing', 'appealed']);
    expect(pendingStatuses(['finance', 'auditor'])).toEqual([]);
  });
});

describe('work list query', () => {
  it('opens "my pending" on the first pending status of the roles', () => {
    const state = stateFromQuery({}, ['reviewer']);
    expect(state).toMatchObject({ view: 'mine', status: 'reviewing', page: 1, pageSize: 20 });
    expect(listQueryFromState(state)).toEqual({ status: 'reviewing', page: 1, pageSize: 20 });
  });

  it('keeps "my pending" inside the pending statuses and ignores the other filters there', () => {
    const state = stateFromQuery({ status: 'paid', channel: 'counter', overdue: 'true' }, ['handler']);
    expect(state.status).toBe('submitted');
    expect(listQueryFromState(state)).toEqual({ status: 'submitted', page: 1, pageSize: 20 });
  });

  it('sends every filter of 全部案件 and drops invalid values', () => {
    const state = stateFromQuery(
      { view: 'all', status: 'reviewing', channel: 'counter', occupation: ' 焊工 ', level: '4', from: '2026-01-01', to: 'soon', overdue: 'true', page: '3', pageSize: '50' },
      ['handler'],
    );
    expect(listQueryFromState(state)).toEqual({
      status: 'reviewing',
      channel: 'counter',
      occupation: '焊工',
      level: 4,
      from: '2026-01-01',
      overdue: true,
      page: 3,
      pageSize: 50,
    });
    const bad = stateFromQuery({ view: 'all', status: 'nope', channel: 'fax', level: '9', page: '-1', pageSize: '7' }, ['handler']);
    expect(listQueryFromState(bad)).toEqual({ page: 1, pageSize: 20 });
  });

  it('falls back to 全部案件 for roles with nothing pending', () => {
    expect(stateFromQuery({}, ['finance']).view).toBe('all');
  });

  it('round-trips the state through the URL and writes only what differs from the defaults', () => {
    const state = stateFromQuery({ view: 'all', level: '3', overdue: 'true', page: '2' }, ['handler']);
    const query = queryFromState(state);
    expect(query).toEqual({ view: 'all', level: '3', overdue: 'true', page: '2' });
    expect(stateFromQuery(query as Record<string, string>, ['handler'])).toEqual(state);
    expect(queryFromState(stateFromQuery({}, ['handler']))).toEqual({ status: 'submitted' });
  });

  it('builds the API query with only the filters set, never overdue=false', () => {
    expect(caseListParams({ page: 1, pageSize: 20 })).toEqual({ page: 1, pageSize: 20 });
    expect(caseListParams({ status: 'submitted', occupation: '  ', overdue: true, page: 2, pageSize: 20 })).toEqual({
      status: 'submitted',
      overdue: 'true',
      page: 2,
      pageSize: 20,
    });
    expect(caseListParams({ occupation: ' 电工 ', overdue: false, sort: '-dueOn', page: 1, pageSize: 20 })).toEqual({
      occupation: '电工',
      sort: '-dueOn',
      page: 1,
      pageSize: 20,
    });
  });

  it('keeps the order asked for in the URL and sends it in both views, dropping an order the API does not take', () => {
    const mine = stateFromQuery({ sort: '-dueOn' }, ['handler']);
    expect(mine.sort).toBe('-dueOn');
    expect(listQueryFromState(mine)).toEqual({ status: 'submitted', sort: '-dueOn', page: 1, pageSize: 20 });
    expect(queryFromState(mine)).toEqual({ status: 'submitted', sort: '-dueOn' });
    const all = stateFromQuery({ view: 'all', sort: 'amountFen', page: '2' }, ['handler']);
    expect(stateFromQuery(queryFromState(all) as Record<string, string>, ['handler'])).toEqual(all);
    expect(stateFromQuery({ sort: 'createdAt' }, ['handler']).sort).toBe('');
    expect(stateFromQuery({ sort: '-amountFen;drop' }, ['handler']).sort).toBe('');
  });

  it("turns the table's sort-change into the API's sort and back", () => {
    expect(sortFromTable('dueOn', 'ascending')).toBe('dueOn');
    expect(sortFromTable('amountFen', 'descending')).toBe('-amountFen');
    expect(sortFromTable('applicationDate', 'ascending')).toBe('submittedAt');
    expect(sortFromTable('status', 'descending')).toBe('-status');
    // The third click clears the order: back to the API's default.
    expect(sortFromTable('dueOn', null)).toBe('');
    expect(sortFromTable('applicantName', 'ascending')).toBe('');
    for (const sort of CASE_LIST_SORTS) {
      const shown = tableSort(sort);
      expect(shown).not.toBeNull();
      expect(sortFromTable(shown!.prop, shown!.order)).toBe(sort);
    }
    expect(tableSort('')).toBeNull();
  });

  it('asks for every calendar year between today and the latest due date', () => {
    expect(yearsSpanned('2026-11-23', ['2026-12-01', null])).toEqual([2026]);
    expect(yearsSpanned('2026-11-23', ['2027-01-08', '2026-12-30'])).toEqual([2026, 2027]);
    expect(yearsSpanned('2026-11-23', [])).toEqual([2026]);
  });
});

describe('status and channel labels', () => {
  function labels(locale: 'zh-CN' | 'en') {
    let result: ReturnType<typeof useLabels> | undefined;
    mount(defineComponent({ setup: () => { result = useLabels(); return () => h('div'); } }), {
      global: { plugins: [createAppI18n(locale)] },
    });
    return result!;
  }

  it('names the statuses as the domain does in Chinese, in English in English, and shows unknown ones as sent', () => {
    const zh = labels('zh-CN');
    expect(zh.statusLabel('submitted')).toBe('已提交');
    expect(zh.statusLabel('reviewing')).toBe('审核中');
    expect(zh.statusLabel('notice_passed')).toBe('公示通过');
    expect(zh.statusLabel('mystery')).toBe('mystery');
    expect(zh.channelLabel('proxy')).toBe('代办');
    const en = labels('en');
    expect(en.statusLabel('payment_failed')).toBe('Payment failed');
    expect(en.channelLabel('counter')).toBe('At the counter');
  });
});
