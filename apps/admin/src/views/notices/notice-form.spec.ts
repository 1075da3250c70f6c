import { describe, expect, it } from 'vitest';
import { checkObjectionDecision, emptyObjectionDecisionForm } from './notice-form';

const ID = '0b9f5a5e-3c1d-4e7a-9a49-6f1f0c2d8e11';

describe('checkObjectionDecision', () => {
  it('names every missing field in Chinese', () => {
    const result = checkObjectionDecision(emptyObjectionDecisionForm());
    expect(result).toEqual({ ok: false, errors: { objectionId: '请填写异议受理编号', decision: '请选择核查结论', reason: '请填写核查结论' } });
  });

  it('requires a reason for a dismissal too, and refuses a malformed number', () => {
    const result = checkObjectionDecision({ objectionId: 'abc', decision: 'dismiss', reason: '   ' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({ objectionId: '异议受理编号格式不正确', reason: '请填写核查结论' });
  });

  it('refuses a reason over 500 characters', () => {
    const result = checkObjectionDecision({ objectionId: ID, decision: 'uphold', reason: '查'.repeat(501) });
    expect(!result.ok && result.errors.reason).toBe('核查结论不能超过500个字');
  });

  it('sends the trimmed reason and the number as the API spells it', () => {
    const result = checkObjectionDecision({ objectionId: ` ${ID.toUpperCase()} `, decision: 'uphold', reason: ' 证书系伪造 ' });
    expect(result).toEqual({ ok: true, id: ID, body: { decision: 'uphold', reason: '证书系伪造' } });
  });
});
