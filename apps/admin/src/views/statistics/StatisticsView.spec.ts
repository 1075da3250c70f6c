import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { ElFormItem } from '../../adapter/element-plus';
import type { SessionUser } from '../../api';
import type { MonthlyTable, QuarterlyFigures, Trend } from '../../api/statistics';
import { mountScreen, problem, type FakeRoutes } from '../../test-http';
import { FINANCE, WAIT } from '../../test-utils';
import StatisticsView from './StatisticsView.vue';

// jsdom draws no canvas: the chart component is replaced by one that writes what it was asked to draw.
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    name: 'Echarts',
    props: { option: { type: Object, required: true } },
    setup(props) {
      return () => h('div', { 'data-test': 'chart', 'data-option': JSON.stringify(props.option) });
    },
  }),
}));

interface Drawn {
  series: { name: string; data: number[] }[];
  xAxis: { data: string[] };
}

/** The options of the charts this screen drew, in page order. */
function drawnIn(wrapper: { findAll: (s: string) => { attributes: (n: string) => string | undefined }[] }): Drawn[] {
  return wrapper.findAll('[data-test="chart"]').map((c) => JSON.parse(c.attributes('data-option') ?? '{}') as Drawn);
}

const PROVINCE: SessionUser = { id: 'u9', username: 'jl-province', displayName: '吉林省管理员', roles: ['province_admin'], regionCode: '220000' };

const cell = (persons: number, amountFen: number, amountWanYuan: string) => ({ persons, amountFen, amountWanYuan });
const EMPTY = cell(0, 0, '0.0000');
const MONTHLY: MonthlyTable = {
  regionCode: '220100',
  periodStart: '2026-10-01',
  periodEnd: '2026-10-31',
  rows: [
    { kind: 'vocational_qualification', label: '职业资格证书', total: cell(2, 345000, '0.3450'), byLevel: { '5': cell(1, 150000, '0.1500'), '4': cell(1, 195000, '0.1950'), '3': EMPTY } },
    { kind: 'skill_level', label: '职业技能等级证书', total: EMPTY, byLevel: { '5': EMPTY, '4': EMPTY, '3': EMPTY } },
    { kind: 'total', label: '合计', total: cell(2, 345000, '0.3450'), byLevel: { '5': cell(1, 150000, '0.1500'), '4': cell(1, 195000, '0.1950'), '3': EMPTY } },
  ],
  distinctPersons: 2,
  caseIds: ['c1', 'c2'],
};
const QUARTERLY = {
  kind: 'quarterly',
  label: '2026-Q4',
  periodStart: '2026-10-01',
  periodEnd: '2026-12-31',
  dueDate: '2027-01-05',
  regionCode: '220100',
  applicationsReceived: 7,
  approved: 4,
  rejected: 1,
  paidPersons: 2,
  paidAmountFen: 345000,
  paidAmountWanYuan: '0.3450',
  paidByLevel: { '5': { persons: 1, amountFen: 150000 }, '4': { persons: 1, amountFen: 195000 }, '3': { persons: 0, amountFen: 0 } },
  paidByKind: { vocational_qualification: { persons: 2, amountFen: 345000 }, skill_level: { persons: 0, amountFen: 0 } },
} as unknown as QuarterlyFigures;

function trendOf(regions: { code: string; name: string }[]): Trend {
  const months = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
  return {
    regionCode: regions.length > 1 ? '220000' : regions[0]!.code,
    regionName: '',
    from: months[0]!,
    to: months.at(-1)!,
    asOf: '2026-11-23',
    months,
    regions,
    rows: months.flatMap((month) =>
      regions.map((r, i) => ({ month, regionCode: r.code, submitted: month === '2026-10' ? 3 + i : 0, approved: month === '2026-10' ? 2 : 0, refused: 0, paidCount: month === '2026-10' ? 1 : 0, paidFen: month === '2026-10' ? 150050 : 0, overdue: i })),
    ),
  };
}

function routes(over: Partial<FakeRoutes> = {}): FakeRoutes {
  return {
    'GET /api/v1/skill-subsidy/statistics/monthly': (req) =>
      req.query.get('format') === 'xlsx'
        ? new Response('xlsx bytes', { status: 200, headers: { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('220100-2026-10-技能提升补贴发放情况统计表.xlsx')}` } })
        : MONTHLY,
    'GET /api/v1/skill-subsidy/statistics/quarterly': () => QUARTERLY,
    'GET /api/v1/skill-subsidy/statistics/trend': () => trendOf([{ code: '220100', name: '长春市' }]),
    ...over,
  } as FakeRoutes;
}

// The charts are a lazy chunk (ECharts is large); import it once up front so each test waits for
// the screen, not for a cold transform of the chunk.
beforeAll(async () => {
  await import('./TrendCharts.vue');
}, 60_000);

beforeEach(() => {
  sessionStorage.clear();
  // 2026-11-23 10:00 in Shanghai: the defaults of the page follow from it.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T02:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function waitForCharts() {
  await vi.waitFor(() => expect(document.querySelector('[data-test="statistics-charts"]')).not.toBeNull(), WAIT);
  await flushPromises();
}

describe('StatisticsView', () => {
  it('shows 附件4 of the month just ended, in persons and 万元 with the yuan to the fen, and the quarter', async () => {
    const { wrapper, requests } = await mountScreen(StatisticsView, '/skill-subsidy/statistics', FINANCE, routes());
    const monthly = requests.find((r) => r.path.endsWith('/monthly'))!;
    expect(Object.fromEntries(monthly.query)).toEqual({ regionCode: '220100', month: '2026-10' });
    const total = wrapper.find('[data-test="monthly-row-total"]').text();
    expect(total).toContain('0.3450');
    expect(total).toContain('3,450.00');
    expect(wrapper.find('[data-test="monthly-row-vocational_qualification"]').text()).toContain('职业资格证书');
    expect(wrapper.find('[data-test="monthly-table"]').text()).toContain('中级（四级）');
    const quarter = requests.find((r) => r.path.endsWith('/quarterly'))!;
    expect(Object.fromEntries(quarter.query)).toEqual({ regionCode: '220100', year: '2026', quarter: '4' });
    expect(wrapper.find('[data-test="quarterly-figures"]').text()).toContain('通过 4，不通过 1');
    expect(wrapper.find('[data-test="quarterly-amount"]').text()).toBe('3,450.00');
    // A city user has one region: no region to choose, no comparison between regions.
    expect(wrapper.find('[data-test="region-select"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="trend-regions"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('downloads the Excel form under the name the API gave', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:annex4'), revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const { wrapper, requests } = await mountScreen(StatisticsView, '/skill-subsidy/statistics?month=2026-10', FINANCE, routes());
    await wrapper.find('[data-test="statistics-download"]').trigger('click');
    await flushPromises();
    const download = requests.find((r) => r.query.get('format') === 'xlsx')!;
    expect(Object.fromEntries(download.query)).toEqual({ regionCode: '220100', month: '2026-10', format: 'xlsx' });
    expect(clicked).toEqual(['220100-2026-10-技能提升补贴发放情况统计表.xlsx']);
    expect(wrapper.find('[data-test="statistics-downloaded"]').text()).toContain('220100-2026-10');
    wrapper.unmount();
  });

  it('says why the download failed', async () => {
    const { wrapper } = await mountScreen(
      StatisticsView,
      '/skill-subsidy/statistics',
      FINANCE,
      routes({
        'GET /api/v1/skill-subsidy/statistics/monthly': (req) => (req.query.get('format') === 'xlsx' ? problem(503, '报表服务暂不可用') : MONTHLY),
      }),
    );
    await wrapper.find('[data-test="statistics-download"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="statistics-download-failure"]').text()).toContain('报表服务暂不可用');
    wrapper.unmount();
  });

  it('charts the last twelve months of the city and lists them month by month', async () => {
    const { wrapper, requests } = await mountScreen(StatisticsView, '/skill-subsidy/statistics', FINANCE, routes());
    const trend = requests.find((r) => r.path.endsWith('/trend'))!;
    expect(Object.fromEntries(trend.query)).toEqual({ regionCode: '220100', from: '2025-12', to: '2026-11' });
    await waitForCharts();
    // One region: the monthly charts only.
    const drawn = drawnIn(wrapper);
    expect(drawn).toHaveLength(2);
    expect(drawn[0]!.xAxis.data).toHaveLength(12);
    expect(drawn[0]!.series.find((s) => s.name === '申请')!.data.at(-2)).toBe(3);
    expect(wrapper.find('[data-test="trend-month-2026-10"]').text()).toContain('1,500.50');
    wrapper.unmount();
  });

  it('gives a provincial admin every city side by side, and the region to choose', async () => {
    const cities = [
      { code: '220100', name: '长春市' },
      { code: '220200', name: '吉林市' },
      { code: '220300', name: '四平市' },
    ];
    const { wrapper, requests } = await mountScreen(
      StatisticsView,
      '/skill-subsidy/statistics',
      PROVINCE,
      routes({ 'GET /api/v1/skill-subsidy/statistics/trend': () => trendOf(cities) }),
    );
    expect(requests.find((r) => r.path.endsWith('/trend'))!.query.get('regionCode')).toBe('220000');
    expect(wrapper.find('[data-test="region-select"]').exists()).toBe(true);
    await waitForCharts();
    const drawn = drawnIn(wrapper);
    expect(drawn).toHaveLength(4);
    const byRegion = drawn.find((d) => d.xAxis.data.includes('四平市'))!;
    expect(byRegion.xAxis.data).toEqual(['长春市', '吉林市', '四平市']);
    const rows = wrapper.findAll('[data-test="trend-regions"] tbody tr');
    expect(rows.map((r) => r.find('th').text())).toEqual(['长春市', '吉林市', '四平市']);
    // 吉林市: 4 applications in October, and 1 overdue at the end of the period (not 12 months added up).
    expect(wrapper.find('[data-test="trend-region-220200"]').text()).toMatch(/吉林市\s*4\s*2\s*0\s*1\s*1,500.50\s*1/);
    wrapper.unmount();
  });

  it('refuses a period the API would refuse, on the field, without asking', async () => {
    const { wrapper, requests } = await mountScreen(StatisticsView, '/skill-subsidy/statistics', FINANCE, routes());
    const before = requests.length;
    await wrapper.find('input[name="from"]').setValue('2026-06');
    await wrapper.find('input[name="to"]').setValue('2026-03');
    await wrapper.find('[data-test="trend-form"]').trigger('submit');
    await flushPromises();
    // The message sits on the field (Element Plus shows it under the field).
    expect(wrapper.findAllComponents(ElFormItem).map((item) => item.props('error'))).toContain('结束月份不能早于起始月份');
    expect(requests.length).toBe(before);
    await wrapper.find('input[name="to"]').setValue('2026-08');
    await wrapper.find('[data-test="trend-form"]').trigger('submit');
    await flushPromises();
    const trend = requests.filter((r) => r.path.endsWith('/trend')).at(-1)!;
    expect(Object.fromEntries(trend.query)).toEqual({ regionCode: '220100', from: '2026-06', to: '2026-08' });
    wrapper.unmount();
  });

  it('shows the loading, empty and error states of the figures', async () => {
    let release: () => void = () => {};
    const { wrapper } = await mountScreen(
      StatisticsView,
      '/skill-subsidy/statistics',
      FINANCE,
      routes({
        'GET /api/v1/skill-subsidy/statistics/quarterly': () => problem(500, ''),
        'GET /api/v1/skill-subsidy/statistics/trend': () =>
          new Promise((resolve) => {
            release = () => resolve({ ...trendOf([{ code: '220100', name: '长春市' }]), rows: [] });
          }),
      }),
    );
    expect(wrapper.find('[data-test="trend-loading"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="quarterly-error"]').text()).toContain('HTTP 500');
    release();
    await flushPromises();
    expect(wrapper.find('[data-test="trend-empty"]').text()).toContain('2025-12 至 2026-11');
    wrapper.unmount();
  });
});
