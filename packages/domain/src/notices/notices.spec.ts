import { describe, expect, it } from 'vitest';
import { builtinWorkingDayCalendar } from '../calendar/index.js';
import { skillSubsidyCaseMachine, resolveSkillSubsidyCaseRules, type SkillSubsidyCaseState } from '../cases/index.js';
import { resolveRuleSet } from '../policies/index.js';
import { closeNotice } from './close.js';
import { maskAccount, maskIdNumber, maskName, maskNoticeName } from './masking.js';
import { canSubmitObjection, decideObjection, objectionSubmissionSchema, objectionsToClose } from './objections.js';
import { isNoticeOpen, noticeEndDate, noticeHasEnded, planNoticeWindow } from './period.js';
import { publicNoticeRow } from './rows.js';
import { NOTICE_SCHEDULES, noticeListPeriod, noticeListPeriodsBetween, noticeScheduleFor, noticeScheduleSchema } from './schedule.js';

const calendar = builtinWorkingDayCalendar();

describe('notice list schedule (A15)', () => {
  const jilin = noticeScheduleFor('220100');

  it('Jilin compiles lists before the 15th and the 30th (002 三(二)); Changchun inherits it', () => {
    expect(jilin.regionCode).toBe('220000');
    expect(jilin.cutoffDays).toEqual([15, 30]);
    expect(jilin.source).toContain('吉人社联字〔2017〕67号');
    expect(jilin.mark).toBe('confirmed');
  });

  it.each([
    ['2026-03-02', { periodStart: '2026-02-28', periodEnd: '2026-03-14', compileBy: '2026-03-15' }],
    ['2026-03-14', { periodStart: '2026-02-28', periodEnd: '2026-03-14', compileBy: '2026-03-15' }],
    ['2026-03-15', { periodStart: '2026-03-15', periodEnd: '2026-03-29', compileBy: '2026-03-30' }],
    ['2026-03-31', { periodStart: '2026-03-30', periodEnd: '2026-04-14', compileBy: '2026-04-15' }],
    // February has no 30th: its second list is due by the last day
    ['2026-02-20', { periodStart: '2026-02-15', periodEnd: '2026-02-27', compileBy: '2026-02-28' }],
    ['2028-02-20', { periodStart: '2028-02-15', periodEnd: '2028-02-28', compileBy: '2028-02-29' }],
    ['2026-12-31', { periodStart: '2026-12-30', periodEnd: '2027-01-14', compileBy: '2027-01-15' }],
  ])('Jilin: approved %s → %o', (approvedOn, period) => {
    expect(noticeListPeriod(jilin, approvedOn)).toEqual(period);
  });

  it('Jilin: two lists a month, periods contiguous', () => {
    const lists = noticeListPeriodsBetween(jilin, '2026-01-01', '2026-03-31');
    expect(lists.map((l) => l.compileBy)).toEqual(['2026-01-15', '2026-01-30', '2026-02-15', '2026-02-28', '2026-03-15', '2026-03-30']);
    for (let i = 1; i < lists.length; i++) expect(lists[i]!.periodStart).toBe(lists[i - 1]!.compileBy);
  });

  it('Inner Mongolia lists monthly (001 四(三)); Heilongjiang, with no schedule in 000, takes the marked default', () => {
    expect(noticeListPeriod(noticeScheduleFor('150100'), '2026-03-31')).toEqual({
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      compileBy: '2026-04-01',
    });
    const hlj = noticeScheduleFor('230100');
    expect(hlj.regionCode).toBe('000000');
    expect(hlj.mark).toBe('unconfirmed');
  });

  it('every shipped schedule is valid; a bad one is refused', () => {
    for (const s of NOTICE_SCHEDULES) expect(noticeScheduleSchema.safeParse(s).success).toBe(true);
    expect(noticeScheduleSchema.safeParse({ ...jilin, cutoffDays: [30, 15] }).success).toBe(false);
    expect(noticeScheduleSchema.safeParse({ ...jilin, cutoffDays: [0] }).success).toBe(false);
  });
});

describe('notice period ≥ 5 working days (A15, D6)', () => {
  const min = resolveRuleSet('skill-subsidy', '220100', '2026-03-01')!.params.noticeMinWorkingDays;

  it('reads 5 from the Jilin pack', () => {
    expect(min).toBe(5);
  });

  it.each([
    ['2026-02-13', '2026-02-27'], // Spring Festival: 02-14 (Sat) worked, 02-15–02-23 off
    ['2026-02-09', '2026-02-14'], // the working Saturday before the festival counts
    ['2026-09-30', '2026-10-13'], // National Day: 10-10 (Sat) worked
    ['2026-09-24', '2026-10-09'], // Mid-autumn 09-25–27, then National Day 10-01–07
    ['2026-03-02', '2026-03-09'],
  ])('published %s → ends %s', (publishedOn, endsOn) => {
    expect(noticeEndDate(publishedOn, min, calendar)).toBe(endsOn);
    expect(planNoticeWindow({ publishedOn, minWorkingDays: min, calendar })).toEqual({
      ok: true,
      window: { publishedOn, endsOn, closesOn: nextDay(endsOn), minWorkingDays: 5 },
    });
  });

  it('may run longer, never shorter', () => {
    expect(planNoticeWindow({ publishedOn: '2026-03-02', minWorkingDays: 5, calendar, endsOn: '2026-03-13' })).toMatchObject({ ok: true });
    const r = planNoticeWindow({ publishedOn: '2026-03-02', minWorkingDays: 5, calendar, endsOn: '2026-03-06' });
    expect(r).toMatchObject({ ok: false, code: 'NOTICE_TOO_SHORT' });
    if (!r.ok) expect(r.message).toContain('2026-03-09');
  });

  it('is open from publication to the end date inclusive; ended from the next day', () => {
    const w = { publishedOn: '2026-02-13', endsOn: '2026-02-27' };
    expect([isNoticeOpen(w, '2026-02-12'), isNoticeOpen(w, '2026-02-13'), isNoticeOpen(w, '2026-02-27'), isNoticeOpen(w, '2026-02-28')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect([noticeHasEnded(w, '2026-02-27'), noticeHasEnded(w, '2026-02-28')]).toEqual([false, true]);
  });

  it('refuses to publish when the end falls in a year not loaded (E5)', () => {
    expect(() => noticeEndDate('2026-12-28', 5, calendar)).toThrow(/2027年/);
  });
});

function nextDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

describe('masking for public lists (issue 4)', () => {
  it.each([
    ['220102198001011234', '2201**********1234'],
    ['11010519491231002x', '1101**********002X'],
    [' 230102197001010019 ', '2301**********0019'],
  ])('ID %s → %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });

  it.each([
    ['张三明', 'first_and_last', '张*明'],
    ['张三', 'first_and_last', '张*'],
    ['欧阳娜娜', 'first_and_last', '欧**娜'],
    ['阿依古丽·买买提', 'first_and_last', '阿******提'],
    ['张三明', 'surname_only', '张**'],
    ['王', 'first_and_last', '*'],
  ] as const)('name %s (%s) → %s', (name, style, masked) => {
    expect(maskNoticeName(name, style)).toBe(masked);
  });

  it('lists elsewhere keep the surname only; accounts keep first and last four', () => {
    expect(maskName('张三明')).toBe('张**');
    expect(maskAccount('6222 0212 3456 7890 123')).toBe('6222***********0123');
  });

  it('a public row never carries the full ID number or name', () => {
    const row = publicNoticeRow({
      caseId: 'c1',
      name: '李建国',
      sex: 'male',
      idNumber: '220102198001011234',
      employerName: '长春第一汽车配件有限公司',
      occupation: '焊工',
      level: 4,
      certificateKind: 'vocational_qualification',
      certificateNo: 'JL2026040001',
      issueDate: '2026-01-10',
      amountFen: 195_000,
    });
    expect(row).toMatchObject({
      name: '李*国',
      sex: '男',
      idNumber: '2201**********1234',
      levelName: '中级（四级）',
      certificateKindName: '职业资格证书',
      amountYuan: '1950.00',
    });
    expect(JSON.stringify(row)).not.toContain('198001011234');
    expect(JSON.stringify(row)).not.toContain('李建国');
  });
});

describe('objections (A15)', () => {
  const w = { publishedOn: '2026-03-02', endsOn: '2026-03-09' };

  it('are taken online with contact details, while the notice is open and the case in it', () => {
    expect(objectionSubmissionSchema.safeParse({ contactName: '王某', contactPhone: '13812345678', content: '此人已离职半年' }).success).toBe(true);
    const bad = objectionSubmissionSchema.safeParse({ contactName: ' ', contactPhone: '123', content: '短' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues.map((i) => i.path[0]).sort()).toEqual(['contactName', 'contactPhone', 'content']);
    expect(canSubmitObjection(w, 'in_notice', '2026-03-09')).toEqual({ ok: true });
    expect(canSubmitObjection(w, 'in_notice', '2026-03-10')).toMatchObject({ ok: false, code: 'NOTICE_NOT_OPEN' });
    expect(canSubmitObjection(w, 'cancelled', '2026-03-05')).toMatchObject({ ok: false, code: 'CASE_NOT_IN_NOTICE' });
  });

  it('upheld → the case is cancelled with the reason; dismissed → it stays in notice', () => {
    const rules = resolveSkillSubsidyCaseRules('220100', '2026-03-01')!;
    const ctx = { today: '2026-03-05', rules, calendar };
    let state: SkillSubsidyCaseState = (() => {
      const o = skillSubsidyCaseMachine.open({ applicantId: 'p1', actor: { kind: 'applicant', applicantId: 'p1' } }, ctx);
      if (!o.ok) throw new Error(o.message);
      return o.state;
    })();
    for (const [type, userId, role] of [['approve', 'h1', 'handler'], ['approve', 'r1', 'reviewer']] as const) {
      const r = skillSubsidyCaseMachine.decide(state, { type }, { kind: 'staff', userId, roles: [role] }, ctx);
      if (!r.ok) throw new Error(r.message);
      state = r.state;
    }
    const p = skillSubsidyCaseMachine.decide(state, { type: 'publish_notice' }, { kind: 'system', job: 'notice' }, ctx);
    if (!p.ok) throw new Error(p.message);
    state = p.state;
    const head = { kind: 'staff' as const, userId: 'hd1', roles: ['head'] };

    const dismissed = decideObjection({ status: 'open' }, 'dismissed', '经鉴定机构核实，证书真实有效');
    expect(dismissed).toMatchObject({ ok: true, status: 'dismissed', caseEvent: { type: 'dismiss_objection' } });
    if (!dismissed.ok) return;
    const d = skillSubsidyCaseMachine.decide(state, dismissed.caseEvent, head, ctx);
    expect(d).toMatchObject({ ok: true, next: 'in_notice' });

    const upheld = decideObjection({ status: 'open' }, 'upheld', '证书系伪造');
    if (!upheld.ok) throw new Error(upheld.message);
    // the handler who approved cannot investigate their own approval (D1)
    expect(skillSubsidyCaseMachine.decide(state, upheld.caseEvent, { kind: 'staff', userId: 'h1', roles: ['handler'] }, ctx)).toMatchObject({
      ok: false,
      code: 'SAME_PERSON',
    });
    expect(skillSubsidyCaseMachine.decide(state, upheld.caseEvent, head, ctx)).toMatchObject({
      ok: true,
      next: 'cancelled',
      step: { reason: '证书系伪造', event: 'uphold_objection' },
    });
  });

  it('needs a finding, and is decided once', () => {
    expect(decideObjection({ status: 'open' }, 'upheld', '  ')).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
    expect(decideObjection({ status: 'dismissed' }, 'upheld', '再查')).toMatchObject({ ok: false, code: 'OBJECTION_ALREADY_DECIDED' });
  });

  it('open objections of a case that left the notice are closed', () => {
    const list = [{ id: 1, status: 'open' as const }, { id: 2, status: 'upheld' as const }];
    expect(objectionsToClose(list, 'cancelled').map((o) => o.id)).toEqual([1]);
    expect(objectionsToClose(list, 'in_notice')).toEqual([]);
  });
});

describe('end of notice (A15 → notice_passed)', () => {
  const w = { endsOn: '2026-03-09' };
  const items = [
    { caseId: 'clean', caseStatus: 'in_notice' as const, objections: [] },
    { caseId: 'dismissed', caseStatus: 'in_notice' as const, objections: [{ status: 'dismissed' as const }] },
    { caseId: 'pending', caseStatus: 'in_notice' as const, objections: [{ status: 'open' as const }, { status: 'dismissed' as const }] },
    { caseId: 'cancelled', caseStatus: 'cancelled' as const, objections: [{ status: 'upheld' as const }] },
    { caseId: 'withdrawn', caseStatus: 'withdrawn' as const, objections: [] },
  ];

  it('does nothing before the end', () => {
    expect(closeNotice(w, items, '2026-03-09')).toEqual({ ended: false, outcomes: [], passed: 0, held: 0, skipped: 0 });
  });

  it('passes cases without an upheld objection, holds those still under investigation', () => {
    const r = closeNotice(w, items, '2026-03-10');
    expect(r.outcomes.map((o) => [o.caseId, o.action])).toEqual([
      ['clean', 'pass'],
      ['dismissed', 'pass'],
      ['pending', 'hold'],
      ['cancelled', 'skip'],
      ['withdrawn', 'skip'],
    ]);
    expect(r).toMatchObject({ ended: true, passed: 2, held: 1, skipped: 2 });
    expect(r.outcomes[0]).toEqual({ caseId: 'clean', action: 'pass', caseEvent: { type: 'pass_notice' } });
  });
});
