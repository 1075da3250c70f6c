import type { CertificateKind } from '../engine/index.js';
import { compareDates, type IsoDate } from '../dates/index.js';
import { CERTIFICATE_KIND_LABELS } from '../notices/index.js';
import { isWithinRegion, provinceOf, regionName } from '../region/index.js';
import { chineseDate, fenToWanYuan, paidGrantFactSchema, parseFacts, type PaidGrantFact, type ReportPeriod } from './facts.js';

/**
 * 002 附件4 《吉林省参保企业职工技能提升补贴发放情况统计表》 (A18), reproduced as data. The form, as printed:
 *
 *   填报单位: (盖章)          报告期(   年  月  日——     年  月  日)          单位：人、万元
 *   ┌──────────────┬────────────── 人数 ──────────────┬────────────── 金额 ──────────────┐
 *   │ 补贴类型      │ 合计 │ 初级（五级）│ 中级（四级）│ 高级（三级）│ 合计 │ 初级（五级）│ 中级（四级）│ 高级（三级）│
 *   │ 职业资格证书  │
 *   │ 职业技能等级证书│
 *   │ 合计          │
 *   填报人：           负责人：            联系电话：                       填报时间:
 *
 * 人数 counts paid grants (人次: a person paid for two certificates in the period counts twice, as in the 附件2
 * list), so every total is the sum of its cells; `distinctPersons` gives the head count besides. Amounts are
 * summed in fen and converted to 万元 once per cell (4 decimals = 1 yuan).
 */
export const ANNEX4_LEVELS = [5, 4, 3] as const;
export const ANNEX4_LAYOUT = Object.freeze({
  form: '吉人社联字〔2017〕67号 附件4',
  titleSuffix: '参保企业职工技能提升补贴发放情况统计表',
  unit: '单位：人、万元',
  rowHeader: '补贴类型',
  groups: ['人数', '金额'] as const,
  columns: ['合计', '初级（五级）', '中级（四级）', '高级（三级）'] as const,
  rows: ['职业资格证书', '职业技能等级证书', '合计'] as const,
  fillingUnit: '填报单位:',
  seal: '(盖章)',
  footer: ['填报人：', '负责人：', '联系电话：', '填报时间:'] as const,
});

export interface Annex4Cell {
  persons: number;
  amountFen: number;
  /** 万元, 4 decimals, as a decimal string (exact). */
  amountWanYuan: string;
}

export interface Annex4Row {
  kind: CertificateKind | 'total';
  label: string;
  total: Annex4Cell;
  byLevel: Record<'5' | '4' | '3', Annex4Cell>;
}

export interface Annex4Table extends ReportPeriod {
  regionCode: string;
  /** 职业资格证书, 职业技能等级证书, 合计 — in the form's order. */
  rows: [Annex4Row, Annex4Row, Annex4Row];
  /** Distinct persons paid in the period (not on the form). */
  distinctPersons: number;
  /** Case ids counted, for drilling down from a cell to the cases (D5 real-name records). */
  caseIds: string[];
}

function cell(persons: number, amountFen: number): Annex4Cell {
  return { persons, amountFen, amountWanYuan: fenToWanYuan(amountFen) };
}

/**
 * The table for a region (itself and the regions under it) and a period (paid dates inclusive). Facts outside
 * the region or period are left out; an invalid fact throws (they come from the database, not from a user).
 */
export function buildAnnex4Table(facts: readonly PaidGrantFact[], scope: ReportPeriod & { regionCode: string }): Annex4Table {
  const valid = parseFacts(paidGrantFactSchema, facts, '发放记录');
  const inScope = valid.filter(
    (f) =>
      isWithinRegion(f.regionCode, scope.regionCode) &&
      compareDates(f.paidOn, scope.periodStart) >= 0 &&
      compareDates(f.paidOn, scope.periodEnd) <= 0,
  );
  const seenCases = new Set<string>();
  for (const f of inScope) {
    if (seenCases.has(f.caseId)) throw new RangeError(`案件${f.caseId}重复出现在发放记录中`);
    seenCases.add(f.caseId);
  }
  const row = (kind: CertificateKind | 'total'): Annex4Row => {
    const mine = kind === 'total' ? inScope : inScope.filter((f) => f.certificateKind === kind);
    const byLevel = {} as Annex4Row['byLevel'];
    for (const level of ANNEX4_LEVELS) {
      const at = mine.filter((f) => f.level === level);
      byLevel[String(level) as '5' | '4' | '3'] = cell(at.length, at.reduce((s, f) => s + f.amountFen, 0));
    }
    return {
      kind,
      label: kind === 'total' ? '合计' : CERTIFICATE_KIND_LABELS[kind],
      total: cell(mine.length, mine.reduce((s, f) => s + f.amountFen, 0)),
      byLevel,
    };
  };
  return {
    regionCode: scope.regionCode,
    periodStart: scope.periodStart,
    periodEnd: scope.periodEnd,
    rows: [row('vocational_qualification'), row('skill_level'), row('total')],
    distinctPersons: new Set(inScope.map((f) => f.personId)).size,
    caseIds: inScope.map((f) => f.caseId),
  };
}

/** A merged range of a sheet, zero-based and inclusive. */
export interface SheetMerge {
  from: { row: number; col: number };
  to: { row: number; col: number };
}

/** A form as a grid, ready for a spreadsheet writer (each inner array is a row; merges as the printed form). */
export interface FormSheet {
  title: string;
  cells: (string | number | null)[][];
  merges: SheetMerge[];
}

export interface FormSignature {
  fillingUnit?: string;
  preparedBy?: string;
  head?: string;
  phone?: string;
  filledOn?: IsoDate;
}

/** The form's title for the table's province (002 is Jilin's; another province's name replaces 吉林省). */
export function formTitle(regionCode: string, suffix: string): string {
  const province = provinceOf(regionCode);
  return `${(province && regionName(province)) ?? ''}${suffix}`;
}

export function annex4Sheet(table: Annex4Table, signature: FormSignature = {}): FormSheet {
  const L = ANNEX4_LAYOUT;
  const title = formTitle(table.regionCode, L.titleSuffix);
  const period = `报告期(${chineseDate(table.periodStart)}——${chineseDate(table.periodEnd)})`;
  const blank = (n: number) => new Array<null>(n).fill(null);
  const cells: (string | number | null)[][] = [
    [title, ...blank(8)],
    [`${L.fillingUnit}${signature.fillingUnit ?? ''}${L.seal}`, null, null, period, null, null, null, L.unit, null],
    [L.rowHeader, L.groups[0], null, null, null, L.groups[1], null, null, null],
    [null, ...L.columns, ...L.columns],
    ...table.rows.map((r) => [
      r.label,
      r.total.persons,
      r.byLevel['5'].persons,
      r.byLevel['4'].persons,
      r.byLevel['3'].persons,
      Number(r.total.amountWanYuan),
      Number(r.byLevel['5'].amountWanYuan),
      Number(r.byLevel['4'].amountWanYuan),
      Number(r.byLevel['3'].amountWanYuan),
    ]),
    [
      `${L.footer[0]}${signature.preparedBy ?? ''}`,
      null,
      `${L.footer[1]}${signature.head ?? ''}`,
      null,
      `${L.footer[2]}${signature.phone ?? ''}`,
      null,
      null,
      `${L.footer[3]}${signature.filledOn ? chineseDate(signature.filledOn) : ''}`,
      null,
    ],
  ];
  const m = (r1: number, c1: number, r2: number, c2: number): SheetMerge => ({ from: { row: r1, col: c1 }, to: { row: r2, col: c2 } });
  return {
    title,
    cells,
    merges: [m(0, 0, 0, 8), m(1, 0, 1, 2), m(1, 3, 1, 6), m(1, 7, 1, 8), m(2, 0, 3, 0), m(2, 1, 2, 4), m(2, 5, 2, 8), m(7, 0, 7, 1), m(7, 2, 7, 3), m(7, 4, 7, 6), m(7, 7, 7, 8)],
  };
}
