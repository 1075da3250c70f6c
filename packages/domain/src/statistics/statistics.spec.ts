import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSkillSubsidy } from '../engine/index.js';
import { ANNEX2_LAYOUT, annex2Rows, annex2Sheet } from './annex2.js';
import { ANNEX4_LAYOUT, annex4Sheet, buildAnnex4Table } from './annex4.js';
import { fenToWanYuan, type PaidGrantFact } from './facts.js';
import { GrantLedger, occupationKey, type GrantRecord } from './ledger.js';
import { lastEndedPeriod, monthlyPeriod, quarterlyPeriod, reportingPeriodOf } from './periods.js';
import { quarterlyFigures } from './quarterly.js';

let n = 0;
const fact = (over: Partial<PaidGrantFact>): PaidGrantFact => ({
  caseId: `c${++n}`,
  personId: `p${n}`,
  regionCode: '220100',
  paidOn: '2026-03-10',
  certificateKind: 'vocational_qualification',
  level: 4,
  occupation: '焊工',
  amountFen: 150_000,
  ...over,
});

const MARCH = { regionCode: '220000', periodStart: '2026-03-01', periodEnd: '2026-03-31' };

describe('附件4 monthly table (A18)', () => {
  it('reproduces the form: rows 职业资格证书 / 职业技能等级证书 / 合计, 人数 and 金额 by 合计 + three levels, in 人、万元', () => {
    expect(ANNEX4_LAYOUT.rows).toEqual(['职业资格证书', '职业技能等级证书', '合计']);
    expect(ANNEX4_LAYOUT.groups).toEqual(['人数', '金额']);
    expect(ANNEX4_LAYOUT.columns).toEqual(['合计', '初级（五级）', '中级（四级）', '高级（三级）']);
    expect(ANNEX4_LAYOUT.unit).toBe('单位：人、万元');
    expect(ANNEX4_LAYOUT.footer).toEqual(['填报人：', '负责人：', '联系电话：', '填报时间:']);
  });

  it('adds up a month by kind and level, in fen, shown in 万元 with 4 decimals', () => {
    const facts = [
      fact({ level: 5, amountFen: 100_000 }),
      fact({ level: 4, amountFen: 195_000, occupation: '模具工' }), // Jilin shortage amount
      fact({ level: 3, amountFen: 200_000 }),
      fact({ level: 5, amountFen: 100_000, certificateKind: 'skill_level' }),
      fact({ level: 5, amountFen: 130_000, certificateKind: 'skill_level', personId: 'p1' }), // same person again (人次)
      fact({ paidOn: '2026-04-01' }), // next month
      fact({ paidOn: '2026-02-28' }), // last month
      fact({ regionCode: '230100' }), // another province
    ];
    const t = buildAnnex4Table(facts, MARCH);
    const flat = t.rows.map((r) => [
      r.label,
      r.total.persons, r.byLevel['5'].persons, r.byLevel['4'].persons, r.byLevel['3'].persons,
      r.total.amountWanYuan, r.byLevel['5'].amountWanYuan, r.byLevel['4'].amountWanYuan, r.byLevel['3'].amountWanYuan,
    ]);
    expect(flat).toEqual([
      ['职业资格证书', 3, 1, 1, 1, '0.4950', '0.1000', '0.1950', '0.2000'],
      ['职业技能等级证书', 2, 2, 0, 0, '0.2300', '0.2300', '0.0000', '0.0000'],
      ['合计', 5, 3, 1, 1, '0.7250', '0.3300', '0.1950', '0.2000'],
    ]);
    expect(t.distinctPersons).toBe(4);
    expect(t.caseIds).toHaveLength(5);
  });

  it('converts to 万元 once, half up to the yuan', () => {
    expect([fenToWanYuan(0), fenToWanYuan(49), fenToWanYuan(50), fenToWanYuan(195_000), fenToWanYuan(1_234_567_890)]).toEqual([
      '0.0000', '0.0000', '0.0001', '0.1950', '1234.5679',
    ]);
    expect(() => fenToWanYuan(-1)).toThrow(RangeError);
  });

  it('refuses a fact with a level the form has no column for, or a case counted twice', () => {
    expect(() => buildAnnex4Table([fact({ level: 2 as 3 })], MARCH)).toThrow(/补贴等级/);
    const f = fact({});
    expect(() => buildAnnex4Table([f, f], MARCH)).toThrow(/重复/);
  });

  it('totals equal the sum of the inputs (property)', () => {
    const arb = fc.array(
      fc.record({
        kind: fc.constantFrom('vocational_qualification' as const, 'skill_level' as const),
        level: fc.constantFrom(5 as const, 4 as const, 3 as const),
        amountFen: fc.integer({ min: 1, max: 10_000_000 }),
        day: fc.integer({ min: 1, max: 31 }),
        city: fc.constantFrom('220100', '220200', '230100'),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const facts = rows.map((r, i) =>
          fact({ caseId: `x${i}`, certificateKind: r.kind, level: r.level, amountFen: r.amountFen, paidOn: `2026-03-${String(r.day).padStart(2, '0')}`, regionCode: r.city }),
        );
        const t = buildAnnex4Table(facts, MARCH);
        const inJilin = facts.filter((f) => f.regionCode.startsWith('22'));
        const [vq, sl, total] = t.rows;
        expect(total.total.persons).toBe(inJilin.length);
        expect(total.total.amountFen).toBe(inJilin.reduce((s, f) => s + f.amountFen, 0));
        for (const row of t.rows) {
          expect(row.total.persons).toBe(row.byLevel['5'].persons + row.byLevel['4'].persons + row.byLevel['3'].persons);
          expect(row.total.amountFen).toBe(row.byLevel['5'].amountFen + row.byLevel['4'].amountFen + row.byLevel['3'].amountFen);
          expect(row.total.amountWanYuan).toBe(fenToWanYuan(row.total.amountFen));
        }
        for (const level of ['5', '4', '3'] as const) {
          expect(total.byLevel[level].amountFen).toBe(vq.byLevel[level].amountFen + sl.byLevel[level].amountFen);
          expect(total.byLevel[level].persons).toBe(vq.byLevel[level].persons + sl.byLevel[level].persons);
        }
      }),
    );
  });

  it('lays the form out as a sheet with the printed merges', () => {
    const t = buildAnnex4Table([fact({ level: 4, amountFen: 195_000 })], { regionCode: '220100', periodStart: '2026-03-01', periodEnd: '2026-03-31' });
    const s = annex4Sheet(t, { fillingUnit: '长春市社会保险事业管理局', preparedBy: '张三', filledOn: '2026-04-03' });
    expect(s.title).toBe('吉林省参保企业职工技能提升补贴发放情况统计表');
    expect(s.cells[1]).toEqual(['填报单位:长春市社会保险事业管理局(盖章)', null, null, '报告期(2026年3月1日——2026年3月31日)', null, null, null, '单位：人、万元', null]);
    expect(s.cells[2]).toEqual(['补贴类型', '人数', null, null, null, '金额', null, null, null]);
    expect(s.cells[3]).toEqual([null, '合计', '初级（五级）', '中级（四级）', '高级（三级）', '合计', '初级（五级）', '中级（四级）', '高级（三级）']);
    expect(s.cells[4]).toEqual(['职业资格证书', 1, 0, 1, 0, 0.195, 0, 0.195, 0]);
    expect(s.cells[6]).toEqual(['合计', 1, 0, 1, 0, 0.195, 0, 0.195, 0]);
    expect(s.cells[7]![0]).toBe('填报人：张三');
    expect(s.cells[7]![7]).toBe('填报时间:2026年4月3日');
    expect(s.cells.every((r) => r.length === 9)).toBe(true);
    expect(s.merges).toContainEqual({ from: { row: 2, col: 0 }, to: { row: 3, col: 0 } });
    expect(s.merges).toContainEqual({ from: { row: 2, col: 1 }, to: { row: 2, col: 4 } });
    expect(s.merges).toContainEqual({ from: { row: 2, col: 5 }, to: { row: 2, col: 8 } });
    // another province's table carries its own name
    expect(annex4Sheet(buildAnnex4Table([], { regionCode: '230100', periodStart: '2026-01-01', periodEnd: '2026-03-31' })).title).toBe(
      '黑龙江省参保企业职工技能提升补贴发放情况统计表',
    );
  });
});

describe('附件2 notice list (A15, A18)', () => {
  const entry = {
    caseId: 'c1',
    name: '李建国',
    sex: 'male' as const,
    idNumber: '220102198001011234',
    employerName: '长春第一汽车配件有限公司',
    occupation: '焊工',
    level: 4,
    certificateKind: 'vocational_qualification' as const,
    certificateNo: 'JL2026040001',
    issueDate: '2026-01-10',
    amountFen: 195_000,
  };

  it('has the form’s columns', () => {
    expect(ANNEX2_LAYOUT.columns).toEqual(['序号', '姓名', '性别', '身份证号', '企业名称', '证书等级或类别', '证书编号', '核发日期', '补贴金额']);
  });

  it('is masked by default (public), full for the internal filing', () => {
    const entries = [entry, { ...entry, caseId: 'c2', name: '赵敏', sex: 'female' as const, idNumber: '220102199002022345', level: 5, certificateKind: 'skill_level' as const, amountFen: 100_000 }];
    expect(annex2Rows(entries).map((r) => [r.no, r.name, r.sex, r.idNumber, r.levelOrKind, r.amount])).toEqual([
      [1, '李*国', '男', '2201**********1234', '中级（四级）职业资格证书', '1950.00'],
      [2, '赵*', '女', '2201**********2345', '初级（五级）职业技能等级证书', '1000.00'],
    ]);
    expect(annex2Rows([entry], { mask: false })[0]).toMatchObject({ name: '李建国', idNumber: '220102198001011234' });
    expect(annex2Rows([entry], { nameMasking: 'surname_only' })[0]!.name).toBe('李**');
  });

  it('lays out as the form', () => {
    const s = annex2Sheet('220100', { periodStart: '2026-03-01', periodEnd: '2026-03-14' }, annex2Rows([entry]));
    expect(s.title).toBe('吉林省技能提升补贴申请人员公示备案情况表');
    expect(s.cells[1]![4]).toBe('报告期(2026年3月1日——2026年3月14日)');
    expect(s.cells[2]).toEqual([...ANNEX2_LAYOUT.columns]);
    expect(s.cells[3]).toEqual([1, '李*国', '男', '2201**********1234', '长春第一汽车配件有限公司', '中级（四级）职业资格证书', 'JL2026040001', '2026-01-10', 1950]);
    expect(s.cells[4]![0]).toBe('填报人：');
  });
});

describe('reporting periods (A18)', () => {
  it('Jilin monthly, due by the 5th; Heilongjiang quarterly, due by the 5th after the quarter', () => {
    expect(monthlyPeriod(2026, 2)).toEqual({ kind: 'monthly', label: '2026-02', periodStart: '2026-02-01', periodEnd: '2026-02-28', dueDate: '2026-03-05' });
    expect(monthlyPeriod(2026, 12).dueDate).toBe('2027-01-05');
    expect(quarterlyPeriod(2018, 3)).toEqual({ kind: 'quarterly', label: '2018-Q3', periodStart: '2018-07-01', periodEnd: '2018-09-30', dueDate: '2018-10-05' });
    expect(quarterlyPeriod(2026, 4).dueDate).toBe('2027-01-05');
    expect(reportingPeriodOf({ period: 'quarterly', dueDayOfFollowingMonth: 5 }, '2026-05-20').label).toBe('2026-Q2');
    expect(lastEndedPeriod({ period: 'monthly', dueDayOfFollowingMonth: 5 }, '2026-04-06')).toMatchObject({ label: '2026-03', overdueOn: '2026-04-06' });
    expect(lastEndedPeriod({ period: 'quarterly', dueDayOfFollowingMonth: 5 }, '2026-01-03')).toMatchObject({ label: '2025-Q4', overdueOn: null });
  });
});

describe('Heilongjiang quarterly figures (A18, 000 四(二))', () => {
  it('counts applications, decisions and payments of the quarter', () => {
    const q = quarterlyFigures({
      regionCode: '230000',
      year: 2018,
      quarter: 3,
      paid: [
        fact({ regionCode: '230100', paidOn: '2018-07-15', level: 5, amountFen: 100_000 }),
        fact({ regionCode: '230100', paidOn: '2018-09-30', level: 3, amountFen: 200_000, certificateKind: 'skill_level' }),
        fact({ regionCode: '230100', paidOn: '2018-10-01', level: 3, amountFen: 200_000 }),
        fact({ regionCode: '220100', paidOn: '2018-08-01', level: 3, amountFen: 200_000 }),
      ],
      applications: [
        { caseId: 'a1', regionCode: '230100', submittedOn: '2018-07-01', decision: { outcome: 'approved', on: '2018-07-05' } },
        { caseId: 'a2', regionCode: '230100', submittedOn: '2018-06-28', decision: { outcome: 'rejected', on: '2018-07-03' } },
        { caseId: 'a3', regionCode: '230200', submittedOn: '2018-09-29', decision: null },
        { caseId: 'a4', regionCode: '230100', submittedOn: '2018-09-30', decision: { outcome: 'approved', on: '2018-10-08' } },
      ],
    });
    expect(q).toMatchObject({
      label: '2018-Q3',
      dueDate: '2018-10-05',
      applicationsReceived: 3,
      approved: 1,
      rejected: 1,
      paidPersons: 2,
      paidAmountFen: 300_000,
      paidAmountWanYuan: '0.3000',
      paidByLevel: { '5': { persons: 1, amountFen: 100_000 }, '4': { persons: 0, amountFen: 0 }, '3': { persons: 1, amountFen: 200_000 } },
      paidByKind: { vocational_qualification: { persons: 1 }, skill_level: { persons: 1 } },
    });
  });
});

describe('grant ledger (A7, A16, A17, E1)', () => {
  const records: GrantRecord[] = [
    { caseId: 'g1', personId: 'P', occupation: '焊工', level: 5, grantedOn: '2024-03-10', regionCode: '230100', liftedOn: null },
    { caseId: 'g2', personId: 'P', occupation: '电工', level: 4, grantedOn: '2025-06-01', regionCode: '220100', liftedOn: '2025-09-01' },
    { caseId: 'g3', personId: 'P', occupation: '焊工', level: 4, grantedOn: '2026-02-01', regionCode: '220100', liftedOn: null },
    { caseId: 'g4', personId: 'Q', occupation: '焊工', level: 4, grantedOn: '2026-02-01', regionCode: '220100', liftedOn: null },
  ];
  const ledger = new GrantLedger(records);

  it('yields priorGrants with grantedOn, without lifted marks, across regions', () => {
    expect(ledger.priorGrants('P')).toEqual([
      { occupation: '焊工', level: 5, grantedOn: '2024-03-10' },
      { occupation: '焊工', level: 4, grantedOn: '2026-02-01' },
    ]);
    // as known on 2025-07-01 the 电工 grant was in force and 焊工 4 not yet paid
    expect(ledger.priorGrants('P', { asOf: '2025-07-01' }).map((g) => g.occupation + g.level)).toEqual(['焊工5', '电工4']);
    expect(ledger.priorGrants('P', { excludeCaseId: 'g3' })).toHaveLength(1);
    expect(ledger.priorGrants('nobody')).toEqual([]);
  });

  it('feeds the evaluator: a grant from Heilongjiang bars the same occupation and level in Jilin', () => {
    const r = evaluateSkillSubsidy({
      regionCode: '220100',
      applicationDate: '2026-03-01',
      applicant: { contributionMonths: 40 },
      certificate: { kind: 'vocational_qualification', level: 5, occupation: '焊工', issueDate: '2026-02-01' },
      priorGrants: ledger.priorGrants('P'),
    });
    expect(r.reasons).toContain('ALREADY_GRANTED');
  });

  it('once per person × occupation × level across regions; a lifted mark allows a new case', () => {
    expect(ledger.checkOncePerOccupationLevel({ personId: 'P', occupation: '焊 工', level: 5 })).toMatchObject({
      ok: false,
      code: 'ALREADY_GRANTED',
      conflictingCaseId: 'g1',
      regionCode: '230100',
    });
    const msg = ledger.checkOncePerOccupationLevel({ personId: 'P', occupation: '焊工', level: 5 });
    expect(msg.ok ? '' : msg.message).toBe('已于2024-03-10在哈尔滨市享受过焊工初级（五级）技能提升补贴，同一职业（工种）同一等级只能享受一次（A7）');
    expect(ledger.checkOncePerOccupationLevel({ personId: 'P', occupation: '电工', level: 4 })).toEqual({ ok: true });
    expect(ledger.checkOncePerOccupationLevel({ personId: 'P', occupation: '焊工', level: 3 })).toEqual({ ok: true });
    expect(ledger.isGranted('P', '焊工', 4)).toBe(true);
    expect(ledger.isGranted('P', '电工', 4)).toBe(false);
  });

  it('an open case elsewhere blocks a second application; a rejected one does not', () => {
    const open = { caseId: 'o1', personId: 'P', occupation: '电工', level: 4, status: 'in_notice' as const, regionCode: '150100' };
    expect(ledger.checkOncePerOccupationLevel({ personId: 'P', occupation: '电工', level: 4 }, [open])).toMatchObject({ ok: false, code: 'CASE_OPEN', conflictingCaseId: 'o1' });
    expect(ledger.checkOncePerOccupationLevel({ personId: 'P', occupation: '电工', level: 4 }, [{ ...open, status: 'rejected' }])).toEqual({ ok: true });
    expect(ledger.checkOncePerOccupationLevel({ personId: 'P', occupation: '电工', level: 4 }, [{ ...open, status: 'clawback_pending' }])).toMatchObject({ code: 'ALREADY_GRANTED' });
    expect(ledger.checkOncePerOccupationLevel({ personId: 'P', occupation: '电工', level: 4 }, [{ ...open, status: 'recovered' }])).toEqual({ ok: true });
  });

  it('normalises occupation names and refuses duplicated cases', () => {
    expect(occupationKey(' ＣＡＤ 操作员 ')).toBe('CAD操作员');
    expect(() => new GrantLedger([records[0]!, records[0]!])).toThrow(/重复/);
  });
});
