import { describe, expect, it } from 'vitest';
import type { CaseStep } from '../../api';
import { noticeDates, provinceName, regionText, signOffs } from './print-form';

function step(seq: number, over: Partial<CaseStep>): CaseStep {
  return {
    seq,
    event: 'submit',
    from: null,
    to: 'submitted',
    on: '2026-11-02',
    actorKind: 'staff',
    actorName: null,
    role: null,
    round: 1,
    approvalStep: null,
    reason: null,
    ...over,
  };
}

const submitted = step(1, { actorName: '长春经办人', role: 'handler' });
const handlerApproves = step(2, { event: 'approve', from: 'submitted', to: 'reviewing', on: '2026-11-03', actorName: '长春经办人', role: 'handler', approvalStep: 'handler' });
const reviewerApproves = step(3, { event: 'approve', from: 'reviewing', to: 'approved', on: '2026-11-04', actorName: '长春复核人', role: 'reviewer', approvalStep: 'reviewer', reason: '材料齐全' });

describe('signOffs (A14)', () => {
  it('fills each step from its decision and leaves a step nobody took blank', () => {
    expect(signOffs([submitted, handlerApproves, reviewerApproves])).toEqual([
      { step: 'handler', decision: 'approve', name: '长春经办人', date: '2026-11-03', reason: null },
      { step: 'reviewer', decision: 'approve', name: '长春复核人', date: '2026-11-04', reason: '材料齐全' },
      { step: 'head', decision: null, name: null, date: null, reason: null },
    ]);
  });

  it('is all blank for a case nobody has decided yet', () => {
    expect(signOffs([submitted]).map((b) => b.decision)).toEqual([null, null, null]);
  });

  it('shows the refusal with its reason', () => {
    const refused = step(3, { event: 'reject', from: 'reviewing', to: 'rejected', on: '2026-11-04', actorName: '长春复核人', approvalStep: 'reviewer', reason: '证书不符' });
    const [, reviewer] = signOffs([submitted, handlerApproves, refused]);
    expect(reviewer).toMatchObject({ decision: 'reject', reason: '证书不符', name: '长春复核人' });
  });

  it('after an appeal (D4) shows the new round only, not the decisions it replaced', () => {
    const refused = step(3, { event: 'reject', from: 'reviewing', to: 'rejected', on: '2026-11-04', actorName: '长春复核人', approvalStep: 'reviewer', reason: '证书不符' });
    const appealed = step(4, { event: 'appeal', from: 'rejected', to: 'appealed', on: '2026-11-10', actorKind: 'applicant', round: 2 });
    const again = step(5, { event: 'approve', from: 'appealed', to: 'reviewing', on: '2026-11-12', actorName: '长春经办人乙', approvalStep: 'handler', round: 2 });
    const blocks = signOffs([submitted, handlerApproves, refused, appealed, again]);
    expect(blocks.map((b) => [b.step, b.decision, b.name, b.date])).toEqual([
      ['handler', 'approve', '长春经办人乙', '2026-11-12'],
      ['reviewer', null, null, null],
      ['head', null, null, null],
    ]);
  });
});

describe('noticeDates (A15)', () => {
  it('reads the start of the notice and the day it passed', () => {
    const published = step(4, { event: 'publish_notice', from: 'approved', to: 'in_notice', on: '2026-11-05' });
    const passed = step(5, { event: 'pass_notice', from: 'in_notice', to: 'notice_passed', on: '2026-11-12', actorKind: 'system' });
    expect(noticeDates([submitted, handlerApproves, reviewerApproves])).toEqual({ publishedOn: null, passedOn: null });
    expect(noticeDates([submitted, handlerApproves, reviewerApproves, published])).toEqual({ publishedOn: '2026-11-05', passedOn: null });
    expect(noticeDates([submitted, handlerApproves, reviewerApproves, published, passed])).toEqual({ publishedOn: '2026-11-05', passedOn: '2026-11-12' });
  });
});

describe('region names', () => {
  it.each([
    ['220100', '吉林省', '长春市（220100）'],
    ['150100', '内蒙古自治区', '呼和浩特市（150100）'],
    ['229999', '吉林省', '229999'],
  ])('%s → %s, %s', (code, province, region) => {
    expect(provinceName(code)).toBe(province);
    expect(regionText(code)).toBe(region);
  });
});
