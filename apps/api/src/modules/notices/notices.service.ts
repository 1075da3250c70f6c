import { Injectable } from '@nestjs/common';
import { PersonalDataCipher, type Database } from '@huimin/db';
import {
  canSubmitObjection,
  closeNotice,
  decideObjection,
  maskPhone,
  noticeScheduleFor,
  OBJECTION_STATUS_LABELS,
  OBJECTION_STATUSES,
  planNoticeWindow,
  publicNoticeRow,
  todayInShanghai,
  type CertificateKind,
  type ObjectionStatus,
  type WorkflowActor,
} from '@huimin/domain';
import { badRequest, conflict, notFound, ProblemException } from '../../common/problem.js';
import { assertInScope, scopePattern } from '../access/region-scope.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { CasesService } from '../skill-subsidy-cases/cases.service.js';
import { NoticesRepository } from './notices.repository.js';

/** A15: the notice lasts at least 5 working days. */
const MIN_NOTICE_WORKING_DAYS = 5;

const staffActor = (user: AuthenticatedUser): { actor: WorkflowActor; label: string; displayName: string } => ({
  actor: { kind: 'staff', userId: user.id, roles: user.roles },
  label: user.username,
  displayName: user.displayName,
});

/**
 * Public notice (公示, POLICY.md A15): a region's approved cases are published in one batch for at least 5
 * working days (masked rows, 002 附件2); anyone may object with contact details; a handler or head upholds
 * (the case is cancelled with the reason) or dismisses; after the end, cases without an upheld or open
 * objection pass (`closeEnded`, run by the scheduled job).
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly repo: NoticesRepository,
    private readonly cases: CasesService,
    private readonly calendars: CalendarService,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
  ) {}

  async publish(user: AuthenticatedUser, regionCode: string, ip: string | null, today = todayInShanghai()) {
    assertInScope(user.regionCode, regionCode, '未找到该地区的记录');
    const calendar = await this.calendars.calendar();
    const planned = planNoticeWindow({ publishedOn: today, minWorkingDays: MIN_NOTICE_WORKING_DAYS, calendar });
    if (!planned.ok) throw badRequest([{ path: 'endsOn', message: planned.message }]);
    const schedule = noticeScheduleFor(regionCode);
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const batch = await this.repo.insertBatch(
        { regionCode, compiledOn: today, startsOn: planned.window.publishedOn, endsOn: planned.window.endsOn, createdBy: user.username },
        db,
      );
      if (!batch) throw conflict(`${regionCode}地区今天已编制过公示名单`);
      const ids = await this.repo.approvedCaseIds(regionCode, db);
      if (ids.length === 0) throw conflict('没有审核通过待公示的申请');
      const rows = [];
      for (const id of ids) {
        const c = (await this.cases.lockCase(id, db))!;
        await this.cases.applyEvent(db, c, 'publish_notice', staffActor(user), undefined, calendar, ip, today);
        const facts = c.facts as { person: { sex: 'male' | 'female' }; employer: { name: string } | null; certificate: { issueDate: string } };
        const person = await this.#idNumberOf(c.personId, db);
        const row = publicNoticeRow(
          {
            caseId: c.id,
            name: c.applicantName,
            sex: facts.person.sex,
            idNumber: person,
            employerName: facts.employer?.name ?? '—',
            occupation: c.occupation,
            level: c.level,
            certificateKind: c.certificateKind as CertificateKind,
            certificateNo: c.certificateNo,
            issueDate: facts.certificate.issueDate,
            amountFen: c.amountFen,
          },
          schedule.nameMasking,
        );
        const { caseId: _internal, ...publicRow } = row;
        const item = await this.repo.insertItem({ batchId: batch.id, caseId: c.id, row: publicRow }, db);
        rows.push({ itemId: item.id, ...publicRow });
      }
      await this.audit.record({ actor: user.username, action: 'notice.publish', entity: 'notice_batch', entityId: batch.id, ip, after: { regionCode, items: rows.length, endsOn: batch.endsOn } }, db);
      return { id: batch.id, regionCode, startsOn: batch.startsOn, endsOn: batch.endsOn, schedule: schedule.label, items: rows };
    });
  }

  async #idNumberOf(personId: string, db: Database): Promise<string> {
    return this.cipher.decrypt(await this.repo.idNumberEncOf(personId, db));
  }

  /** The public list: open batches of a region (or all), rows masked as published. */
  async publicList(regionCode: string | undefined) {
    const batches = await this.repo.openBatches(regionCode ? scopePattern(regionCode) : '%');
    const out = [];
    for (const b of batches) {
      const items = await this.repo.items(b.id);
      out.push({ id: b.id, regionCode: b.regionCode, startsOn: b.startsOn, endsOn: b.endsOn, items: items.map((i) => ({ itemId: i.id, ...(i.row as object) })) });
    }
    return out;
  }

  async object(itemId: string, input: { contactName: string; contactPhone: string; content: string }, ip: string | null, today = todayInShanghai()) {
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const found = await this.repo.item(itemId, db);
      if (!found) throw notFound('未找到该公示记录');
      const c = await this.cases.lockCase(found.item.caseId, db);
      const ok = canSubmitObjection({ publishedOn: found.batch.startsOn, endsOn: found.batch.endsOn }, c!.status, today);
      if (!ok.ok) throw new ProblemException(409, ok.message, { type: `/problems/${ok.code.toLowerCase().replace(/_/g, '-')}` });
      const row = await this.repo.insertObjection(
        { noticeItemId: itemId, caseId: c!.id, contactName: input.contactName, contactPhoneEnc: this.cipher.encrypt(input.contactPhone), content: input.content },
        db,
      );
      await this.audit.record({ actor: 'public', action: 'objection.submit', entity: 'objection', entityId: row.id, ip, after: { caseId: c!.id } }, db);
      return { id: row.id, status: row.status, message: '异议已受理，经办机构将会同发证机构核查' };
    });
  }

  /** The objections inbox of the caller's regions (A15): open ones are the handler's work. */
  async listObjections(user: AuthenticatedUser, q: { regionCode?: string | undefined; status?: ObjectionStatus | undefined; page: number; pageSize: number }) {
    if (q.regionCode) assertInScope(user.regionCode, q.regionCode, '未找到该地区的记录');
    const { rows, total, counts } = await this.repo.listObjections(scopePattern(q.regionCode ?? user.regionCode), q.status, q.page, q.pageSize);
    const byStatus = Object.fromEntries(OBJECTION_STATUSES.map((s) => [s, 0])) as Record<ObjectionStatus, number>;
    for (const c of counts) byStatus[c.status as ObjectionStatus] = Number(c.n);
    return {
      items: rows.map(({ objection: o, caseRow: c, batch }) => ({
        id: o.id,
        status: o.status,
        statusLabel: OBJECTION_STATUS_LABELS[o.status as ObjectionStatus],
        caseId: c.id,
        regionCode: c.regionCode,
        noticeBatchId: batch.id,
        noticeEndsOn: batch.endsOn,
        applicantName: c.applicantName,
        occupation: c.occupation,
        level: c.level,
        certificateNo: c.certificateNo,
        content: o.content,
        contactName: o.contactName,
        // Staff call the objector back through the office's own records; the list shows the number masked.
        contactPhoneMasked: maskPhone(this.cipher.decrypt(o.contactPhoneEnc)),
        createdAt: o.createdAt.toISOString(),
        decidedBy: o.decidedBy,
        decisionReason: o.decisionReason,
        decidedAt: o.decidedAt ? o.decidedAt.toISOString() : null,
      })),
      total,
      page: q.page,
      pageSize: q.pageSize,
      counts: byStatus,
    };
  }

  async decide(user: AuthenticatedUser, objectionId: string, outcome: 'upheld' | 'dismissed', reason: string, ip: string | null) {
    const calendar = await this.calendars.calendar();
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const objection = await this.repo.lockObjection(objectionId, db);
      if (!objection) throw notFound('未找到该异议');
      const c = (await this.cases.lockCase(objection.caseId, db))!;
      assertInScope(user.regionCode, c.regionCode, '未找到该异议');
      const d = decideObjection({ status: objection.status as ObjectionStatus }, outcome, reason);
      if (!d.ok) throw conflict(d.message);
      // Upheld: the approval is cancelled (A15); dismissed: a step on the case records who decided and why.
      await this.cases.applyEvent(db, c, outcome === 'upheld' ? 'uphold_objection' : 'dismiss_objection', staffActor(user), reason, calendar, ip);
      await this.repo.decideObjection(objection.id, { status: outcome, decidedBy: user.username, decisionReason: reason }, db);
      if (outcome === 'upheld') await this.repo.setItemOutcome(objection.noticeItemId, 'cancelled', db);
      await this.audit.record({ actor: user.username, action: `objection.${outcome}`, entity: 'objection', entityId: objection.id, ip, after: { caseId: c.id, reason } }, db);
      return { id: objection.id, status: outcome, caseId: c.id };
    });
  }

  /**
   * The end of notice (job): every open batch whose notice ended before `today` is closed; its cases without an
   * upheld or open objection pass (`pass_notice` by the system, starting the 7-day payment deadline, A16), those
   * with an open objection are held until it is decided. Batches are locked with SKIP LOCKED, so two instances
   * running the job at once never close one batch twice.
   */
  async closeEnded(today = todayInShanghai()) {
    const calendar = await this.calendars.calendar();
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const result = { batches: 0, passed: 0, held: 0 };
      for (const batch of await this.repo.endedBatches(today, db)) {
        const items = await this.repo.items(batch.id, db);
        const facts = [];
        for (const i of items) {
          const c = (await this.cases.lockCase(i.caseId, db))!;
          facts.push({ item: i, row: c, objections: await this.repo.objectionsOf(c.id, db) });
        }
        const closed = closeNotice(
          { endsOn: batch.endsOn },
          facts.map((f) => ({ caseId: f.row.id, caseStatus: f.row.status, objections: f.objections.map((o) => ({ status: o.status as ObjectionStatus })) })),
          today,
        );
        let held = 0;
        for (const o of closed.outcomes) {
          const f = facts.find((x) => x.row.id === o.caseId)!;
          if (o.action === 'pass') {
            await this.cases.applyEvent(db, f.row, 'pass_notice', { actor: { kind: 'system', job: 'notice-close' }, label: 'job:notice-close', displayName: null }, undefined, calendar, null, today);
            await this.repo.setItemOutcome(f.item.id, 'passed', db);
          } else if (o.action === 'hold') {
            held++;
            await this.repo.setItemOutcome(f.item.id, 'held', db);
          }
        }
        // A batch with a held case stays open until its objection is decided and the job runs again.
        if (held === 0) await this.repo.closeBatch(batch.id, db);
        result.batches++;
        result.passed += closed.passed;
        result.held += held;
        await this.audit.record({ actor: 'job:notice-close', action: 'notice.close', entity: 'notice_batch', entityId: batch.id, after: { passed: closed.passed, held } }, db);
      }
      return result;
    });
  }
}
