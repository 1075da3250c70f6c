import { DEFAULT_BANK_FILE_LAYOUT, type BankFileLayout } from '@huimin/domain';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { ElFormItem } from '../../adapter/element-plus';
import type { SessionUser } from '../../api';
import type { BankLayouts } from '../../api/bank-layouts';
import { mountScreen, problem, type FakeRoutes } from '../../test-http';
import { FINANCE } from '../../test-utils';
import BankLayoutsView from './BankLayoutsView.vue';

beforeEach(() => sessionStorage.clear());

const PIPE: BankFileLayout = {
  ...DEFAULT_BANK_FILE_LAYOUT,
  id: 'jl-bank-pipe',
  name: '吉林银行代发（竖线分隔）',
  encoding: 'utf-8',
  delimiter: '|',
  lineEnding: 'lf',
  amountUnit: 'fen',
  file: { header: false, columns: [{ field: 'reference', title: '业务参考号' }, { field: 'account_no', title: '账号' }, { field: 'payee_name', title: '户名' }, { field: 'amount', title: '金额' }] },
  result: { header: false, columns: ['reference', 'status', 'reason'], paidValues: ['S'], failedValues: ['F'] },
};
const PROVINCE_ADMIN: SessionUser = { id: 'u7', username: 'jl-province', displayName: '吉林省管理员', roles: ['province_admin'], regionCode: '220000' };
const LIST = 'GET /api/v1/skill-subsidy/bank-file-layouts';
const SAVE = 'PUT /api/v1/skill-subsidy/bank-file-layouts/220100';

const none: BankLayouts = { default: DEFAULT_BANK_FILE_LAYOUT, regions: [] };
const errorOf = (wrapper: VueWrapper, id: string) => wrapper.findAllComponents(ElFormItem).find((i) => i.props('for') === id)?.props('error');

async function open(user: SessionUser, routes: FakeRoutes) {
  return mountScreen(BankLayoutsView, '/skill-subsidy/bank-file-layouts', user, routes);
}

describe('BankLayoutsView', () => {
  it('shows the platform default read-only, the region’s layout in use, and a preview of the first two lines', async () => {
    const { wrapper } = await open(FINANCE, { [LIST]: () => none });
    expect(wrapper.find('[data-test="bank-layouts-default"]').text()).toContain(DEFAULT_BANK_FILE_LAYOUT.name);
    expect(wrapper.find('[data-test="bank-layouts-default"] input').exists()).toBe(false);
    expect(wrapper.find('[data-test="bank-layouts-region-220100"]').text()).toContain('未单独设置');
    // A region without its own layout starts from the default.
    expect((wrapper.find('input[name="name"]').element as HTMLInputElement).value).toBe(DEFAULT_BANK_FILE_LAYOUT.name);
    const lines = wrapper.findAll('[data-test="layout-preview-lines"] code').map((l) => l.text());
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('序号,业务参考号,收款人姓名');
    expect(lines[1]).toContain('张三,6222020200112233445');
    expect(wrapper.find('[data-test="layout-preview"]').text()).toContain('BOM');
    wrapper.unmount();
  });

  it('checks the layout with the shared schema before sending, with the messages beside the fields', async () => {
    const { wrapper, requests } = await open(FINANCE, { [LIST]: () => none, [SAVE]: () => ({}) });
    await wrapper.find('input[name="name"]').setValue('');
    // Remove the account column (the fourth of the default).
    await wrapper.find('[data-test="layout-file-column-3"]').findAll('button').at(2)!.trigger('click');
    await wrapper.find('[data-test="bank-layouts-form"]').trigger('submit');
    await flushPromises();
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
    expect(errorOf(wrapper, 'layout-name')).toBe('不能为空');
    expect(wrapper.find('[data-test="layout-file-columns-error"]').text()).toBe('银行文件须包含account_no列');
    expect(wrapper.find('[data-test="bank-layouts-failure"]').text()).toContain('格式有误');
    expect(wrapper.find('[data-test="layout-preview-invalid"]').exists()).toBe(true);
    // The message goes once the field is right again.
    await wrapper.find('input[name="name"]').setValue('吉林银行代发');
    expect(errorOf(wrapper, 'layout-name')).toBeUndefined();
    wrapper.unmount();
  });

  it('saves a valid layout for the region and says so', async () => {
    let saved: unknown = null;
    const { wrapper, requests } = await open(FINANCE, {
      [LIST]: () => (saved ? { default: DEFAULT_BANK_FILE_LAYOUT, regions: [{ regionCode: '220100', layout: saved, updatedBy: 'jl-finance', updatedAt: '2026-11-23T02:00:00.000Z' }] } : none),
      [SAVE]: (req) => {
        saved = req.body;
        return { regionCode: '220100', layout: req.body, updatedBy: 'jl-finance', updatedAt: '2026-11-23T02:00:00.000Z' };
      },
    });
    await wrapper.find('input[name="name"]').setValue('吉林银行代发文件');
    await wrapper.find('input[name="id"]').setValue('jl-bank-v1');
    // Move 序号 below 业务参考号.
    await wrapper.find('[data-test="layout-file-column-0"]').findAll('button').at(1)!.trigger('click');
    await wrapper.find('[data-test="bank-layouts-form"]').trigger('submit');
    await flushPromises();
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe('/api/v1/skill-subsidy/bank-file-layouts/220100');
    expect(put?.body).toMatchObject({ id: 'jl-bank-v1', name: '吉林银行代发文件', delimiter: ',' });
    expect((put?.body as BankFileLayout).file.columns.slice(0, 2).map((c) => c.field)).toEqual(['reference', 'line_no']);
    expect(wrapper.find('[data-test="bank-layouts-done"]').text()).toContain('已保存');
    expect(wrapper.find('[data-test="bank-layouts-region-220100"]').text()).toContain('吉林银行代发文件');
    wrapper.unmount();
  });

  it('puts the server’s 400 field errors beside the fields', async () => {
    const { wrapper } = await open(FINANCE, {
      [LIST]: () => ({ default: DEFAULT_BANK_FILE_LAYOUT, regions: [{ regionCode: '220100', layout: PIPE, updatedBy: 'jl-finance', updatedAt: '2026-11-20T02:00:00.000Z' }] }),
      [SAVE]: () => problem(400, '银行文件格式有误，请按提示修改', [{ path: 'file.columns[2].title', message: '列标题与银行约定不符' }, { path: 'purpose', message: '用途过长' }]),
    });
    expect((wrapper.find('input[name="id"]').element as HTMLInputElement).value).toBe('jl-bank-pipe');
    // The region's own layout is in the form and its preview: no header, a bar between fields, fen, LF.
    const first = wrapper.findAll('[data-test="layout-preview-lines"] code')[0]!.text();
    expect(first).toMatch(/^P220100-\d{8}-000001-00001\|6222020200112233445\|张三\|150000␊$/);
    await wrapper.find('[data-test="bank-layouts-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-test="layout-file-column-2"]').text()).toContain('列标题与银行约定不符');
    expect(errorOf(wrapper, 'layout-purpose')).toBe('用途过长');
    expect(wrapper.find('[data-test="bank-layouts-failure"]').text()).toContain('银行文件格式有误');
    wrapper.unmount();
  });

  it('lets a provincial admin see that a city uses the province’s layout and set the city’s own', async () => {
    const { wrapper } = await open(PROVINCE_ADMIN, {
      [LIST]: () => ({ default: DEFAULT_BANK_FILE_LAYOUT, regions: [{ regionCode: '220000', layout: PIPE, updatedBy: 'jl-province', updatedAt: '2026-11-20T02:00:00.000Z' }] }),
    });
    expect(wrapper.find('[data-test="bank-layouts-region-220000"]').text()).toContain(PIPE.name);
    expect(wrapper.find('[data-test="bank-layouts-region-220100"]').text()).toContain('使用全省的格式');
    await wrapper.find('[data-test="bank-layouts-edit-220100"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('#layout-form-title').text()).toContain('长春');
    expect((wrapper.find('input[name="id"]').element as HTMLInputElement).value).toBe('jl-bank-pipe');
    wrapper.unmount();
  });

  it('shows the load failure with a retry', async () => {
    const { wrapper } = await open(FINANCE, { [LIST]: () => problem(403, '无权访问') });
    expect(wrapper.find('[data-test="bank-layouts-error"]').text()).toContain('无权访问');
    wrapper.unmount();
  });
});
