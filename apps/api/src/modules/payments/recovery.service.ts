import { Injectable } from '@nestjs/common';
import type { Database, RecoveryOrderRow } from '@huimin/db';
import {
  openRecoveryOrder,
  outstandingFen,
  overdue,
  recordRepayment,
  RECOVERY_STATUS_LABELS,
  repaidFen,
  todayInShanghai,
  type RecoveryErrorCode,
  type RecoveryOrder,
  type RecoveryStatus,
  writeOffRecovery,
} from '@huimin/domain';
import { notFound, ProblemException } from '../../common/problem.js';
import { assertInScope, inScope, scopePattern } from '../access/region-scope.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { CasesService } from '../skill-subsidy-cases/cases.service.js';
import { PaymentsRepository } from './payments.repository.js';

/** The domain's refusals as HTTP: a state that forbids it is 409, a wrong amount or date 422. */
const RECOVERY_HTTP: Readonly<Record<RecoveryErrorCode, number>> = {
  CASE_NOT_PAID: 409,
  ORDER_CLOSED: 409,
  DUPLICATE_REFERENCE: 409,
  AMOUNT_INVALID: 422,
  AMOUNT_EXCEEDS_PAID: 422,
  REASON_REQUIRED: 422,
  DUE_BEFORE_OPENED: 422,
  OVERPAYMENT: 422,
  DATE_INVALID: 422,
  FORBIDDEN_ROLE: 403,
};

const refuse = (r: { code: RecoveryErrorCode; message: string }) =>
  new ProblemException(RECOVERY_HTTP[r.code], r.message, { type: `/problems/${r.code.toLowerCase().replace(/_/g, '-')}` });

/**
 * Recovery (追回, POLICY.md A17): a paid case found ineligible gets an order (amount at most what was paid,
 * reason, due date) opened by a handler or head who took no separated step of the case (D1), the case moves to
 * clawback_pending; finance records repayments, and the one that completes the order moves the case to
 * recovered and lifts the grant mark (A7), so the person may be granted that occupation × level again.
 */
@Injectable()
export class RecoveryService {
  constructor(
    private readonly repo: PaymentsRepository,
    private readonly cases: CasesService,
    private readonly calendars: CalendarService,
    private readonly audit: AuditService,
  ) {}

  async open(user: AuthenticatedUser, caseId: string, input: { amountFen?: number | undefined; reason: string; dueOn: string }, ip: string | null, today = todayInShanghai()) {
    const calendar = await this.calendars.calendar();
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const c = await this.cases.lockCase(caseId, db);
      if (!c || !inScope(user.regionCode, c.regionCode)) throw notFound('未找到该申请');
      const paid = await this.repo.paidItemOf(c.id, db);
      const opened = openRecoveryOrder({
        caseId: c.id,
        caseStatus: c.status,
        // What the bank confirmed paid: an order never asks back more than that (A17).
        paidAmountFen: paid?.amountFen ?? 0,
        ...(input.amountFen !== undefined ? { amountFen: input.amountFen } : {}),
        reason: input.reason,
        openedOn: today,
        dueDate: input.dueOn,
      });
      if (!opened.ok) throw refuse(opened);
      // A case already clawback_pending has its order: the machine refuses open_clawback from there (409).
      await this.cases.applyEvent(db, c, 'open_clawback', { actor: { kind: 'staff', userId: user.id, roles: user.roles }, label: user.username, displayName: user.displayName }, opened.order.reason, calendar, ip, today);
      const order = await this.repo.insertOrder({ caseId: c.id, amountFen: opened.order.amountFen, reason: opened.order.reason, dueOn: opened.order.dueDate, status: 'open', createdBy: user.username }, db);
      await this.audit.record({ actor: user.username, action: 'recovery.open', entity: 'recovery_order', entityId: order.id, ip, after: { caseId: c.id, amountFen: order.amountFen, reason: order.reason, dueOn: order.dueOn } }, db);
      return this.#detail(order, this.#domain(order, []), c);
    });
  }

  async repay(user: AuthenticatedUser, orderId: string, input: { amountFen: number; paidOn: string; reference: string }, ip: string | null, today = todayInShanghai()) {
    const calendar = await this.calendars.calendar();
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const row = await this.repo.lockOrder(orderId, db);
      const c = row ? await this.cases.lockCase(row.caseId, db) : undefined;
      if (!row || !c || !inScope(user.regionCode, c.regionCode)) throw notFound('未找到该追回单');
      const before = this.#domain(row, await this.repo.repaymentsOf(row.id, db));
      const r = recordRepayment(before, { on: input.paidOn, amountFen: input.amountFen, reference: input.reference.trim() });
      if (!r.ok) throw refuse(r);
      if (input.paidOn > today) throw new ProblemException(422, '还款日期不能晚于今天', { type: '/problems/date-invalid' });
      await this.repo.insertRepayment({ orderId: row.id, amountFen: input.amountFen, paidOn: input.paidOn, reference: input.reference.trim(), recordedBy: user.username }, db);
      await this.repo.setOrderStatus(row.id, r.status, db);
      if (r.completed) {
        await this.cases.applyEvent(db, c, 'confirm_recovered', { actor: { kind: 'staff', userId: user.id, roles: user.roles }, label: user.username, displayName: user.displayName }, undefined, calendar, ip, today);
        // A17 + A7: the money is back, so the person has not received this occupation × level any more.
        await this.repo.liftGrant(c.id, today, `追回完毕：${row.reason}`, db);
      }
      await this.audit.record(
        { actor: user.username, action: 'recovery.repayment', entity: 'recovery_order', entityId: row.id, ip, after: { amountFen: input.amountFen, paidOn: input.paidOn, reference: input.reference.trim(), status: r.status, outstandingFen: r.outstandingFen } },
        db,
      );
      return this.#detail({ ...row, status: r.status }, r.order, c);
    });
  }

  /**
   * Writes off what cannot be recovered (A17): the head only, with a reason; the order is written_off, the case
   * returns to paid and keeps its grant mark (the money stayed with the person, A7).
   */
  async writeOff(user: AuthenticatedUser, orderId: string, reason: string, ip: string | null, today = todayInShanghai()) {
    const calendar = await this.calendars.calendar();
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const row = await this.repo.lockOrder(orderId, db);
      const c = row ? await this.cases.lockCase(row.caseId, db) : undefined;
      if (!row || !c || !inScope(user.regionCode, c.regionCode)) throw notFound('未找到该追回单');
      const before = this.#domain(row, await this.repo.repaymentsOf(row.id, db));
      const w = writeOffRecovery(before, { on: today, reason, actor: { userId: user.id, roles: user.roles } });
      if (!w.ok) throw refuse(w);
      await this.repo.writeOffOrder(row.id, { on: today, reason: w.order.writeOff!.reason, by: user.username }, db);
      await this.cases.applyEvent(db, c, 'write_off_clawback', { actor: { kind: 'staff', userId: user.id, roles: user.roles }, label: user.username, displayName: user.displayName }, w.order.writeOff!.reason, calendar, ip, today);
      await this.audit.record(
        { actor: user.username, action: 'recovery.write_off', entity: 'recovery_order', entityId: row.id, ip, after: { caseId: c.id, reason: w.order.writeOff!.reason, outstandingFen: outstandingFen(w.order) } },
        db,
      );
      return this.#detail({ ...row, status: 'written_off', writtenOffOn: today, writtenOffReason: w.order.writeOff!.reason, writtenOffBy: user.username }, w.order, c);
    });
  }

  /** The recovery orders of the caller's regions (A17), newest first: what is owed, repaid and overdue. */
  async list(user: AuthenticatedUser, q: { regionCode?: string | undefined; caseId?: string | undefined; status?: RecoveryStatus | undefined; page: number; pageSize: number }, today = todayInShanghai()) {
    if (q.regionCode) assertInScope(user.regionCode, q.regionCode, '未找到该地区的记录');
    const { rows, total } = await this.repo.listOrders(scopePattern(q.regionCode ?? user.regionCode), { status: q.status, caseId: q.caseId }, q.page, q.pageSize);
    return {
      items: rows.map(({ order, caseRow, repaidFen: repaid }) => this.#summary(order, repaid, caseRow, today)),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async get(user: AuthenticatedUser, orderId: string) {
    const found = await this.repo.findOrder(orderId);
    if (!found || !inScope(user.regionCode, found.caseRow.regionCode)) throw notFound('未找到该追回单');
    const order = this.#domain(found.order, await this.repo.repaymentsOf(found.order.id, this.repo.db));
    return this.#detail(found.order, order, found.caseRow);
  }

  #summary(row: RecoveryOrderRow, repaid: number, c: { regionCode: string; applicantName: string; occupation: string; level: number }, today = todayInShanghai()) {
    const open = row.status === 'open' || row.status === 'partially_repaid';
    return {
      id: row.id,
      caseId: row.caseId,
      regionCode: c.regionCode,
      applicantName: c.applicantName,
      occupation: c.occupation,
      level: c.level,
      status: row.status,
      statusLabel: RECOVERY_STATUS_LABELS[row.status as RecoveryStatus],
      amountFen: row.amountFen,
      repaidFen: repaid,
      outstandingFen: open ? row.amountFen - repaid : 0,
      reason: row.reason,
      dueOn: row.dueOn,
      overdue: open && overdue(row.dueOn, today),
      createdBy: row.createdBy,
      createdAt: row.createdAt.toISOString(),
    };
  }

  #detail(row: RecoveryOrderRow, order: RecoveryOrder, c: { regionCode: string; applicantName: string; occupation: string; level: number }) {
    return {
      ...this.#summary(row, repaidFen(order), c),
      repayments: order.repayments,
      writeOff: row.writtenOffOn ? { on: row.writtenOffOn, reason: row.writtenOffReason!, by: row.writtenOffBy! } : null,
    };
  }

  #domain(row: RecoveryOrderRow, repayments: { amountFen: number; paidOn: string; reference: string }[]): RecoveryOrder {
    return {
      caseId: row.caseId,
      amountFen: row.amountFen,
      reason: row.reason,
      openedOn: todayInShanghai(row.createdAt),
      dueDate: row.dueOn,
      repayments: repayments.map((p) => ({ on: p.paidOn, amountFen: p.amountFen, reference: p.reference })),
      writeOff: row.writtenOffOn ? { on: row.writtenOffOn, reason: row.writtenOffReason ?? '', byUserId: row.writtenOffBy ?? '' } : null,
    };
  }

}
