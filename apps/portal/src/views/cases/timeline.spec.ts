import { SKILL_SUBSIDY_CASE_STATUSES } from '@huimin/domain';
import { describe, expect, it } from 'vitest';
import type { CaseStep } from '../../api/applicant';
import { canAppeal, describeCase, describeStep, refusalReasons } from './timeline';

const step = (over: Partial<CaseStep>): CaseStep => ({
  seq: 1, event: 'submit', from: null, to: 'submitted', on: '2026-11-23', actorKind: 'applicant', actorName: null, role: null, round: 1, approvalStep: null, reason: null, ...over,
});

describe('describeCase', () => {
  it('has plain words and a next actor for every status', () => {
    for (const status of SKILL_SUBSIDY_CASE_STATUSES) {
      const where = describeCase({ status, dueKind: null, dueOn: null, overdue: false });
      expect(where.now, status).toMatch(/[\u4e00-\u9fa5]/);
      expect(where.next, status).not.toBe('');
    }
  });

  it('says who must act by when', () => {
    expect(describeCase({ status: 'submitted', dueKind: 'review', dueOn: '2026-11-30', overdue: false })).toMatchObject({
      now: '申请已提交，等待经办机构审核',
      due: '经办机构应在2026-11-30前审核完毕',
    });
    expect(describeCase({ status: 'rejected', dueKind: null, dueOn: null, overdue: false }).next).toContain('申请复核');
    expect(describeCase({ status: 'paying', dueKind: 'payment', dueOn: '2026-12-10', overdue: true }).due).toContain('已超期');
  });
});

describe('describeStep and refusals', () => {
  it('tells each step as a sentence', () => {
    expect(describeStep(step({}))).toBe('您提交了申请');
    expect(describeStep(step({ event: 'approve', to: 'reviewing', actorKind: 'staff', role: 'handler' }))).toBe('经办机构经办人初审通过，转交复核');
    expect(describeStep(step({ event: 'reject', to: 'rejected', actorKind: 'staff', role: 'reviewer' }))).toBe('经办机构复核人审核不通过');
  });

  it('lists the refusal reasons and offers the appeal only when the API allows it', () => {
    const steps = [step({}), step({ seq: 2, event: 'reject', to: 'rejected', actorKind: 'staff', role: 'handler', reason: '证书信息与证书库不一致' })];
    expect(refusalReasons({ steps })).toEqual(['证书信息与证书库不一致']);
    expect(canAppeal({ allowedActions: [{ event: 'appeal', label: '申请复核', reasonRequired: true }] })).toBe(true);
    expect(canAppeal({ allowedActions: [] })).toBe(false);
  });
});
