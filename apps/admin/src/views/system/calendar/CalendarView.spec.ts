import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type CalendarYearSummary, type LoadedCalendarYear } from '../../../api';
import { CALENDAR_OK, fakeApi, HANDLER, setup, WAIT } from '../../../test-utils';
import CalendarView from './CalendarView.vue';

beforeEach(() => sessionStorage.clear());

const LOADED: CalendarYearSummary[] = [
  { year: 2025, documentNo: '国办发明电〔2024〕12号', source: 'chinese-days@1.5.7' },
  { year: 2026, documentNo: '国务院办公厅关于2026年部分节假日安排的通知', source: '通知原文' },
];
const WARNING = '2027年的节假日安排尚未载入；国务院办公厅通知发布后请尽快载入';

async function mountCalendar(api = fakeApi()) {
  const ctx = setup(api);
  ctx.session.signIn('t', { ...HANDLER, roles: ['system_admin'], regionCode: '000000' });
  await ctx.router.push('/system/calendar');
  const wrapper = mount(CalendarView, { global: ctx.global, attachTo: document.body });
  await flushPromises();
  return { ...ctx, wrapper };
}

async function fill(wrapper: Awaited<ReturnType<typeof mountCalendar>>['wrapper'], values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const selector = name === 'daysOff' || name === 'workdays' ? `textarea[name="${name}"]` : `input[name="${name}"]`;
    await wrapper.find(selector).setValue(value);
  }
}

describe('CalendarView', () => {
  it('shows the status warning, the loaded years newest first, and offers the missing year', async () => {
    const api = fakeApi({
      calendarYears: async () => LOADED,
      calendarStatus: async () => ({ ...CALENDAR_OK, today: '2026-11-23', warning: WARNING }),
    });
    const { wrapper } = await mountCalendar(api);
    expect(wrapper.find('[data-test="calendar-warning"]').text()).toContain(WARNING);
    const rows = wrapper.findAll('[data-test="calendar-years"] tbody tr').map((r) => r.text());
    expect(rows[0]).toContain('2026');
    expect(rows[1]).toContain('国办发明电〔2024〕12号');
    expect((wrapper.find('input[name="year"]').element as HTMLInputElement).value).toBe('2027');
    wrapper.unmount();
  });

  it('does not send a schedule that breaks the rules, and says which lines are wrong', async () => {
    const api = fakeApi();
    const { wrapper } = await mountCalendar(api);
    await fill(wrapper, { year: '2027', documentNo: '国办发明电〔2026〕X号', daysOff: '2027-01-01\nfoo', workdays: '2027-01-04' });
    await wrapper.find('[data-test="calendar-form"]').trigger('submit');
    await flushPromises();
    expect(api.calendar.putYear).not.toHaveBeenCalled();
    expect(wrapper.find('[data-test="calendar-confirm"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="calendar-daysOff-errors"]').text()).toContain('第2行');
    const workdays = wrapper.find('[data-test="calendar-workdays-errors"]').text();
    expect(workdays).toContain('第1行');
    expect(workdays).toContain('2027-01-04');
    expect(workdays).toContain('应为周六或周日');
    wrapper.unmount();
  });

  it('asks to confirm, sends once, then lists the year and says so', async () => {
    let finish: (value: LoadedCalendarYear) => void = () => undefined;
    const years = vi.fn<() => Promise<CalendarYearSummary[]>>().mockResolvedValue(LOADED);
    const api = fakeApi({ calendarYears: years, putCalendarYear: () => new Promise((resolve) => (finish = resolve)) });
    const { wrapper } = await mountCalendar(api);
    await fill(wrapper, { year: '2027', documentNo: '国办发明电〔2026〕X号', daysOff: '2027-01-01\n2027-02-06 至 2027-02-12', workdays: '2027-02-14' });
    expect(wrapper.find('[data-test="calendar-preview"]').text()).toContain('共放假8天');
    await wrapper.find('[data-test="calendar-form"]').trigger('submit');
    const confirm = wrapper.find('[data-test="calendar-confirm"]');
    expect(confirm.text()).toContain('将载入2027年节假日安排');
    await confirm.find('[data-test="calendar-confirm-submit"]').trigger('click');
    await confirm.find('[data-test="calendar-confirm-submit"]').trigger('click');
    expect(api.calendar.putYear).toHaveBeenCalledTimes(1);
    expect(api.calendar.putYear).toHaveBeenCalledWith(2027, {
      documentNo: '国办发明电〔2026〕X号',
      daysOff: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
      workdays: ['2027-02-14'],
    });

    years.mockResolvedValue([...LOADED, { year: 2027, documentNo: '国办发明电〔2026〕X号', source: 'sys-admin' }]);
    finish({
      year: 2027,
      documentNo: '国办发明电〔2026〕X号',
      source: 'sys-admin',
      daysOff: ['2027-01-01'],
      workdays: ['2027-02-14'],
      loadedAt: '2026-11-23T02:00:00.000Z',
      loadedBy: 'sys-admin',
    });
    await flushPromises();
    expect(wrapper.find('[data-test="calendar-success"]').text()).toContain('已载入2027年节假日安排');
    expect(wrapper.find('[data-test="calendar-year-2027"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('warns that replacing a loaded year recomputes open deadlines', async () => {
    const { wrapper } = await mountCalendar(fakeApi({ calendarYears: async () => LOADED }));
    await fill(wrapper, { year: '2026', documentNo: '更正通知', daysOff: '2026-01-01', workdays: '' });
    await wrapper.find('[data-test="calendar-form"]').trigger('submit');
    const confirm = wrapper.find('[data-test="calendar-confirm"]').text();
    expect(confirm).toContain('2026年已载入');
    expect(confirm).toContain('替换原安排');
    wrapper.unmount();
  });

  it('puts the API’s 400 errors beside the lines they are about', async () => {
    const api = fakeApi({
      putCalendarYear: async () => {
        throw new ApiError({
          status: 400,
          detail: '2027年节假日安排有误，请按提示修改',
          errors: [
            { path: 'daysOff[2]', message: '服务器指出的问题' },
            { path: 'documentNo', message: '文号已被使用' },
          ],
        });
      },
    });
    const { wrapper } = await mountCalendar(api);
    await fill(wrapper, { year: '2027', documentNo: 'X', daysOff: '2027-01-01\n\n2027-02-06 至 2027-02-07', workdays: '' });
    await wrapper.find('[data-test="calendar-form"]').trigger('submit');
    await wrapper.find('[data-test="calendar-confirm-submit"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="calendar-failure"]').text()).toContain('2027年节假日安排有误');
    // daysOff[2] is 2027-02-07, the second day of the range typed on line 3.
    const errors = wrapper.find('[data-test="calendar-daysOff-errors"]').text();
    expect(errors).toContain('第3行');
    expect(errors).toContain('2027-02-07');
    expect(errors).toContain('服务器指出的问题');
    await vi.waitFor(() => expect(wrapper.text()).toContain('文号已被使用'), WAIT);
    wrapper.unmount();
  });
});
