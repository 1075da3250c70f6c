import { describe, expect, it } from 'vitest';
import { emptyObjectionForm, validateObjection } from './objection';

describe('validateObjection', () => {
  it('asks for a name, a mobile number and a reason of at least 5 characters', () => {
    const r = validateObjection({ ...emptyObjectionForm(), contactPhone: '1380013800', content: '不对' });
    expect(r.ok ? {} : r.errors).toEqual({
      contactName: '请填写联系人姓名',
      contactPhone: '手机号码应为11位中国大陆手机号',
      content: '请写明异议的理由，至少5个字',
    });
    const ok = validateObjection({ contactName: ' 王五 ', contactPhone: '138-0013-8000', content: '此人并未在该单位工作' });
    expect(ok.ok && ok.request).toEqual({ contactName: '王五', contactPhone: '13800138000', content: '此人并未在该单位工作' });
  });
});
