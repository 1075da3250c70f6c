import { describe, expect, it } from 'vitest';
import { checkReason, decisionActions, fieldMessage } from './case-actions';

const allowed = [
  { event: 'approve' as const, label: '审核通过', reasonRequired: false },
  { event: 'reject' as const, label: '审核不通过', reasonRequired: true },
  { event: 'notify_refusal' as const, label: '告知', reasonRequired: false },
];

describe('decisionActions', () => {
  it('offers only the decisions the API allows this user', () => {
    expect(decisionActions({ allowedActions: allowed }, ['handler']).map((a) => a.event)).toEqual(['approve', 'reject']);
    expect(decisionActions({ allowedActions: [allowed[1]!] }, ['reviewer']).map((a) => a.event)).toEqual(['reject']);
    expect(decisionActions({ allowedActions: [] }, ['handler'])).toEqual([]);
    expect(decisionActions(undefined, ['handler'])).toEqual([]);
  });

  it('offers nothing to roles the decisions route refuses', () => {
    expect(decisionActions({ allowedActions: allowed }, ['finance', 'auditor'])).toEqual([]);
  });
});

describe('checkReason', () => {
  it('requires a reason for a refusal, trims it, and limits it to 500 characters', () => {
    expect(checkReason('  ', true)).toEqual({ ok: false, key: 'reasonRequired' });
    expect(checkReason('  ', false)).toEqual({ ok: true, value: undefined });
    expect(checkReason(' 证书不符 ', true)).toEqual({ ok: true, value: '证书不符' });
    expect(checkReason('字'.repeat(501), false)).toEqual({ ok: false, key: 'reasonTooLong' });
  });
});

describe('fieldMessage', () => {
  it('finds a field error by its path or a path below it', () => {
    const errors = [{ path: 'payee.accountNo', message: '收款账号应为8～30位数字' }, { path: 'reason', message: '须填写理由' }];
    expect(fieldMessage(errors, 'payee')).toBe('收款账号应为8～30位数字');
    expect(fieldMessage(errors, 'reason')).toBe('须填写理由');
    expect(fieldMessage(errors, 'phone')).toBeUndefined();
  });
});
