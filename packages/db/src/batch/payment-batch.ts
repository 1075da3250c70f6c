import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { once } from 'node:events';
import {
  bankFileLayoutSchema,
  bankFileWriter,
  buildPaymentBatch,
  DEFAULT_BANK_FILE_LAYOUT,
  evaluateSkillSubsidy,
  isWithinRegion,
  paymentBatchMachine,
  PAYMENT_BATCH_RULES,
  skillSubsidyCaseMachine,
  WorkingDayCalendar,
  type BankFileLayout,
  type CalendarYear,
  type PayeeKind,
  type PaymentBatchEvent,
  type PaymentBatchStatus,
  type PaymentCandidate,
  type PaymentItem,
  type SkillSubsidyCaseEvent,
  type SkillSubsidyCaseStatus,
  type WorkflowActor,
  type WorkflowDeadline,
  type WorkflowRules,
  type WorkflowStep,
} from '@huimin/domain';
import type { PersonalDataCipher } from '../crypto/index.js';
import { batchTransaction, postgresTarget, type LoadTarget } from '../synth/target.js';
import { appendAudit, type AuditContent } from './audit.js';

/*
 * Payment batches at province scale (issue 8; POLICY.md A16, D1, D2), set-based, with the rules of the API's
 * build, approval and bank-file export:
 *
 * - build: a region's payable cases — notice_passed, or payment_failed whose payee was corrected — never a case
 *   with a pending or paid item (the partial unique index payment_items_one_live_per_case is the last word). The
 *   candidates are read in slices with their payee, their last failed item and the registry facts of the
 *   eligibility re-check (certificate, contribution months up to the application date, other certificates, live
 *   grants), decided by the domain's `buildPaymentBatch` and `evaluateSkillSubsidy` exactly as the API decides
 *   them, and the items are written with one INSERT … SELECT from a staging table joined to the cases again (a
 *   case whose status moved meanwhile is not taken). A batch holds at most 99,999 lines (the reference's five
 *   digits): more payable cases make several batches (total_fen is bigint since migration 0007).
 *   Each batch is one transaction under the region's build lock (the API's), with its audit entry.
 * - approve: a second finance user (D1, refused for the maker by the machine and by the database); every item's
 *   case takes `start_payment` through the case machine, decided case by case in memory and written set-based.
 * - bank file: the batch's pending items streamed in line order through a cursor, the accounts decrypted only
 *   into the file, in the batch's layout (fixed at its first export: the region's, its province's or the
 *   default), written to `<file>.part` and renamed when the export step and its audit entry are committed.
 *
 * Resumable: a build run has a key; batch k of region r of the run has the build key sha256(run key, r, k), so a
 * run killed after some batches finds them again and goes on with the cases still payable. Approval and export
 * are one transaction each: a killed one left nothing and is simply run again (an export of an exported batch
 * writes the same bytes, as the API's re-download does).
 */

/** Lines per batch: the item reference has five digits (domain itemReference). */
export const MAX_BATCH_LINES = 99_999;
/** total_fen is a `bigint` column; a JavaScript number is exact up to 2^53 − 1 fen. */
export const MAX_BATCH_TOTAL_FEN = Number.MAX_SAFE_INTEGER;
const SLICE = 5_000;

export interface FinanceUser {
  id: string;
  username: string;
  displayName?: string;
  roles: readonly string[];
  /** The user's regions (API.md: at or under this code). */
  regionCode: string;
}

export class PaymentBatchError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const actorOf = (u: FinanceUser): WorkflowActor => ({ kind: 'staff', userId: u.id, roles: u.roles });

/** `{ url }` for PostgreSQL, or a ready target (PGlite in the tests; the caller keeps it open). */
export type BatchTarget = { url: string } | { target: LoadTarget };

async function withTarget<T>(where: BatchTarget, fn: (t: LoadTarget) => Promise<T>): Promise<T> {
  const own = 'url' in where ? await postgresTarget(where.url) : undefined;
  try {
    return await fn(own ?? (where as { target: LoadTarget }).target);
  } finally {
    await own?.close();
  }
}

/** The working-day calendar as the API loads it (the calendar years in the database). */
export async function loadCalendar(t: LoadTarget): Promise<WorkingDayCalendar> {
  const rows = await t.query<{ year: number; document_no: string; source: string; days_off: string[]; workdays: string[] }>(
    'SELECT year, document_no, source, days_off::text[] AS days_off, workdays::text[] AS workdays FROM calendar_years ORDER BY year',
  );
  const years: CalendarYear[] = rows.map((r) => ({ year: r.year, documentNo: r.document_no, source: r.source, daysOff: r.days_off, workdays: r.workdays }));
  return new WorkingDayCalendar(years);
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

// ── build ───────────────────────────────────────────────────────────────────────────────────────────────

export interface BuildOptions {
  /** An exact region code, or a province/city whose pooling regions with payable cases are built one by one. */
  region: string;
  maker: FinanceUser;
  /** The run's key (like the API's Idempotency-Key): the same key resumes or replays the same run. */
  runKey: string;
  /** Stop when the run holds this many items (all regions together). Default: every payable case. */
  maxItems?: number;
  /** At most this many lines per batch (≤ 99,999). */
  maxBatchLines?: number;
  today: string;
  onProgress?: (p: { regionCode: string; batchNo: string; items: number; total: number }) => void;
  /** Stop after this many new batches (an interruption, for tests). */
  maxBatches?: number;
}

export interface BuiltBatch {
  id: string;
  batchNo: string;
  regionCode: string;
  items: number;
  totalFen: number;
  skipped: { caseId: string; code: string; message: string }[];
  /** Found by its build key: made by an earlier call of the same run. */
  replayed: boolean;
}

export interface BuildResult {
  batches: BuiltBatch[];
  /** Regions whose payable cases were all skipped (the API answers these with 409 "nothing to pay" and the list). */
  nothingToPay: { regionCode: string; skipped: BuiltBatch['skipped'] }[];
  items: number;
  totalFen: number;
  skipped: number;
  finished: boolean;
  seconds: number;
}

interface CandidateRow {
  id: string;
  status: SkillSubsidyCaseStatus;
  region_code: string;
  person_key: string;
  applicant_name: string;
  amount_fen: number;
  payee_kind: string;
  payee_account_enc: string;
  payee_bank_name: string | null;
  application_date: string;
  certificate_no: string;
  cert_person_key: string | null;
  cert_kind: 'vocational_qualification' | 'skill_level' | null;
  cert_level: number | null;
  cert_occupation: string | null;
  cert_issue_date: string | null;
  paid_months: number | null;
  in_arrears: boolean | null;
  held: unknown;
  grants: unknown;
  failed_id: string | null;
  failed_reference: string | null;
  failed_line: number | null;
  failed_amount_fen: number | null;
  failed_payee_name: string | null;
  failed_payee_kind: string | null;
  failed_account_enc: string | null;
  failed_bank_name: string | null;
  failed_reason: string | null;
}

/**
 * Candidates after `afterId`, in id order (the API's lock order), with everything the domain decides on. Certificates
 * and the other registry facts are read as they are now: the re-check of A16.
 */
const CANDIDATES_SQL = `
  WITH c AS (
    -- The slice first: the registry facts below are read for these rows only, not for every payable case.
    SELECT * FROM cases c
     WHERE c.region_code = $1 AND c.status IN ('notice_passed', 'payment_failed') AND c.id > $2::uuid
       AND NOT EXISTS (SELECT 1 FROM payment_items l WHERE l.case_id = c.id AND l.status IN ('pending', 'paid'))
     ORDER BY c.id
     LIMIT $3
  )
  SELECT c.id::text AS id, c.status, c.region_code, c.person_key, c.applicant_name, c.amount_fen, c.payee_kind, c.payee_account_enc, c.payee_bank_name,
         c.application_date::text AS application_date, c.certificate_no,
         ce.person_key AS cert_person_key, ce.kind AS cert_kind, ce.level AS cert_level, ce.occupation AS cert_occupation, ce.issue_date::text AS cert_issue_date,
         f.paid_months, f.in_arrears, h.held, g.grants,
         fi.id::text AS failed_id, fi.reference AS failed_reference, fi.line AS failed_line, fi.amount_fen AS failed_amount_fen, fi.payee_name AS failed_payee_name,
         fi.payee_kind AS failed_payee_kind, fi.payee_account_enc AS failed_account_enc, fi.payee_bank_name AS failed_bank_name, fi.failure_reason AS failed_reason
    FROM c
    LEFT JOIN certificates ce ON ce.certificate_no = c.certificate_no
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE x.status = 'paid')::int AS paid_months, coalesce(bool_or(x.status = 'owed'), false) AS in_arrears
        FROM contributions x WHERE x.person_key = c.person_key AND x.month <= to_char(c.application_date, 'YYYY-MM')) f ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('occupation', o.occupation, 'level', o.level)) AS held
        FROM certificates o WHERE o.person_key = c.person_key AND o.certificate_no <> c.certificate_no) h ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('occupation', gr.occupation, 'level', gr.level, 'grantedOn', gr.granted_on::text)) AS grants
        FROM grants gr WHERE gr.person_key = c.person_key AND gr.lifted_on IS NULL) g ON true
    -- One pass over the failed items of the slice (payment_items has no index on case_id outside the live ones).
    LEFT JOIN (
      SELECT DISTINCT ON (i.case_id) i.* FROM payment_items i
       WHERE i.status = 'failed' AND i.case_id IN (SELECT id FROM c WHERE status = 'payment_failed')
       ORDER BY i.case_id, i.line DESC, i.reference DESC) fi ON fi.case_id = c.id
   ORDER BY c.id`;

function candidateOf(r: CandidateRow, cipher: PersonalDataCipher): PaymentCandidate {
  let recheck: PaymentCandidate['recheck'];
  if (!r.cert_kind || r.cert_person_key !== r.person_key) {
    recheck = { eligible: false, reasons: ['证书库中已查不到申请人名下的该证书'] };
  } else {
    const evaluation = evaluateSkillSubsidy({
      regionCode: r.region_code,
      applicationDate: r.application_date,
      applicant: { contributionMonths: Number(r.paid_months ?? 0), inArrears: r.in_arrears === true, deepPovertyArea: false, status: 'employed' },
      certificate: { kind: r.cert_kind, level: Number(r.cert_level), occupation: r.cert_occupation!, issueDate: r.cert_issue_date! },
      priorGrants: json<{ occupation: string; level: number; grantedOn: string }[] | null>(r.grants) ?? [],
      heldCertificates: json<{ occupation: string; level: number }[] | null>(r.held) ?? [],
    });
    recheck = { eligible: evaluation.eligible, reasons: evaluation.checks.filter((c) => !c.passed).map((c) => `${c.message}（${c.rule}）`) };
  }
  const candidate: PaymentCandidate = {
    caseId: r.id,
    caseStatus: r.status,
    amountFen: Number(r.amount_fen),
    payee: { kind: r.payee_kind as PayeeKind, name: r.applicant_name, accountNo: cipher.decrypt(r.payee_account_enc), bankName: r.payee_bank_name ?? '' },
    recheck,
  };
  if (r.failed_id) {
    candidate.failedItem = {
      reference: r.failed_reference!,
      batchNo: '',
      line: Number(r.failed_line),
      caseId: r.id,
      amountFen: Number(r.failed_amount_fen),
      payee: { kind: r.failed_payee_kind as PayeeKind, name: r.failed_payee_name!, accountNo: cipher.decrypt(r.failed_account_enc!), bankName: r.failed_bank_name ?? '' },
      status: 'failed',
      failureReason: r.failed_reason,
      reissueOf: null,
    };
  }
  return candidate;
}

/** Pooling regions under `code` that have payable cases (or `code` itself when it is one). */
async function regionsToBuild(t: LoadTarget, code: string): Promise<string[]> {
  const rows = await t.query<{ region_code: string }>(
    "SELECT DISTINCT region_code FROM cases WHERE status IN ('notice_passed', 'payment_failed') AND region_code LIKE $1 ORDER BY region_code",
    [`${code.replace(/(00)+$/, '')}%`],
  );
  return rows.map((r) => r.region_code).filter((r) => isWithinRegion(r, code));
}

const STAGE_COLUMNS = ['line', 'case_id', 'reference', 'amount_fen', 'payee_name', 'payee_kind', 'payee_account_enc', 'payee_bank_name', 'reissue_of'] as const;
const copy = (v: string | number | null): string => {
  if (v === null) return '\\N';
  const s = String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
};

export async function buildPaymentBatches(where: BatchTarget, cipher: PersonalDataCipher, options: BuildOptions): Promise<BuildResult> {
  const started = process.hrtime.bigint();
  const maxLines = Math.min(MAX_BATCH_LINES, options.maxBatchLines ?? MAX_BATCH_LINES);
  if (!options.maker.roles.includes('finance')) throw new PaymentBatchError('只有财务人员可以组建发放批次（A16、D1）', 'FORBIDDEN_ROLE');
  if (!isWithinRegion(options.region, options.maker.regionCode)) throw new PaymentBatchError('未找到该地区的记录', 'NOT_FOUND');
  return withTarget(where, async (t) => {
    const result: BuildResult = { batches: [], nothingToPay: [], items: 0, totalFen: 0, skipped: 0, finished: false, seconds: 0 };
    let made = 0;
    const done = () => options.maxItems !== undefined && result.items >= options.maxItems;
    for (const region of await regionsToBuild(t, options.region)) {
      for (let seq = 1; !done(); seq++) {
        if (options.maxBatches !== undefined && made >= options.maxBatches) {
          result.seconds = Number(process.hrtime.bigint() - started) / 1e9;
          return result;
        }
        const buildKey = createHash('sha256').update(`${options.maker.id}\n${options.runKey}\n${region}\n${seq}`).digest('hex');
        const batch = await batchTransaction(t, async () => {
          await t.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`payment-build-key ${buildKey}`]);
          const [seen] = await t.query<{ id: string; batch_no: string; item_count: number; total_fen: number | string }>(
            'SELECT id::text AS id, batch_no, item_count, total_fen FROM payment_batches WHERE build_key = $1',
            [buildKey],
          );
          if (seen) return { id: seen.id, batchNo: seen.batch_no, regionCode: region, items: seen.item_count, totalFen: Number(seen.total_fen), skipped: [], replayed: true } satisfies BuiltBatch;
          await t.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`payment-build-region ${region}`]);
          const room = Math.min(maxLines, options.maxItems === undefined ? Infinity : options.maxItems - result.items);
          // Candidates up to the batch's room, in slices; a case the domain skips does not use room.
          const candidates: PaymentCandidate[] = [];
          let afterId = '00000000-0000-0000-0000-000000000000';
          let planned = 0;
          let plannedFen = 0;
          while (planned < room) {
            const rows = await t.query<CandidateRow>(CANDIDATES_SQL, [region, afterId, Math.min(SLICE, (room - planned) * 2)]);
            if (rows.length === 0) break;
            afterId = rows[rows.length - 1]!.id;
            let full = false;
            for (const r of rows) {
              const c = candidateOf(r, cipher);
              const draft = buildPaymentBatch({ batchNo: 'P-CHECK', candidates: [c], openItems: [] });
              if (draft.items.length === 1) {
                if (planned + 1 > room || plannedFen + c.amountFen > MAX_BATCH_TOTAL_FEN) {
                  full = true;
                  break;
                }
                planned++;
                plannedFen += c.amountFen;
              }
              candidates.push(c);
            }
            if (full) break;
          }
          if (planned === 0) {
            if (candidates.length > 0) {
              const draft = buildPaymentBatch({ batchNo: 'P-NONE', candidates, openItems: [] });
              result.nothingToPay.push({ regionCode: region, skipped: draft.skipped });
              result.skipped += draft.skipped.length;
            }
            return null;
          }
          const batchNo = `P${region}-${options.today.replace(/-/g, '')}-${randomBytes(3).toString('hex')}`;
          const draft = buildPaymentBatch({ batchNo, candidates, openItems: [] });
          const opened = paymentBatchMachine.open({ applicantId: null, actor: actorOf(options.maker) }, { today: options.today, rules: PAYMENT_BATCH_RULES, calendar: NO_DEADLINES });
          if (!opened.ok) throw new PaymentBatchError(opened.message, opened.code);
          const batchId = randomUUID();
          await t.query(
            `INSERT INTO payment_batches (id, batch_no, region_code, status, steps, created_by, item_count, total_fen, build_key)
             VALUES ($1, $2, $3, 'draft', $4::jsonb, $5, $6, $7, $8)`,
            [batchId, batchNo, region, JSON.stringify([opened.step]), options.maker.id, draft.items.length, draft.totalFen, buildKey],
          );
          // The payee is snapshotted encrypted (A16): the case's ciphertext when the account is taken as it is,
          // a new one when the domain normalised it (spaces or hyphens removed).
          const accounts = new Map(candidates.map((c) => [c.caseId, c.payee.accountNo]));
          let text = '';
          for (const i of draft.items) {
            const reuse = accounts.get(i.caseId) === i.payee.accountNo;
            text += [i.line, i.caseId, i.reference, i.amountFen, i.payee.name, i.payee.kind, reuse ? null : cipher.encrypt(i.payee.accountNo), i.payee.bankName, i.reissueOf]
              .map(copy)
              .join('\t') + '\n';
          }
          await t.query(
            `CREATE TEMP TABLE IF NOT EXISTS payment_build_stage (line integer, case_id uuid, reference text, amount_fen integer, payee_name text, payee_kind text,
               payee_account_enc text, payee_bank_name text, reissue_of text) ON COMMIT DELETE ROWS`,
          );
          await t.copy('payment_build_stage', STAGE_COLUMNS, text);
          const inserted = await t.query<{ n: string }>(
            `WITH ins AS (
               INSERT INTO payment_items (batch_id, case_id, line, reference, amount_fen, payee_name, payee_kind, payee_account_enc, payee_bank_name, reissue_of)
               SELECT $1::uuid, s.case_id, s.line, s.reference, s.amount_fen, s.payee_name, s.payee_kind, coalesce(s.payee_account_enc, c.payee_account_enc),
                      s.payee_bank_name, f.id
                 FROM payment_build_stage s
                 JOIN cases c ON c.id = s.case_id AND c.region_code = $2 AND c.status IN ('notice_passed', 'payment_failed')
                 LEFT JOIN payment_items f ON f.reference = s.reissue_of AND f.status = 'failed'
                ORDER BY s.line
               RETURNING 1)
             SELECT count(*)::text AS n FROM ins`,
            [batchId, region],
          );
          if (Number(inserted[0]!.n) !== draft.items.length) {
            throw new PaymentBatchError('组批期间有案件状态发生变化，请重试', 'CONCURRENT_CHANGE');
          }
          await appendAudit(t, [
            {
              actor: options.maker.username,
              action: 'payment_batch.build',
              entity: 'payment_batch',
              entityId: batchId,
              after: { batchNo, regionCode: region, items: draft.items.length, totalFen: draft.totalFen, skipped: draft.skipped },
            },
          ]);
          return { id: batchId, batchNo, regionCode: region, items: draft.items.length, totalFen: draft.totalFen, skipped: draft.skipped, replayed: false } satisfies BuiltBatch;
        }).catch((error: unknown) => {
          if ((error as { code?: string }).code === '23505') {
            throw new PaymentBatchError('该案件已列入其他发放批次，请重试（资金只拨付一次）', 'ALREADY_IN_BATCH');
          }
          throw error;
        });
        if (!batch) break;
        if (!batch.replayed) made++;
        result.batches.push(batch);
        result.items += batch.items;
        result.totalFen += batch.totalFen;
        result.skipped += batch.skipped.length;
        options.onProgress?.({ regionCode: region, batchNo: batch.batchNo, items: result.items, total: options.maxItems ?? result.items });
      }
      if (done()) break;
    }
    result.finished = true;
    result.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return result;
  });
}

/** The batch machine has no deadlines: a calendar without years serves it. */
const NO_DEADLINES = new WorkingDayCalendar([]);

// ── approve ─────────────────────────────────────────────────────────────────────────────────────────────

interface BatchRow {
  id: string;
  batch_no: string;
  region_code: string;
  status: PaymentBatchStatus;
  steps: unknown;
  created_by: string;
  bank_file_layout: unknown;
}

async function lockBatch(t: LoadTarget, batchId: string, user: FinanceUser): Promise<BatchRow> {
  const [batch] = /^[0-9a-f-]{36}$/i.test(batchId)
    ? await t.query<BatchRow>(
        'SELECT id::text AS id, batch_no, region_code, status, steps, created_by, bank_file_layout FROM payment_batches WHERE id = $1::uuid FOR UPDATE',
        [batchId],
      )
    : [];
  // Outside the user's regions reads as not found, as in the API.
  if (!batch || !isWithinRegion(batch.region_code, user.regionCode)) throw new PaymentBatchError('未找到该发放批次', 'NOT_FOUND');
  return batch;
}

function stepBatch(batch: BatchRow, event: PaymentBatchEvent, user: FinanceUser, today: string) {
  const steps = json<WorkflowStep<PaymentBatchStatus, PaymentBatchEvent>[]>(batch.steps);
  const d = paymentBatchMachine.decide({ status: batch.status, applicantId: null, steps }, { type: event, reason: null }, actorOf(user), { today, rules: PAYMENT_BATCH_RULES, calendar: NO_DEADLINES });
  if (!d.ok) throw new PaymentBatchError(d.message, d.code);
  return { next: d.next, steps: [...steps, d.step] };
}

interface StoredDeadline extends WorkflowDeadline {
  stoppedOn: string | null;
}

interface CaseStepsRow {
  id: string;
  status: SkillSubsidyCaseStatus;
  person_id: string;
  rules: unknown;
  deadlines: unknown;
  steps: unknown;
}

/**
 * D1: a second finance user approves; every pending item's case takes `start_payment` (→ paying) as the API's
 * approval does, one transaction for the whole batch.
 */
export async function approvePaymentBatch(where: BatchTarget, options: { batchId: string; approver: FinanceUser; today: string; ip?: string }): Promise<{ status: PaymentBatchStatus; cases: number; seconds: number }> {
  const started = process.hrtime.bigint();
  return withTarget(where, (t) =>
    batchTransaction(t, async () => {
      const calendar = await loadCalendar(t);
      const batch = await lockBatch(t, options.batchId, options.approver);
      const { next, steps } = stepBatch(batch, 'approve', options.approver, options.today);
      await t.query('UPDATE payment_batches SET status = $2, steps = $3::jsonb, approved_by = $4 WHERE id = $1::uuid AND status = $5', [batch.id, next, JSON.stringify(steps), options.approver.id, batch.status]);
      const actor = actorOf(options.approver);
      const audit: AuditContent[] = [];
      let moved = 0;
      await t.query(
        `CREATE TEMP TABLE IF NOT EXISTS payment_case_moves (id uuid, from_status text, to_status text, deadlines jsonb, due_kind text, due_on date) ON COMMIT DELETE ROWS`,
      );
      let afterLine = 0;
      for (;;) {
        const rows = await t.query<CaseStepsRow & { line: number }>(
          `SELECT i.line, c.id::text AS id, c.status, c.person_id::text AS person_id, c.rules, c.deadlines,
                  (SELECT json_agg(json_build_object('seq', s.seq, 'event', s.event, 'from', s.from_status, 'to', s.to_status, 'on', s."on"::text,
                          'actor', json_build_object('kind', s.actor_kind, 'id', s.actor_id, 'role', s.actor_role), 'round', s.round,
                          'approvalStep', s.approval_step, 'reason', s.reason, 'separated', s.separated) ORDER BY s.seq)
                     FROM case_steps s WHERE s.case_id = c.id) AS steps
             FROM payment_items i JOIN cases c ON c.id = i.case_id
            WHERE i.batch_id = $1::uuid AND i.status = 'pending' AND i.line > $2
            ORDER BY i.line LIMIT $3
              FOR UPDATE OF c`,
          [batch.id, afterLine, SLICE],
        );
        if (rows.length === 0) break;
        afterLine = Number(rows[rows.length - 1]!.line);
        let moves = '';
        let stepText = '';
        for (const r of rows) {
          const caseSteps = json<WorkflowStep<SkillSubsidyCaseStatus, SkillSubsidyCaseEvent>[]>(r.steps) ?? [];
          const d = skillSubsidyCaseMachine.decide({ status: r.status, applicantId: r.person_id, steps: caseSteps }, { type: 'start_payment', reason: null }, actor, {
            today: options.today,
            rules: json<WorkflowRules>(r.rules),
            calendar,
          });
          if (!d.ok) throw new PaymentBatchError(`案件 ${r.id}：${d.message}`, d.code);
          const stop = d.deadlines.stop;
          const deadlines: StoredDeadline[] = [
            ...json<StoredDeadline[]>(r.deadlines).map((x) => (x.stoppedOn === null && (stop === 'all' || stop.includes(x.kind)) ? { ...x, stoppedOn: options.today } : x)),
            ...d.deadlines.start.map((x) => ({ ...x, stoppedOn: null })),
          ];
          const running = deadlines.filter((x) => x.stoppedOn === null).at(-1);
          moves += [r.id, r.status, d.next, JSON.stringify(deadlines), running?.kind ?? null, running?.due ?? null].map(copy).join('\t') + '\n';
          const s = d.step;
          stepText +=
            [r.id, s.seq, s.event, s.from, s.to, s.on, s.actor.kind, s.actor.id, s.actor.role, options.approver.displayName ?? null, s.round, s.approvalStep, s.reason, String(s.separated)]
              .map((v) => copy(v as string | number | null))
              .join('\t') + '\n';
          audit.push({
            actor: options.approver.username,
            action: 'case.start_payment',
            entity: 'case',
            entityId: r.id,
            ip: options.ip ?? null,
            before: { status: r.status },
            after: { status: d.next, seq: s.seq, approvalStep: s.approvalStep, reason: s.reason },
          });
        }
        await t.copy('case_steps', ['case_id', 'seq', 'event', 'from_status', 'to_status', '"on"', 'actor_kind', 'actor_id', 'actor_role', 'actor_name', 'round', 'approval_step', 'reason', 'separated'], stepText);
        await t.copy('payment_case_moves', ['id', 'from_status', 'to_status', 'deadlines', 'due_kind', 'due_on'], moves);
        const [u] = await t.query<{ n: string }>(
          `WITH up AS (
             UPDATE cases c SET status = m.to_status, deadlines = m.deadlines, due_kind = m.due_kind, due_on = m.due_on, overdue = false, updated_at = now()
               FROM payment_case_moves m WHERE c.id = m.id AND c.status = m.from_status RETURNING 1)
           SELECT count(*)::text AS n FROM up`,
        );
        if (Number(u!.n) !== rows.length) throw new PaymentBatchError('审批期间有案件被他人处理，请重试', 'CONCURRENT_CHANGE');
        await t.query('TRUNCATE payment_case_moves');
        moved += rows.length;
      }
      audit.push({ actor: options.approver.username, action: 'payment_batch.approve', entity: 'payment_batch', entityId: batch.id, ip: options.ip ?? null, after: { status: next, cases: moved } });
      await appendAudit(t, audit);
      return { status: next, cases: moved, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
    }),
  );
}

// ── bank file ───────────────────────────────────────────────────────────────────────────────────────────

async function layoutFor(t: LoadTarget, regionCode: string): Promise<BankFileLayout> {
  const province = `${regionCode.slice(0, 2)}0000`;
  const rows = await t.query<{ region_code: string; layout: unknown }>('SELECT region_code, layout FROM bank_file_layouts WHERE region_code = ANY($1::text[])', [[regionCode, province]]);
  const row = rows.find((r) => r.region_code === regionCode) ?? rows.find((r) => r.region_code === province);
  return row ? bankFileLayoutSchema.parse(json(row.layout)) : DEFAULT_BANK_FILE_LAYOUT;
}

interface ItemRow {
  line: number;
  reference: string;
  case_id: string;
  amount_fen: number;
  payee_name: string;
  payee_kind: string;
  payee_account_enc: string;
  payee_bank_name: string | null;
}

/**
 * The bank file (A16, D2) of the batch's pending items, streamed to `file`. Returns its SHA-256 (also in the audit
 * entry, as the API records it).
 */
export async function exportBankFile(
  where: BatchTarget,
  cipher: PersonalDataCipher,
  options: { batchId: string; user: FinanceUser; today: string; file: string; ip?: string; onProgress?: (p: { items: number; total: number }) => void },
): Promise<{ items: number; sha256: string; layout: string; seconds: number }> {
  const started = process.hrtime.bigint();
  const part = `${options.file}.part`;
  const out = await withTarget(where, (t) =>
    batchTransaction(t, async () => {
      const batch = await lockBatch(t, options.batchId, options.user);
      if (!options.user.roles.includes('finance')) throw new PaymentBatchError('只有财务人员可以导出银行文件', 'FORBIDDEN_ROLE');
      const { next, steps } = stepBatch(batch, 'export', options.user, options.today);
      const [{ n: total } = { n: '0' }] = await t.query<{ n: string }>("SELECT count(*)::text AS n FROM payment_items WHERE batch_id = $1::uuid AND status = 'pending'", [batch.id]);
      if (Number(total) === 0) throw new PaymentBatchError('该批次没有待发放的明细', 'NOTHING_PENDING');
      // The first export fixes the batch's layout (the API's rule): a result file is read in the layout sent.
      const stored = batch.bank_file_layout ? json<unknown>(batch.bank_file_layout) : null;
      const layout = stored ? bankFileLayoutSchema.parse(stored) : await layoutFor(t, batch.region_code);
      await t.query('UPDATE payment_batches SET status = $2, steps = $3::jsonb, bank_file_layout = coalesce(bank_file_layout, $4::jsonb) WHERE id = $1::uuid', [
        batch.id,
        next,
        JSON.stringify(steps),
        JSON.stringify(layout),
      ]);
      const writer = bankFileWriter(layout, { batchNo: batch.batch_no });
      const hash = createHash('sha256');
      const stream = createWriteStream(part);
      const write = async (s: string) => {
        hash.update(s);
        if (!stream.write(s)) await once(stream, 'drain');
      };
      let items = 0;
      try {
        await write(writer.head);
        await t.query(
          `DECLARE bank_items NO SCROLL CURSOR FOR
             SELECT line, reference, case_id::text AS case_id, amount_fen, payee_name, payee_kind, payee_account_enc, payee_bank_name
               FROM payment_items WHERE batch_id = $1::uuid AND status = 'pending' ORDER BY line`,
          [batch.id],
        );
        for (;;) {
          const rows = await t.query<ItemRow>(`FETCH ${SLICE} FROM bank_items`);
          if (rows.length === 0) break;
          const slice: PaymentItem[] = rows.map((r) => ({
            reference: r.reference,
            batchNo: batch.batch_no,
            line: Number(r.line),
            caseId: r.case_id,
            amountFen: Number(r.amount_fen),
            payee: { kind: r.payee_kind as PayeeKind, name: r.payee_name, accountNo: cipher.decrypt(r.payee_account_enc), bankName: r.payee_bank_name ?? '' },
            status: 'pending',
            failureReason: null,
            reissueOf: null,
          }));
          await write(writer.lines(slice));
          items += rows.length;
          options.onProgress?.({ items, total: Number(total) });
        }
        await t.query('CLOSE bank_items');
      } finally {
        stream.end();
        await once(stream, 'close');
      }
      const sha256 = hash.digest('hex');
      await appendAudit(t, [
        { actor: options.user.username, action: 'payment_batch.export', entity: 'payment_batch', entityId: batch.id, ip: options.ip ?? null, after: { status: next, layout: layout.id, items, sha256 } },
      ]);
      return { items, sha256, layout: layout.id };
    }),
  );
  // Renamed only once the export is committed: a file under the final name is always one the log knows.
  await rename(part, options.file);
  return { ...out, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
