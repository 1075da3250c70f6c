import { describe, expect, it } from 'vitest';
import type { MyCertificate } from '../../api/applicant';
import { accountWarning, createIdempotencyKeeper, emptyApplyForm, previewChecks, previewEligible, previewRequest, validateApply } from './apply';

const filled = { ...emptyApplyForm(), certificateNo: 'S1', accountNo: '6217 0000 0000 0000', bankName: ' 中国建设银行 ', declared: true };

describe('validateApply', () => {
  it('says in Chinese what is missing', () => {
    const r = validateApply(emptyApplyForm());
    expect(r.ok ? {} : r.errors).toEqual({
      certificateNo: '请选择要申请补贴的证书',
      accountNo: '请填写社会保障卡的金融账号',
      bankName: '请填写开户银行',
      declared: '请阅读并确认承诺',
    });
    const badPhone = validateApply({ ...filled, phone: '1234' });
    expect(badPhone.ok ? '' : badPhone.errors.phone).toBe('手机号码应为11位中国大陆手机号');
    const shortAccount = validateApply({ ...filled, accountNo: '1234' });
    expect(shortAccount.ok ? '' : shortAccount.errors.accountNo).toContain('12至30位');
  });

  it('sends the account without spaces, and the phone only when the person changed it', () => {
    const r = validateApply(filled);
    expect(r.ok && r.request).toEqual({
      certificateNo: 'S1',
      channel: 'online',
      payee: { kind: 'social_security_card', accountNo: '6217000000000000', bankName: '中国建设银行' },
    });
    const withPhone = validateApply({ ...filled, phone: '138 0013 8000' });
    expect(withPhone.ok && withPhone.request.phone).toBe('13800138000');
  });

  it('warns (only) when the card number fails the Luhn check', () => {
    expect(accountWarning('4111111111111112')).toContain('校验位');
    expect(accountWarning('4111 1111 1111 1111')).toBe('');
  });
});

describe('createIdempotencyKeeper', () => {
  it('reuses one key for the same form and makes a new one when the request changes', () => {
    let n = 0;
    const keeper = createIdempotencyKeeper(() => `key-${++n}`);
    const r = validateApply(filled);
    if (!r.ok) throw new Error('form should be valid');
    expect(keeper.keyFor(r.request)).toBe('key-1');
    expect(keeper.keyFor({ ...r.request })).toBe('key-1');
    expect(keeper.keyFor({ ...r.request, certificateNo: 'S2' })).toBe('key-2');
  });
});

describe('preview', () => {
  const certs: MyCertificate[] = [
    { certificateNo: 'A', kind: 'skill_level', level: 4, occupation: '焊工', issueDate: '2026-11-01', issuer: 'x' },
    { certificateNo: 'B', kind: 'skill_level', level: 5, occupation: '焊工', issueDate: '2025-01-01', issuer: 'x' },
  ];
  it('sends the certificate’s facts and the person’s other certificates', () => {
    const req = previewRequest(certs[0]!, certs, '220100', '2026-11-23');
    expect(req.certificate).toEqual({ kind: 'skill_level', level: 4, occupation: '焊工', issueDate: '2026-11-01' });
    expect(req.heldCertificates).toEqual([{ occupation: '焊工', level: 5 }]);
  });
  it('leaves the registry-side checks to the submission', () => {
    const checks = [
      { rule: 'A1', passed: true, message: '累计缴纳失业保险费1200个月' },
      { rule: 'A6', passed: false, message: '超过申领期限' },
    ];
    expect(previewChecks(checks).map((c) => c.rule)).toEqual(['A6']);
    expect(previewEligible(checks)).toBe(false);
    expect(previewEligible([checks[0]!])).toBe(true);
  });
});
