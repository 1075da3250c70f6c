import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, gte, inArray, like, lte, sql } from 'drizzle-orm';
import { caseSteps, cases, certificates, grants, noticeBatches, noticeItems, persons, type DbHandle } from '@huimin/db';
import type { ApplicationFact, PaidGrantFact, PublicNoticeRow } from '@huimin/domain';
import { DB } from '../database/database.module.js';
import { scopePattern } from '../access/region-scope.js';

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
