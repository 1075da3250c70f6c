import { describe, expect, it } from 'vitest';
import type { PreviewCertificate } from '../../api/counter';
import { checkCounterForm, checkIdNumber, defaultPick, emptyCounterForm, isPickable, newIdempotencyKey } from './counter-form';

const ID = '11010519491231002X';
const PROXY_ID = '220102198001011234';
const LUHN_OK = '6222021234567890128';

function filled() {
  return { ...emptyCounterForm(), idNumber: ID.toLowerCase(), certificateNo: 'S2201002504000001', accountNo: '6222 0212 3456 7890 128', bankName: '中国工商银行长春分行' };
}

describe('checkIdNumber', () => {
  it('uses the national ID rules and normalises a lower-case x', () => {
    expect(checkIdNumber('')).toEqual({ ok: false, message: '请输入申请人身份证号' });
    expect(checkIdNumber('110105194912310021').ok).toBe(false);
    expect(checkIdNumber(ID.toLowerCase())).toEqual({ ok: true, value: ID });
  });
});

describe('checkCounterForm', () => {
  it('builds a counter application with the account number without spaces', () => {
    const result = checkCounterForm({ ...filled(), phone: '138 1234 5678' });
    expect(result).toEqual({
      ok: true,
      warnings: {},
      body: {
        idNumber: ID,
        certificateNo: 'S2201002504000001',
        channel: 'counter',
        payee: { kind: 'social_security_card', accountNo: LUHN_OK, bankName: '中国工商银行长春分行' },
        phone: '13812345678',
      },
    });
  });

  it('names every bad field with a Chinese message', () => {
    const result = checkCounterForm({ ...emptyCounterForm(), idNumber: '123', phone: '12345', byProxy: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      ['certificateNo', 'idNumber', 'payee.accountNo', 'payee.bankName', 'phone', 'proxy.idNumber', 'proxy.name'].sort(),
    );
    expect(result.errors.idNumber).toContain('18位');
  });

  it('warns about a Luhn failure without refusing the account', () => {
    const result = checkCounterForm({ ...filled(), payeeKind: 'bank_account', accountNo: '6222021234567890123' });
    expect(result.ok).toBe(true);
    expect(result.warnings['payee.accountNo']).toContain('Luhn');
  });

  it('sends a proxy application with the proxy, and refuses the applicant as their own proxy', () => {
    const ok = checkCounterForm({ ...filled(), byProxy: true, proxyName: ' 李四 ', proxyIdNumber: PROXY_ID });
    expect(ok.ok && ok.body).toMatchObject({ channel: 'proxy', proxy: { name: '李四', idNumber: PROXY_ID } });
    const self = checkCounterForm({ ...filled(), byProxy: true, proxyName: '张三', proxyIdNumber: ID });
    expect(!self.ok && self.errors['proxy.idNumber']).toBe('代办人不能是申请人本人');
  });
});

describe('newIdempotencyKey', () => {
  it('makes a fresh visible-ASCII key each time', () => {
    const a = newIdempotencyKey();
    const b = newIdempotencyKey();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[\x21-\x7e]{1,128}$/);
    expect(newIdempotencyKey(() => 'x')).toBe('counter-x');
  });
});

describe('the certificate picker (A7, A11)', () => {
  const certificate = (certificateNo: string, eligible: boolean, existingCase: PreviewCertificate['existingCase'] = null): PreviewCertificate => ({
    certificateNo,
    kind: 'skill_level',
    kindLabel: '职业技能等级证书',
    occupation: '电工',
    level: 3,
    issueDate: '2026-09-01',
    issuer: '吉林省职业技能鉴定中心',
    source: '本系统证书库',
    evaluation: { eligible, amountFen: eligible ? 200000 : 0, applicationDeadline: '2027-09-01', checks: [], reasons: [], warnings: [], policy: null },
    existingCase,
  });
  const open = { id: 'c9', status: 'submitted' as const, statusLabel: '已提交', regionCode: '220100' };

  it('lets a certificate be picked unless a case already holds its occupation and level', () => {
    expect(isPickable(certificate('S1', true))).toBe(true);
    expect(isPickable(certificate('S2', false))).toBe(true);
    expect(isPickable(certificate('S3', true, open))).toBe(false);
  });

  it('pre-selects the only eligible certificate that can be picked, and nothing when the choice is open', () => {
    expect(defaultPick([certificate('S1', true), certificate('S2', false), certificate('S3', true, open)])).toBe('S1');
    expect(defaultPick([certificate('S1', true), certificate('S2', true)])).toBe('');
    expect(defaultPick([certificate('S2', false)])).toBe('');
    expect(defaultPick([])).toBe('');
  });

  it('asks for a certificate when none is picked', () => {
    const result = checkCounterForm({ ...filled(), certificateNo: '' });
    expect(!result.ok && result.errors.certificateNo).toBe('请选择要申请补贴的证书');
  });
});
