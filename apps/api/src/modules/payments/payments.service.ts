import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { databaseErrorCode, PersonalDataCipher, type CaseRow, type Database, type PaymentBatchRow, type PaymentItemRow } from '@huimin/db';
import {
  bankFileLayoutSchema,
  buildPaymentBatch,
  DECISION_ERROR_HTTP_STATUS,
  DEFAULT_BANK_FILE_LAYOUT,
  maskBankAccount,
  overdue,
  parseBankResult,
  PAYMENT_BATCH_RULES,
  PAYMENT_BATCH_STATUS_LABELS,
  paymentBatchMachine,
  reconcileBankResult,
  todayInShanghai,
  writeBankFile,
  type BankFileLayout,
  type PayeeKind,
  type PaymentBatchEvent,
  type PaymentBatchStatus,
  type PaymentCandidate,
  type PaymentItem,
  type WorkflowActor,
  type WorkflowStep,
  type WorkingDayCalendar,
} from '@huimin/domain';
import { badRequest, conflict, notFound, ProblemException, unprocessable } from '../../common/problem.js';
import { zodFieldErrors } from '../../common/zod.js';
import { assertInScope, inScope, scopePattern } from '../access/region-scope.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { CasesService } from '../skill-subsidy-cases/cases.service.js';
import { PaymentsRepository } from './payments.repository.js';

const BATCH_NOT_FOUND = '未找到该发放批次';
type BatchStep = WorkflowStep<PaymentBatchStatus, PaymentBatchEvent>;

const staff = (user: AuthenticatedUser): { actor: WorkflowActor; label: string; displayName: string } => ({
  actor: { kind: 'staff', userId: user.id, roles: user.roles },
  label: user.username,
  displayName: user.displayName,
});

/**
 * Payment (拨付, POLICY.md A16, D1, D2). A finance user builds a batch of a region's payable cases (eligibility
 * checked again on today's registry), a second finance user approves it (the cases start paying), the bank file
 * is exported with the accounts decrypted only into the file, and the bank's result file settles each item:
 * paid (the case is paid and the grant ledger marks occupation × level as received) or failed (the case waits
 * for a corrected payee and a new batch). Each of these is one transaction with its audit entry.
 */
@Injectable()
export class PaymentsService {
  constructor(
    private readonly repo: PaymentsRepository,
    private readonly cases: CasesService,
    private readonly calendars: CalendarService,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
  ) {}

  /**
   * Builds a batch (A16) in one transaction, so a crash leaves no half batch. The Idempotency-Key becomes the
   * batch's build key: a retried or restarted build with the same key answers the batch it already made.
   * Builds of one region queue on a database lock; a case already pending or paid is never taken again (the
   * partial unique index on payment_items is the last word).
   */
  async build(user: AuthenticatedUser, regionCode: string, idempotencyKey: string | undefined, ip: string | null, today = todayInShanghai()) {
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,128}$/.test(idempotencyKey)) {
      throw badRequest([{ path: 'Idempotency-Key', message: '幂等键应为1～128个可见ASCII字符' }]);
    }
    assertInScope(user.regionCode, regionCode, '未找到该地区的记录');
    const calendar = await this.calendars.calendar();
    const buildKey = idempotencyKey ? createHash('sha256').update(`${user.id}\n${idempotencyKey}`).digest('hex') : null;
    try {
      return await this.repo.db.transaction(async (tx) => {
        const db = tx as unknown as Database;
        if (buildKey) {
          await this.repo.lock(`payment-build-key ${buildKey}`, db);
          const seen = await this.repo.batchByKey(buildKey, db);
          if (seen) {
            if (seen.regionCode !== regionCode) throw unprocessable('该幂等键已用于另一地区的组批请求，请使用新的幂等键', '/problems/idempotency-key-reused');
            return { body: { ...(await this.#view(seen, db)), skipped: [] }, replayed: true };
          }
        }
        await this.repo.lock(`payment-build-region ${regionCode}`, db);
        const ids = await this.repo.payableCaseIds(regionCode, db);
        const items = await this.repo.itemsOfCases(ids, db);
        const candidates: PaymentCandidate[] = [];
        const rows = new Map<string, CaseRow>();
        for (const id of ids) {
          const c = (await this.cases.lockCase(id, db))!;
          rows.set(c.id, c);
          const failed = items.filter((i) => i.caseId === c.id && i.status === 'failed').at(-1);
          candidates.push({
            caseId: c.id,
            caseStatus: c.status,
            amountFen: c.amountFen,
            payee: this.#casePayee(c),
            recheck: await this.cases.recheck(c, db),
            ...(failed ? { failedItem: this.#domainItem(failed, '') } : {}),
          });
        }
        const batchNo = `P${regionCode}-${today.replace(/-/g, '')}-${randomBytes(3).toString('hex')}`;
        const draft = buildPaymentBatch({ batchNo, candidates, openItems: items.map((i) => ({ caseId: i.caseId, status: i.status as PaymentItem['status'] })) });
        if (draft.items.length === 0) {
          throw new ProblemException(409, '没有可以列入发放批次的案件', { type: '/problems/nothing-to-pay', extra: { skipped: draft.skipped } });
        }
        const opened = paymentBatchMachine.open({ applicantId: null, actor: staff(user).actor }, { today, rules: PAYMENT_BATCH_RULES, calendar });
        if (!opened.ok) throw new ProblemException(DECISION_ERROR_HTTP_STATUS[opened.code], opened.message);
        const batch = await this.repo.insertBatch(
          { batchNo, regionCode, status: 'draft', steps: [opened.step], createdBy: user.id, itemCount: draft.items.length, totalFen: draft.totalFen, buildKey },
          db,
        );
        const failedIdByRef = new Map(items.filter((i) => i.status === 'failed').map((i) => [i.reference, i.id]));
        await this.repo.insertItems(
          draft.items.map((i) => ({
            batchId: batch.id,
            caseId: i.caseId,
            line: i.line,
            reference: i.reference,
            amountFen: i.amountFen,
            payeeName: i.payee.name,
            payeeKind: i.payee.kind,
            // The payee is snapshotted encrypted: a later correction never moves a payment already sent.
            payeeAccountEnc: this.cipher.encrypt(i.payee.accountNo),
            payeeBankName: i.payee.bankName,
            reissueOf: i.reissueOf ? (failedIdByRef.get(i.reissueOf) ?? null) : null,
          })),
          db,
        );
        await this.audit.record(
          { actor: user.username, action: 'payment_batch.build', entity: 'payment_batch', entityId: batch.id, ip, after: { batchNo, regionCode, items: draft.items.length, totalFen: draft.totalFen, skipped: draft.skipped } },
          db,
        );
        return { body: { ...(await this.#view(batch, db)), skipped: draft.skipped }, replayed: false };
      });
    } catch (error) {
      if (databaseErrorCode(error) === '23505') throw conflict('该案件已列入其他发放批次，请刷新后重试（资金只拨付一次）');
      throw error;
    }
  }

  async list(user: AuthenticatedUser, regionCode: string | undefined) {
    if (regionCode) assertInScope(user.regionCode, regionCode, '未找到该地区的记录');
    const rows = await this.repo.listBatches(scopePattern(regionCode ?? user.regionCode), 200);
    return rows.map((b) => this.#summary(b));
  }

  async get(user: AuthenticatedUser, id: string) {
    const batch = await this.repo.findBatch(id);
    if (!batch || !inScope(user.regionCode, batch.regionCode)) throw notFound(BATCH_NOT_FOUND);
    return this.#view(batch, this.repo.db);
  }

  /** D1: a second finance user approves; the maker gets SAME_PERSON (403) and the database refuses it too. Cases → paying. */
  async approve(user: AuthenticatedUser, id: string, ip: string | null, today = todayInShanghai()) {
    const calendar = await this.calendars.calendar();
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const batch = await this.#lock(user, id, db);
      const updated = await this.#step(batch, 'approve', user, calendar, today, db, { approvedBy: user.id });
      for (const { item } of await this.repo.items(batch.id, db)) {
        if (item.status !== 'pending') continue;
        const c = (await this.cases.lockCase(item.caseId, db))!;
        await this.cases.applyEvent(db, c, 'start_payment', staff(user), undefined, calendar, ip, today);
      }
      await this.audit.record({ actor: user.username, action: 'payment_batch.approve', entity: 'payment_batch', entityId: batch.id, ip, after: { status: updated.status, totalFen: batch.totalFen } }, db);
      return this.#view(updated, db);
    });
  }

  /**
   * Discards a draft batch (D1: built wrong, or the approver refused it): the batch is 作废 with the reason, its
   * items are discarded and their cases, still notice_passed or payment_failed, are free for the next batch.
   */
  async discard(user: AuthenticatedUser, id: string, reason: string, ip: string | null, today = todayInShanghai()) {
    const calendar = await this.calendars.calendar();
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const batch = await this.#lock(user, id, db);
      const updated = await this.#step(batch, 'discard', user, calendar, today, db, {}, reason);
      const released = await this.repo.discardItems(batch.id, db);
      await this.audit.record({ actor: user.username, action: 'payment_batch.discard', entity: 'payment_batch', entityId: batch.id, ip, after: { status: updated.status, reason, released } }, db);
      return this.#view(updated, db);
    });
  }

  /** The layout a region's bank file is written in: the region's, else its province's, else the platform default. */
  async layoutFor(regionCode: string, db: Database = this.repo.db): Promise<BankFileLayout> {
    const row = await this.repo.bankFileLayoutFor(regionCode, db);
    return row ? bankFileLayoutSchema.parse(row.layout) : DEFAULT_BANK_FILE_LAYOUT;
  }

  /** The layouts set under the caller's regions, and the default every other region uses. */
  async listLayouts(user: AuthenticatedUser) {
    const rows = await this.repo.bankFileLayoutsUnder(scopePattern(user.regionCode));
    return {
      default: DEFAULT_BANK_FILE_LAYOUT,
      regions: rows.map((r) => ({ regionCode: r.regionCode, layout: r.layout as BankFileLayout, updatedBy: r.updatedBy, updatedAt: r.updatedAt.toISOString() })),
    };
  }

  /** Sets a region's layout (the agent bank's contract): validated by the domain's schema, audited with before and after. */
  async saveLayout(user: AuthenticatedUser, regionCode: string, input: unknown, ip: string | null) {
    assertInScope(user.regionCode, regionCode, '未找到该地区的记录');
    const parsed = bankFileLayoutSchema.safeParse(input);
    if (!parsed.success) throw badRequest(zodFieldErrors(parsed.error), '银行文件格式有误，请按提示修改');
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const { before, row } = await this.repo.saveBankFileLayout({ regionCode, layout: parsed.data, updatedBy: user.username }, db);
      await this.audit.record({ actor: user.username, action: 'bank_file_layout.save', entity: 'bank_file_layout', entityId: regionCode, ip, before: before?.layout ?? null, after: parsed.data }, db);
      return { regionCode: row.regionCode, layout: row.layout as BankFileLayout, updatedBy: row.updatedBy, updatedAt: row.updatedAt.toISOString() };
    });
  }

  /**
   * The bank file (A16, D2) of the batch's items without a result, in the documented layout. The accounts are
   * decrypted only into the file; the export is a step of the batch and an audit entry (who took the file).
   */
  async bankFile(user: AuthenticatedUser, id: string, ip: string | null, today = todayInShanghai()) {
    const calendar = await this.calendars.calendar();
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const batch = await this.#lock(user, id, db);
      // The first export fixes the batch's layout: a later change of the region's layout never splits one batch
      // between two formats, and the bank's result file is read in the layout the bank was sent.
      const layout = await this.#layoutOf(batch, db);
      const updated = await this.#step(batch, 'export', user, calendar, today, db, batch.bankFileLayout ? {} : { bankFileLayout: layout });
      const pending = (await this.repo.items(batch.id, db)).filter((r) => r.item.status === 'pending');
      if (pending.length === 0) throw conflict('该批次没有待发放的明细');
      const content = writeBankFile(layout, { batchNo: batch.batchNo }, pending.map((r) => this.#domainItem(r.item, batch.batchNo, true)));
      await this.audit.record(
        { actor: user.username, action: 'payment_batch.export', entity: 'payment_batch', entityId: batch.id, ip, after: { status: updated.status, layout: layout.id, items: pending.length, sha256: createHash('sha256').update(content).digest('hex') } },
        db,
      );
      return { filename: `${batch.batchNo}.csv`, content };
    });
  }

  /**
   * The bank's result file (A16, D2): parsed line by line, matched by reference; paid items settle their case
   * as paid and write the grant (A16 "marks the occupation+level as received"), failed ones move the case to
   * payment_failed with the bank's reason. The same file imported again changes nothing (its hash is kept).
   */
  async importResult(user: AuthenticatedUser, id: string, file: Buffer, ip: string | null, today = todayInShanghai()) {
    const calendar = await this.calendars.calendar();
    try {
      return await this.repo.db.transaction(async (tx) => {
        const db = tx as unknown as Database;
        const batch = await this.#lock(user, id, db);
        const layout = await this.#layoutOf(batch, db);
        // After the region check: a batch outside the caller's regions is 404 whatever the body.
        if (!Buffer.isBuffer(file) || file.length === 0) throw badRequest([{ path: 'body', message: '请上传银行返回的结果文件（text/csv）' }]);
        const text = file.toString('utf8');
        const sha256 = createHash('sha256').update(file).digest('hex');
        const seen = await this.repo.bankResultBySha(batch.id, sha256, db);
        if (seen) return { ...(seen.summary as object), replayed: true };
        let updated = await this.#step(batch, 'import_result', user, calendar, today, db);
        const parsed = parseBankResult(layout, text);
        const rows = await this.repo.items(batch.id, db);
        // The account is decrypted only when the bank's layout returns it to compare (D2).
        const withAccount = layout.result.columns.includes('account_no');
        const rec = reconcileBankResult(rows.map((r) => this.#domainItem(r.item, batch.batchNo, withAccount)), parsed.rows);
        const byRef = new Map(rows.map((r) => [r.item.reference, r.item]));
        for (const p of rec.paid) {
          await this.repo.settleItem(byRef.get(p.reference)!.id, { status: 'paid', failureReason: null, paidOn: today }, db);
          const c = (await this.cases.lockCase(p.caseId, db))!;
          const paid = await this.cases.applyEvent(db, c, 'confirm_paid', staff(user), undefined, calendar, ip, today);
          await this.repo.insertGrant(paid, today, db);
        }
        for (const f of rec.failed) {
          await this.repo.settleItem(byRef.get(f.reference)!.id, { status: 'failed', failureReason: f.reason, paidOn: null }, db);
          const c = (await this.cases.lockCase(f.caseId, db))!;
          await this.cases.applyEvent(db, c, 'fail_payment', staff(user), f.reason, calendar, ip, today);
        }
        if (rec.pending.length === 0) updated = await this.#step(updated, 'close', user, calendar, today, db);
        const summary = {
          batchId: batch.id,
          status: updated.status,
          paid: rec.paid.map((p) => p.reference),
          failed: rec.failed.map((f) => ({ reference: f.reference, reason: f.reason })),
          unchanged: rec.unchanged,
          pending: rec.pending,
          problems: rec.problems,
          errors: parsed.errors,
        };
        await this.repo.insertBankResult({ batchId: batch.id, fileSha256: sha256, importedBy: user.username, summary }, db);
        await this.audit.record({ actor: user.username, action: 'payment_batch.import_result', entity: 'payment_batch', entityId: batch.id, ip, after: { ...summary, sha256 } }, db);
        return { ...summary, replayed: false };
      });
    } catch (error) {
      if (databaseErrorCode(error) === '23505') throw conflict('该人员同一职业（工种）同一等级已有享受记录，不能再次登记发放成功，请核查（A7、A16）');
      throw error;
    }
  }

  /** The layout a batch was exported in, or (before its first export) the one its region uses now. */
  async #layoutOf(batch: PaymentBatchRow, db: Database): Promise<BankFileLayout> {
    return batch.bankFileLayout ? bankFileLayoutSchema.parse(batch.bankFileLayout) : this.layoutFor(batch.regionCode, db);
  }

  async #lock(user: AuthenticatedUser, id: string, db: Database): Promise<PaymentBatchRow> {
    const batch = await this.repo.lockBatch(id, db);
    if (!batch || !inScope(user.regionCode, batch.regionCode)) throw notFound(BATCH_NOT_FOUND);
    return batch;
  }

  /** One step of the batch through the payment-batch machine (D1 separation included), status moved only from the one decided on. */
  async #step(batch: PaymentBatchRow, event: PaymentBatchEvent, user: AuthenticatedUser, calendar: WorkingDayCalendar, today: string, db: Database, extra: { approvedBy?: string; bankFileLayout?: BankFileLayout } = {}, reason: string | null = null): Promise<PaymentBatchRow> {
    const steps = batch.steps as BatchStep[];
    const d = paymentBatchMachine.decide({ status: batch.status as PaymentBatchStatus, applicantId: null, steps }, { type: event, reason }, staff(user).actor, { today, rules: PAYMENT_BATCH_RULES, calendar });
    if (!d.ok) throw new ProblemException(DECISION_ERROR_HTTP_STATUS[d.code], d.message, { type: `/problems/${d.code.toLowerCase().replace(/_/g, '-')}` });
    const updated = await this.repo.updateBatch(batch.id, batch.status, { status: d.next, steps: [...steps, d.step], ...extra }, db);
    if (!updated) throw conflict('该发放批次已被他人处理，请刷新后重试');
    return updated;
  }

  #casePayee(c: CaseRow) {
    return { kind: c.payeeKind as PayeeKind, name: c.applicantName, accountNo: this.cipher.decrypt(c.payeeAccountEnc), bankName: c.payeeBankName ?? '' };
  }

  /** A stored item as the domain sees it; the account is decrypted only when the caller needs it. */
  #domainItem(i: PaymentItemRow, batchNo: string, decrypt = true): PaymentItem {
    return {
      reference: i.reference,
      batchNo,
      line: i.line,
      caseId: i.caseId,
      amountFen: i.amountFen,
      payee: { kind: i.payeeKind as PayeeKind, name: i.payeeName, accountNo: decrypt ? this.cipher.decrypt(i.payeeAccountEnc) : '', bankName: i.payeeBankName ?? '' },
      status: i.status as PaymentItem['status'],
      failureReason: i.failureReason,
      reissueOf: i.reissueOf,
    };
  }

  #summary(b: PaymentBatchRow) {
    return {
      id: b.id,
      batchNo: b.batchNo,
      regionCode: b.regionCode,
      status: b.status,
      statusLabel: PAYMENT_BATCH_STATUS_LABELS[b.status as PaymentBatchStatus],
      createdBy: b.createdBy,
      approvedBy: b.approvedBy,
      itemCount: b.itemCount,
      totalFen: b.totalFen,
      createdAt: b.createdAt.toISOString(),
    };
  }

  /** A batch with its items, each with its case's payment deadline (A16: 7 working days after the notice) and whether it is overdue. */
  async #view(b: PaymentBatchRow, db: Database) {
    const today = todayInShanghai();
    const rows = await this.repo.items(b.id, db);
    return {
      ...this.#summary(b),
      steps: (b.steps as BatchStep[]).map((s) => ({ seq: s.seq, event: s.event, from: s.from, to: s.to, on: s.on, actorId: s.actor.id, reason: s.reason ?? null })),
      bankFileLayoutId: (b.bankFileLayout as BankFileLayout | null)?.id ?? null,
      items: rows.map(({ item, caseStatus, dueKind, dueOn }) => ({
        id: item.id,
        line: item.line,
        reference: item.reference,
        caseId: item.caseId,
        caseStatus,
        amountFen: item.amountFen,
        payee: { name: item.payeeName, kind: item.payeeKind, accountNoMasked: maskBankAccount(this.cipher.decrypt(item.payeeAccountEnc)), bankName: item.payeeBankName },
        status: item.status,
        failureReason: item.failureReason,
        paidOn: item.paidOn,
        reissueOf: item.reissueOf,
        paymentDueOn: dueKind === 'payment' ? dueOn : null,
        paymentOverdue: dueKind === 'payment' && item.status === 'pending' ? overdue(dueOn, today) : false,
      })),
    };
  }
}
