import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, gte, inArray, like, lte, sql, type SQL } from 'drizzle-orm';
import { caseSteps, cases, certificates, grants, noticeBatches, noticeItems, persons, queryRows, regions, type DbHandle } from '@huimin/db';
import { SKILL_SUBSIDY_OPEN_STATUSES, type ApplicationFact, type PaidGrantFact, type PublicNoticeRow } from '@huimin/domain';
import { DB } from '../database/database.module.js';
import { scopePattern } from '../access/region-scope.js';
import type { TrendFact, TrendFigure, TrendGrouping } from './statistics-trend.js';

/** The SQL of `groupOf` in statistics-trend.ts: the region of the grouping a region code falls in. */
function groupSql(code: SQL, grouping: TrendGrouping): SQL {
  if (grouping === 'province') return sql`(left(${code}, 2) || '0000')`;
  if (grouping === 'city') return sql`(case when substr(${code}, 3, 2) = '00' then ${code} else left(${code}, 4) || '00' end)`;
  return code;
}

/** The facts statistics are built from (A18, D5), read from the ledger, the cases and the published notices. */
@Injectable()
export class StatisticsRepository {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  /**
   * One fact per paid case: the grant written when the bank confirmed the payment (A16), dated by that payment.
   * A grant lifted later by a recovery (A17) still counts in the month it was paid — the form reports what was
   * paid out; the recovery is reported when it happens, not by rewriting a past month.
   */
  async paidGrants(regionCode: string, from: string, to: string): Promise<PaidGrantFact[]> {
    const rows = await this.handle.db
      .select({
        caseId: grants.caseId,
        personId: grants.personKey,
        regionCode: grants.regionCode,
        paidOn: grants.grantedOn,
        certificateKind: grants.certificateKind,
        level: grants.level,
        occupation: grants.occupation,
        amountFen: grants.amountFen,
      })
      .from(grants)
      .where(and(like(grants.regionCode, scopePattern(regionCode)), gte(grants.grantedOn, from), lte(grants.grantedOn, to)))
      .orderBy(asc(grants.grantedOn), asc(grants.caseId));
    return rows as PaidGrantFact[];
  }

  /** Applications of the region with their final review decision (the appeal's, if any) for the quarterly figures. */
  async applications(regionCode: string, to: string): Promise<ApplicationFact[]> {
    const rows = await this.handle.db
      .select({ caseId: cases.id, regionCode: cases.regionCode, submittedOn: cases.applicationDate })
      .from(cases)
      .where(and(like(cases.regionCode, scopePattern(regionCode)), lte(cases.applicationDate, to)));
    if (rows.length === 0) return [];
    const decisions = await this.handle.db
      .select({ caseId: caseSteps.caseId, seq: caseSteps.seq, to: caseSteps.toStatus, on: caseSteps.on })
      .from(caseSteps)
      .where(and(inArray(caseSteps.caseId, rows.map((r) => r.caseId)), inArray(caseSteps.toStatus, ['approved', 'rejected'])))
      .orderBy(asc(caseSteps.caseId), asc(caseSteps.seq));
    const last = new Map<string, { to: string; on: string }>();
    for (const d of decisions) last.set(d.caseId, d);
    return rows.map((r) => {
      const d = last.get(r.caseId);
      return { ...r, decision: d ? { outcome: d.to === 'approved' ? ('approved' as const) : ('rejected' as const), on: d.on } : null };
    });
  }

  /** The rows of the notices that started in the period, as they were published (masked), in publication order. */
  async noticeRows(regionCode: string, from: string, to: string): Promise<PublicNoticeRow[]> {
    const rows = await this.handle.db
      .select({ row: noticeItems.row })
      .from(noticeItems)
      .innerJoin(noticeBatches, eq(noticeBatches.id, noticeItems.batchId))
      .where(and(like(noticeBatches.regionCode, scopePattern(regionCode)), gte(noticeBatches.startsOn, from), lte(noticeBatches.startsOn, to)))
      .orderBy(asc(noticeBatches.startsOn), asc(noticeBatches.regionCode), sql`${noticeItems.row}->>'certificateNo'`);
    return rows.map((r) => r.row as PublicNoticeRow);
  }

  /**
   * The trend figures of a region (itself and everything under it) per month and per sub-region, in one
   * statement: applications by application date; final review decisions (the last approval or refusal of each
   * case, as the quarterly figures count them) by decision date; grants by payment date (as 附件4 counts them);
   * and per month the open cases that were past a running deadline at the month's end — or on `today` for the
   * month under way. "Open" and "running" are read as they were on that day: the status from the case's last
   * step on or before it, the deadline from its start and stop dates, so a past month keeps its figure when the
   * case moves on.
   */
  async trend(input: { regionCode: string; grouping: TrendGrouping; from: string; to: string; today: string }): Promise<TrendFact[]> {
    const pattern = scopePattern(input.regionCode);
    const open = sql.join(
      SKILL_SUBSIDY_OPEN_STATUSES.map((s) => sql`${s}`),
      sql`, `,
    );
    const rows = await queryRows<{ figure: TrendFigure; month: string; region_code: string; n: number; fen: string | null }>(
      this.handle.db,
      sql`
        with months as (
          select to_char(m, 'YYYY-MM') as month,
                 least((m + interval '1 month' - interval '1 day')::date, ${input.today}::date) as snapshot_on
            from generate_series(${input.from}::timestamp, date_trunc('month', ${input.to}::timestamp), interval '1 month') as m
        ),
        scoped as (
          select c.id, c.application_date, c.deadlines, ${groupSql(sql`c.region_code`, input.grouping)} as region_code
            from cases c
           where c.region_code like ${pattern}
        ),
        final_decisions as (
          select distinct on (s.case_id) s.case_id, s.to_status, s."on"
            from case_steps s
            join scoped sc on sc.id = s.case_id
           where s.to_status in ('approved', 'rejected')
           order by s.case_id, s.seq desc
        ),
        deadlines as (
          select sc.id, sc.region_code,
                 (d.value ->> 'startedOn')::date as started_on,
                 (d.value ->> 'stoppedOn')::date as stopped_on,
                 (d.value ->> 'due')::date as due
            from scoped sc
           cross join lateral jsonb_array_elements(sc.deadlines) as d(value)
           where d.value ->> 'due' is not null
        )
        select 'submitted' as figure, to_char(sc.application_date, 'YYYY-MM') as month, sc.region_code, count(*)::int as n, null::text as fen
          from scoped sc
         where sc.application_date between ${input.from}::date and ${input.to}::date
         group by 2, 3
        union all
        select case when d.to_status = 'approved' then 'approved' else 'refused' end, to_char(d."on", 'YYYY-MM'), sc.region_code, count(*)::int, null::text
          from final_decisions d
          join scoped sc on sc.id = d.case_id
         where d."on" between ${input.from}::date and ${input.to}::date
         group by 1, 2, 3
        union all
        select 'paid', to_char(g.granted_on, 'YYYY-MM'), ${groupSql(sql`g.region_code`, input.grouping)}, count(*)::int, sum(g.amount_fen)::text
          from grants g
         where g.region_code like ${pattern}
           and g.granted_on between ${input.from}::date and ${input.to}::date
         group by 2, 3
        union all
        select 'overdue', m.month, l.region_code, count(distinct l.id)::int, null::text
          from months m
          join deadlines l
            on l.started_on <= m.snapshot_on
           and l.due < m.snapshot_on
           and (l.stopped_on is null or l.stopped_on > m.snapshot_on)
         where (select s.to_status
                  from case_steps s
                 where s.case_id = l.id and s."on" <= m.snapshot_on
                 order by s.seq desc
                 limit 1) in (${open})
         group by 2, 3
      `,
    );
    return rows.map((r) => ({ figure: r.figure, month: r.month, regionCode: r.region_code, count: Number(r.n), amountFen: r.fen === null ? 0 : Number(r.fen) }));
  }

  /** The divisions directly under a region, as the deployment's reference table names them. */
  async childRegions(code: string): Promise<{ code: string; name: string }[]> {
    return this.handle.db.select({ code: regions.code, name: regions.name }).from(regions).where(eq(regions.parentCode, code)).orderBy(asc(regions.code));
  }

  /** A region's name in the reference table (a deployment may add or rename its divisions there). */
  async regionNames(codes: readonly string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows = await this.handle.db.select({ code: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, [...codes]));
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  async person(id: string) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await this.handle.db.select().from(persons).where(eq(persons.id, id)).limit(1);
    return row;
  }

  /** A7/A11: the ledger is per person across regions; the certificate list is what the person holds now. */
  async grantsOf(personKey: string) {
    return this.handle.db.select().from(grants).where(eq(grants.personKey, personKey)).orderBy(asc(grants.grantedOn));
  }

  async certificatesOf(personKey: string) {
    return this.handle.db
      .select({ certificateNo: certificates.certificateNo, kind: certificates.kind, level: certificates.level, occupation: certificates.occupation, issueDate: certificates.issueDate })
      .from(certificates)
      .where(eq(certificates.personKey, personKey))
      .orderBy(asc(certificates.issueDate));
  }
}
