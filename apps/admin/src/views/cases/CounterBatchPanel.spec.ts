import { creditCodeCheckChar } from '@huimin/domain';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { ElFormItem } from '../../adapter/element-plus';
import { createHttpClient } from '../../api';
import type { CounterBatchAnswer } from '../../api/counter';
import { HTTP_KEY } from '../../composables/useHttp';
import { json, problem } from '../../test-http';
import { fakeApi, HANDLER, setup } from '../../test-utils';
import CounterBatchPanel from './CounterBatchPanel.vue';

beforeEach(() => sessionStorage.clear());

const FIRST17 = '91220101MA1234567';
const CODE = FIRST17 + creditCodeCheckChar(FIRST17);
const CSV = '\uFEFFidNumber,certificateNo,payeeKind,accountNo,bankName,phone\r\n220102198001011234,S2201002504000001,银行卡,6222020200112233445,吉林银行,\r\n220102198802100000,X1,银行卡,6222020200112233445,吉林银行,\r\n';

interface Sent {
  method: string;
  url: URL;
  contentType: string | null;
  idempotencyKey: string | null;
  body: string;
}

const ROW = { index: 0, applicantName: '张三', occupation: '电工', level: 3, amountFen: 200000, eligible: true };
const PREVIEW: CounterBatchAnswer = {
  dryRun: true,
  total: 2,
  created: [],
  accepted: [ROW],
  errors: [{ index: 1, path: 'idNumber', message: '身份证号校验位不正确' }],
};
const RESULT: CounterBatchAnswer = { dryRun: false, total: 2, created: [{ ...ROW, caseId: 'c42' }], errors: PREVIEW.errors };

/** A real HTTP client over a fetch that records the raw request (the sheet is bytes, not JSON). */
async function mountPanel(answer: (sent: Sent) => Response) {
  const sent: Sent[] = [];
  // Takes what either kind of fetch receives: a Request, or a URL and its init.
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const s: Sent = {
      method: request.method,
      url: new URL(request.url),
      contentType: request.headers.get('content-type'),
      idempotencyKey: request.headers.get('idempotency-key'),
      body: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await request.arrayBuffer()),
    };
    sent.push(s);
    return answer(s);
  };
  const http = createHttpClient({ baseUrl: 'http://api.test', getToken: () => 't', fetch });
  const ctx = setup(fakeApi());
  ctx.session.signIn('t', HANDLER);
  await ctx.router.push('/skill-subsidy/cases/new?tab=employer');
  const wrapper = mount(CounterBatchPanel, { global: { ...ctx.global, provide: { ...ctx.global.provide, [HTTP_KEY as symbol]: http } }, attachTo: document.body });
  return { wrapper, sent };
}

async function choose(wrapper: VueWrapper, file: File): Promise<void> {
  const input = wrapper.find('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
}

const errorOf = (wrapper: VueWrapper, id: string) => wrapper.findAllComponents(ElFormItem).find((i) => i.props('for') === id)?.props('error');

describe('CounterBatchPanel', () => {
  it('previews the sheet as a dry run, then submits it once with an Idempotency-Key and links the created cases', async () => {
    const { wrapper, sent } = await mountPanel((s) => json(200, s.url.searchParams.get('dryRun') === '1' ? PREVIEW : RESULT));
    expect(wrapper.find('[data-test="counter-batch-template"]').attributes('href')).toContain('data:text/csv');
    await wrapper.find('input[name="creditCode"]').setValue(CODE.toLowerCase());
    await choose(wrapper, new File([CSV], '职工申请.csv', { type: 'text/csv' }));
    await wrapper.find('[data-test="counter-batch-form"]').trigger('submit');
    await flushPromises();

    expect(sent).toHaveLength(1);
    const dry = sent[0]!;
    expect(dry.method).toBe('POST');
    expect(dry.url.pathname).toBe('/api/v1/skill-subsidy/counter-batches');
    expect(dry.url.searchParams.get('creditCode')).toBe(CODE);
    expect(dry.url.searchParams.get('dryRun')).toBe('1');
    expect(dry.contentType).toBe('text/csv');
    expect(dry.idempotencyKey).toBeNull();
    // The sheet's content as chosen (a leading BOM may be dropped on the way: the API ignores it either way).
    expect(dry.body.replace(/^\uFEFF/, '')).toBe(CSV.slice(1));

    const preview = wrapper.find('[data-test="counter-batch-preview"]');
    expect(preview.text()).toContain('共2行：1行可以受理，1行有错误');
    expect(preview.find('[data-test="counter-batch-accepted"]').text()).toContain('张三');
    const error = preview.find('[data-test="counter-batch-error"]').text();
    expect(error).toContain('3');
    expect(error).toContain('身份证号');
    expect(error).toContain('身份证号校验位不正确');

    await wrapper.find('[data-test="counter-batch-confirm"]').trigger('click');
    await wrapper.find('[data-test="counter-batch-confirm"]').trigger('click');
    await flushPromises();
    expect(sent).toHaveLength(2);
    const real = sent[1]!;
    expect(real.url.searchParams.has('dryRun')).toBe(false);
    expect(real.idempotencyKey).toMatch(/^counter-batch-/);
    expect(real.body.replace(/^\uFEFF/, '')).toBe(CSV.slice(1));

    const result = wrapper.find('[data-test="counter-batch-result"]');
    expect(result.text()).toContain('已受理1件申请');
    expect(result.find('[data-test="counter-batch-case-c42"]').attributes('href')).toBe('/skill-subsidy/cases/c42');
    expect(wrapper.find('[data-test="counter-batch-preview"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('sends an .xlsx sheet as its bytes with the Excel type', async () => {
    const { wrapper, sent } = await mountPanel(() => json(200, PREVIEW));
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    await wrapper.find('input[name="creditCode"]').setValue(CODE);
    await choose(wrapper, new File([bytes], '职工申请.xlsx', { type: '' }));
    await wrapper.find('[data-test="counter-batch-form"]').trigger('submit');
    await flushPromises();
    expect(sent[0]!.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(sent[0]!.body.startsWith('PK')).toBe(true);
    wrapper.unmount();
  });

  it('checks the credit code and the file in Chinese before sending anything', async () => {
    const { wrapper, sent } = await mountPanel(() => json(200, PREVIEW));
    await wrapper.find('[data-test="counter-batch-form"]').trigger('submit');
    expect(errorOf(wrapper, 'batch-credit-code')).toBe('请填写单位的统一社会信用代码');
    expect(errorOf(wrapper, 'batch-file')).toBe('请选择申请表文件');
    await wrapper.find('input[name="creditCode"]').setValue(FIRST17 + (CODE.endsWith('0') ? '1' : '0'));
    await choose(wrapper, new File(['x'], '职工申请.pdf', { type: 'application/pdf' }));
    await wrapper.find('[data-test="counter-batch-form"]').trigger('submit');
    expect(errorOf(wrapper, 'batch-credit-code')).toBe('统一社会信用代码校验位不正确');
    expect(errorOf(wrapper, 'batch-file')).toContain('CSV');
    expect(sent).toHaveLength(0);
    wrapper.unmount();
  });

  it('puts an employer outside the region on the credit code and a refused sheet in the alert', async () => {
    let reply = problem(404, '未找到该单位的参保登记');
    const { wrapper } = await mountPanel(() => reply);
    await wrapper.find('input[name="creditCode"]').setValue(CODE);
    await choose(wrapper, new File([CSV], 'a.csv', { type: 'text/csv' }));
    await wrapper.find('[data-test="counter-batch-form"]').trigger('submit');
    await flushPromises();
    expect(errorOf(wrapper, 'batch-credit-code')).toBe('未找到该单位的参保登记');
    reply = problem(400, '请求参数有误', [{ path: '', message: '不认识的列：姓名；请使用模板的列名' }]);
    await wrapper.find('[data-test="counter-batch-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-test="counter-batch-failure"]').text()).toContain('不认识的列：姓名');
    wrapper.unmount();
  });

  it('forgets a preview when the file or the employer changes', async () => {
    const { wrapper } = await mountPanel(() => json(200, PREVIEW));
    await wrapper.find('input[name="creditCode"]').setValue(CODE);
    await choose(wrapper, new File([CSV], 'a.csv', { type: 'text/csv' }));
    await wrapper.find('[data-test="counter-batch-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-test="counter-batch-preview"]').exists()).toBe(true);
    await choose(wrapper, new File([CSV], 'b.csv', { type: 'text/csv' }));
    expect(wrapper.find('[data-test="counter-batch-preview"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
