import { Injectable } from '@nestjs/common';
import {
  ANNEX4_LAYOUT,
  annex2Sheet,
  annex4Sheet,
  buildAnnex4Table,
  CERTIFICATE_KIND_LABELS,
  fenToYuanString,
  monthlyPeriod,
  quarterlyFigures,
  quarterlyPeriod,
  regionName,
  todayInShanghai,
  type Annex2Row,
  type ReportPeriod,
} from '@huimin/domain';
import { notFound } from '../../common/problem.js';
import { assertInScope, inScope } from '../access/region-scope.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { formWorkbook } from './form-xlsx.js';
import { StatisticsRepository } from './statistics.repository.js';
import { assembleTrend, lastDayOfMonth, monthRange, trendGrouping } from './statistics-trend.js';

const OUT_OF_SCOPE = '未找到该地区的记录';
/** 附件4 and 附件2 name levels 5–3 as the form's columns do; the ledger may hold levels 2 and 1 (技师, 高级技师). */
const LEVEL_LABELS: Record<number, string> = { 5: ANNEX4_LAYOUT.columns[1], 4: ANNEX4_LAYOUT.columns[2], 3: ANNEX4_LAYOUT.columns[3], 2: '技师（二级）', 1: '高级技师（一级）' };

export function monthPeriod(month: string): ReportPeriod {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const { periodStart, periodEnd } = monthlyPeriod(y, m);
  return { periodStart, periodEnd };
}

/**
 * Statistics of the skills subsidy (POLICY.md A18, D5): 002 附件4 (monthly, persons and 万元 by certificate kind ×
 * level) and 附件2 (the public-notice list) for any region in the caller's scope and any period, as JSON and in
 * the forms' layout as .xlsx; Heilongjiang's quarterly figures. All are pure aggregations (`@huimin/domain`
 * statistics) of facts read from the ledger, the cases and the published notices. A11: the transfer certificate.
 */
@Injectable()
export class StatisticsService {
  constructor(private readonly repo: StatisticsRepository) {}

  async monthly(user: AuthenticatedUser, regionCode: string, month: string) {
    assertInScope(user.regionCode, regionCode, OUT_OF_SCOPE);
    const period = monthPeriod(month);
    const facts = await this.repo.paidGrants(regionCode, period.periodStart, period.periodEnd);
    return buildAnnex4Table(facts, { regionCode, ...period });
  }

  async monthlyXlsx(user: AuthenticatedUser, regionCode: string, month: string) {
    const table = await this.monthly(user, regionCode, month);
    const sheet = annex4Sheet(table, { fillingUnit: regionName(regionCode) ?? regionCode, filledOn: todayInShanghai() });
    const content = await formWorkbook(sheet, { sheetName: '附件4', tableRows: { from: 2, to: 6 }, columnWidths: [20, 9, 13, 13, 13, 11, 13, 13, 13] });
    return { content, filename: `${regionCode}-${month}-技能提升补贴发放情况统计表.xlsx` };
  }

  async noticeList(user: AuthenticatedUser, regionCode: string, month: string) {
    assertInScope(user.regionCode, regionCode, OUT_OF_SCOPE);
    const period = monthPeriod(month);
    // The rows as published (A15: masked), never re-read from the registry: the filed list is the public one.
    const published = await this.repo.noticeRows(regionCode, period.periodStart, period.periodEnd);
    const rows: Annex2Row[] = published.map((r, i) => ({
      no: i + 1,
      name: r.name,
      sex: r.sex,
      idNumber: r.idNumber,
      employerName: r.employerName,
      levelOrKind: `${r.levelName}${r.certificateKindName}`,
      certificateNo: r.certificateNo,
      issueDate: r.issueDate,
      amountFen: r.amountFen,
      amount: r.amountYuan,
      caseId: r.caseId,
    }));
    return { regionCode, ...period, rows, totalFen: rows.reduce((s, r) => s + r.amountFen, 0) };
  }

  async noticeListXlsx(user: AuthenticatedUser, regionCode: string, month: string) {
    const list = await this.noticeList(user, regionCode, month);
    const sheet = annex2Sheet(regionCode, list, list.rows, { fillingUnit: regionName(regionCode) ?? regionCode, filledOn: todayInShanghai() });
    const content = await formWorkbook(sheet, { sheetName: '附件2', tableRows: { from: 2, to: 2 + list.rows.length }, columnWidths: [6, 10, 6, 22, 28, 26, 20, 12, 12] });
    return { content, filename: `${regionCode}-${month}-技能提升补贴申请人员公示备案情况表.xlsx` };
  }

  async quarterly(user: AuthenticatedUser, regionCode: string, year: number, quarter: number) {
    assertInScope(user.regionCode, regionCode, OUT_OF_SCOPE);
    const { periodStart, periodEnd } = quarterlyPeriod(year, quarter);
    const [paid, applications] = await Promise.all([this.repo.paidGrants(regionCode, periodStart, periodEnd), this.repo.applications(regionCode, periodEnd)]);
    return quarterlyFigures({ regionCode, year, quarter, paid, applications });
  }

  /**
   * D5: the month-by-month figures behind the dashboard's charts — applications, final decisions, grants paid and
   * overdue open cases — for a region in the caller's scope, split by the regions directly under it (a province
   * by city, side by side). `to` is at most the month under way (checked by the query schema).
   */
  async trend(user: AuthenticatedUser, regionCode: string, from: string, to: string) {
    assertInScope(user.regionCode, regionCode, OUT_OF_SCOPE);
    const today = todayInShanghai();
    const grouping = trendGrouping(regionCode);
    const [facts, children] = await Promise.all([
      this.repo.trend({ regionCode, grouping, from: `${from}-01`, to: lastDayOfMonth(to), today }),
      // A county has nothing under it; a city's counties are listed only where the deployment added them.
      grouping === 'region' && regionCode.slice(4) !== '00' ? Promise.resolve([]) : this.repo.childRegions(regionCode),
    ]);
    const names = await this.repo.regionNames([regionCode, ...facts.map((f) => f.regionCode)]);
    const nameOf = (code: string) => names.get(code) ?? regionName(code) ?? code;
    const { regions, rows } = assembleTrend({
      months: monthRange(from, to),
      known: children,
      facts,
      self: { code: regionCode, name: nameOf(regionCode) },
      nameOf,
    });
    return { regionCode, regionName: nameOf(regionCode), from, to, asOf: today, months: monthRange(from, to), regions, rows };
  }

  /**
   * A11: whether the person received the subsidy for each occupation × level — every certificate held and every
   * grant in the ledger, from any region (a transferred worker brings the former region's record). A grant lifted
   * by a full recovery (A17) shows as not received, with the recovery date.
   */
  async grantRecord(user: AuthenticatedUser, personId: string) {
    const person = await this.repo.person(personId);
    if (!person || !inScope(user.regionCode, person.regionCode)) throw notFound('未找到该参保人员');
    const [ledger, held] = await Promise.all([this.repo.grantsOf(person.personKey), this.repo.certificatesOf(person.personKey)]);
    const key = (occupation: string, level: number) => `${occupation.normalize('NFKC').replace(/\s+/g, '')}|${level}`;
    const lines = new Map<string, { occupation: string; level: number; levelLabel: string; certificates: { certificateNo: string; kind: string; kindLabel: string; issueDate: string }[]; grants: typeof ledger }>();
    const lineOf = (occupation: string, level: number) => {
      const k = key(occupation, level);
      if (!lines.has(k)) lines.set(k, { occupation, level, levelLabel: LEVEL_LABELS[level] ?? `${level}级`, certificates: [], grants: [] });
      return lines.get(k)!;
    };
    for (const c of held) lineOf(c.occupation, c.level).certificates.push({ certificateNo: c.certificateNo, kind: c.kind, kindLabel: CERTIFICATE_KIND_LABELS[c.kind], issueDate: c.issueDate });
    for (const g of ledger) lineOf(g.occupation, g.level).grants.push(g);
    return {
      person: { id: person.id, name: person.name, regionCode: person.regionCode, regionName: regionName(person.regionCode) ?? person.regionCode },
      issuedOn: todayInShanghai(),
      issuedBy: user.displayName,
      items: [...lines.values()].map((l) => {
        const live = l.grants.find((g) => g.liftedOn === null);
        return {
          occupation: l.occupation,
          level: l.level,
          levelLabel: l.levelLabel,
          certificates: l.certificates,
          received: live !== undefined,
          grant: live ? { caseId: live.caseId, grantedOn: live.grantedOn, amountFen: live.amountFen, amountYuan: fenToYuanString(live.amountFen), regionCode: live.regionCode, regionName: regionName(live.regionCode) ?? live.regionCode } : null,
          recovered: l.grants
            .filter((g) => g.liftedOn !== null)
            .map((g) => ({ caseId: g.caseId, grantedOn: g.grantedOn, liftedOn: g.liftedOn!, amountFen: g.amountFen, regionCode: g.regionCode, reason: g.liftedReason })),
        };
      }),
    };
  }
}
