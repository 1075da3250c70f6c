import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { databaseErrorCode, PersonalDataCipher, type CaseRow, type CaseStepRow, type CaseSummaryRow, type Database } from '@huimin/db';
import {
  DECISION_ERROR_HTTP_STATUS,
  evaluateSkillSubsidy,
  maskBankAccount,
  maskIdNumber,
  maskPhone,
  overdue,
  resolveSkillSubsidyCaseRules,
  CERTIFICATE_KIND_LABELS,
  SKILL_SUBSIDY_CASE_STATUS_LABELS,
  SKILL_SUBSIDY_CASE_STATUSES,
  SKILL_SUBSIDY_GRANTED_STATUSES,
  SKILL_SUBSIDY_OPEN_STATUSES,
  skillSubsidyCaseMachine,
  todayInShanghai,
  type SkillSubsidyCaseEvent,
  type SkillSubsidyCaseState,
  type SkillSubsidyCaseStatus,
  type WorkflowActor,
  type WorkflowDeadline,
  type WorkflowRules,
  type WorkflowStep,
  type WorkingDayCalendar,
} from '@huimin/domain';
import { badRequest, conflict, notFound, ProblemException, unprocessable } from '../../common/problem.js';
import type { ApplicantPrincipal } from '../access/principal.js';
import { inScope } from '../access/region-scope.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { CasesRepository } from './cases.repository.js';
import { zodFieldErrors } from '../../common/zod.js';
import { applicationSchema, BATCH_COLUMNS, BATCH_MAX_ROWS, PAYEE_KIND_WORDS, type ApplicationInput, type ListQuery, type RatingInput } from './cases.types.js';
import {
  CaseFactsRepository,
  CERTIFICATE_REGISTRY,
  CONTRIBUTION_RECORDS,
  type CertificateRecord,
  type CertificateRegistry,
  type ContributionRecords,
  type ContributionSummary,
} from './registry-adapters.js';

/** The single submission's error paths → the batch sheet's column names. */
const BATCH_PATHS: Readonly<Record<string, string>> = { 'payee.kind': 'payeeKind', 'payee.accountNo': 'accountNo', 'payee.bankName': 'bankName', payee: 'payeeKind' };

/** Who calls a case route: a staff user, or an applicant (a person, or an employer submitting for its staff). */
/**
 * Who submits. A handler may file an employer's sheet at the counter (`forEmployer`, issue 6): the rows are that
 * employer's collective applications (`employer_batch`, its staff only), recorded as taken by the handler.
 */
export type CaseCaller = { kind: 'staff'; user: AuthenticatedUser; forEmployer?: string } | { kind: 'applicant'; applicant: ApplicantPrincipal };

const CASE_NOT_FOUND = '未找到该申请';

/**
 * 好差评 (issue 7) is asked once the service is over for the applicant: the money paid, the case withdrawn,
 * cancelled or recovered, or refused with no appeal left. A refused case that may still be appealed is not
 * over (the rule sets carry no appeal deadline, so "not appealed in time" cannot be told apart from "about to
 * appeal"); it becomes ratable when its one appeal has been decided. Cases in payment or in notice are not over.
 */
const RATABLE_STATUSES: readonly SkillSubsidyCaseStatus[] = ['paid', 'withdrawn', 'cancelled', 'recovered'];

/** One row of an employer's batch sheet that did not become a case; `index` counts data rows from 0. */
export interface BatchRowError {
  index: number;
  path: string;
  message: string;
}

/** Thrown inside a dry run's transaction so that nothing it wrote is kept. */
class DryRunRollback extends Error {
  constructor(readonly answer: unknown) {
    super('dry run');
  }
}
/** A stored deadline with the day it was stopped (a stopped deadline is kept: the form shows it was met). */
type StoredDeadline = WorkflowDeadline & { stoppedOn: string | null };

function callerName(caller: CaseCaller): string {
  if (caller.kind === 'staff') return caller.user.username;
  return `${caller.applicant.kind === 'person' ? 'applicant' : 'employer'}:${caller.applicant.accountId}`;
}

/**
 * The skills-subsidy case (POLICY.md A11–A14, D1, D4): submission through every channel with the facts read
 * from the registry and frozen, the approval chain of the rule set through the domain's machine, the appeal
 * and the withdrawal. Every change is one transaction with its step, its status change (conditional on the
 * status it was decided on, and checked by the database's trigger) and its audit entry.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly repo: CasesRepository,
    private readonly facts: CaseFactsRepository,
    @Inject(CERTIFICATE_REGISTRY) private readonly certificates: CertificateRegistry,
    @Inject(CONTRIBUTION_RECORDS) private readonly contributions: ContributionRecords,
    private readonly cipher: PersonalDataCipher,
    private readonly calendars: CalendarService,
    private readonly audit: AuditService,
  ) {}

  // ── submission ──────────────────────────────────────────────────────────────────────────────────────────

  /**
   * API.md: the same Idempotency-Key replays the first answer and does nothing twice. Requests with one key
   * queue on a database lock (any instance), the first stores its answer with the case in one transaction.
   */
  async submit(caller: CaseCaller, input: ApplicationInput, idempotencyKey: string | undefined, ip: string | null) {
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,128}$/.test(idempotencyKey)) {
      throw badRequest([{ path: 'Idempotency-Key', message: '幂等键应为1～128个可见ASCII字符' }]);
    }
    const scope = `${callerName(caller)} POST /skill-subsidy/applications`;
    const requestHash = createHash('sha256').update(JSON.stringify(input)).digest('hex');
    // Read before the transaction: on the embedded database a query outside it would wait for it forever.
    const calendar = await this.calendars.calendar();
    try {
      return await this.repo.db.transaction(async (tx) => {
        const db = tx as unknown as Database;
        if (idempotencyKey) {
          await this.repo.lockKey(scope, idempotencyKey, db);
          const seen = await this.repo.findKey(scope, idempotencyKey, db);
          if (seen) {
            if (seen.requestHash !== requestHash) throw unprocessable('该幂等键已用于另一内容不同的请求，请使用新的幂等键', '/problems/idempotency-key-reused');
            return { statusCode: seen.statusCode, body: seen.response, replayed: true };
          }
        }
        const created = await this.#open(caller, input, db, ip, calendar);
        const body = this.view(created.row, created.steps, caller);
        if (idempotencyKey) await this.repo.saveKey({ scope, key: idempotencyKey, requestHash, statusCode: 201, response: body }, db);
        return { statusCode: 201, body, replayed: false };
      });
    } catch (error) {
      throw this.#duplicate(error);
    }
  }

  /** A11: a second open or granted case per person × occupation × level is refused, in any region. */
  #duplicate(error: unknown): unknown {
    if (databaseErrorCode(error) === '23505') return conflict('该人员同一职业（工种）同一等级已有在办或已享受的补贴申请，不能重复申请（A7、A11）');
    return error;
  }

  async #open(caller: CaseCaller, input: ApplicationInput, db: Database, ip: string | null, calendar: WorkingDayCalendar, today = todayInShanghai()) {
    const channelError = (message: string) => badRequest([{ path: 'channel', message }]);
    let personKey: string;
    if (caller.kind === 'applicant' && caller.applicant.kind === 'person') {
      if (input.channel !== 'online') throw channelError('个人只能在线申请（online）');
      personKey = caller.applicant.personKey!;
      if (input.idNumber && this.cipher.personKey(input.idNumber) !== personKey) {
        throw badRequest([{ path: 'idNumber', message: '在线申请只能为本人申请' }]);
      }
    } else {
      if (!input.idNumber) throw badRequest([{ path: 'idNumber', message: '请填写申请人身份证号' }]);
      if (caller.kind === 'applicant' && input.channel !== 'employer_batch') throw channelError('单位账户只能集中申请（employer_batch）');
      if (caller.kind === 'staff' && caller.forEmployer && input.channel !== 'employer_batch') throw channelError('代单位集中申请的渠道为单位集中申请（employer_batch）');
      if (caller.kind === 'staff' && !caller.forEmployer && input.channel !== 'counter' && input.channel !== 'proxy') throw channelError('窗口受理只能是窗口申请（counter）或代办（proxy）');
      personKey = this.cipher.personKey(input.idNumber);
    }

    const person = await this.facts.person(personKey, db);
    if (!person) throw notFound('未找到该参保人员');
    if (caller.kind === 'staff' && !inScope(caller.user.regionCode, person.regionCode)) throw notFound('未找到该参保人员');

    const certificate = await this.certificates.find(input.certificateNo, db);
    // Someone else's certificate reads exactly like a missing one.
    if (!certificate || certificate.personKey !== personKey) {
      throw badRequest([{ path: 'certificateNo', message: '证书库中未找到申请人名下的该证书' }]);
    }
    const contributions = await this.contributions.summary(personKey, today, db);
    const batchEmployer = caller.kind === 'staff' ? caller.forEmployer : caller.applicant.kind === 'employer' ? caller.applicant.creditCode : undefined;
    if (batchEmployer !== undefined && contributions.latestCreditCode !== batchEmployer) {
      throw badRequest([{ path: 'idNumber', message: '该人员不是本单位参保职工，不能由本单位集中申请' }]);
    }
    const employer = contributions.latestCreditCode ? await this.facts.employer(contributions.latestCreditCode, db) : undefined;
    const request = await this.#evaluationRequest(person.regionCode, personKey, certificate, contributions, today, db);
    const evaluation = evaluateSkillSubsidy(request);
    const policy = evaluation.policy;
    const rules = policy ? resolveSkillSubsidyCaseRules(person.regionCode, policy.basisDate) : null;
    if (!policy || !rules) {
      throw unprocessable(`${person.regionCode}地区在该日期没有适用的技能提升补贴政策，不能受理`, '/problems/region-not-covered');
    }

    const actor: WorkflowActor =
      caller.kind === 'staff'
        ? { kind: 'staff', userId: caller.user.id, roles: caller.user.roles }
        : caller.applicant.kind === 'person'
          ? { kind: 'applicant', applicantId: person.id }
          : { kind: 'employer', creditCode: caller.applicant.creditCode! };
    const opened = skillSubsidyCaseMachine.open({ applicantId: person.id, actor }, { today, rules, calendar });
    if (!opened.ok) throw new ProblemException(DECISION_ERROR_HTTP_STATUS[opened.code], opened.message);

    const deadlines: StoredDeadline[] = opened.deadlines.start.map((d) => ({ ...d, stoppedOn: null }));
    const running = deadlines.find((d) => d.stoppedOn === null);
    const row = await this.repo.insertCase(
      {
        regionCode: person.regionCode,
        personId: person.id,
        personKey,
        applicantName: person.name,
        channel: input.channel,
        certificateNo: certificate.certificateNo,
        certificateKind: certificate.kind,
        occupation: certificate.occupation,
        level: certificate.level,
        // A12, frozen: what the registry said at submission. No plain ID number or phone goes into JSON.
        facts: {
          request,
          person: { idNumberMasked: maskIdNumber(this.cipher.decrypt(person.idNumberEnc)), name: person.name, sex: person.sex, birthDate: person.birthDate, regionCode: person.regionCode, address: person.address },
          employer: employer ? { creditCode: employer.creditCode, name: employer.name, industry: employer.industry, address: employer.address } : null,
          contributions,
          certificate: { ...certificate, personKey: undefined },
          sources: { certificate: certificate.source },
        },
        evaluation,
        ruleSetId: policy.ruleSetId,
        rules,
        basisDate: policy.basisDate,
        applicationDate: today,
        amountFen: evaluation.amountFen,
        status: 'submitted',
        deadlines,
        dueKind: running?.kind ?? null,
        dueOn: running?.due ?? null,
        createdBy: caller.kind === 'staff' ? `staff:${caller.user.id}` : caller.applicant.kind === 'person' ? `applicant:${person.id}` : `employer:${caller.applicant.creditCode}`,
        employerCreditCode: caller.kind === 'applicant' && caller.applicant.kind === 'employer' ? caller.applicant.creditCode : contributions.latestCreditCode,
        proxyName: input.proxy?.name ?? null,
        proxyIdNumberEnc: input.proxy ? this.cipher.encrypt(input.proxy.idNumber) : null,
        phoneEnc: this.cipher.encryptOptional(input.phone),
        payeeKind: input.payee.kind,
        payeeAccountEnc: this.cipher.encrypt(input.payee.accountNo),
        payeeBankName: input.payee.bankName,
      },
      db,
    );
    await this.repo.insertStep(this.#stepRow(row.id, opened.step, caller), db);
    await this.audit.record(
      {
        actor: callerName(caller),
        action: 'case.submit',
        entity: 'case',
        entityId: row.id,
        ip,
        after: { channel: row.channel, status: row.status, certificateNo: row.certificateNo, amountFen: row.amountFen, ruleSetId: row.ruleSetId, eligible: evaluation.eligible },
      },
      db,
    );
    return { row, steps: await this.repo.steps(row.id, db) };
  }

  /** The evaluator's request from the registry as it is now (A12): used at submission and again at payment (A16). */
  async #evaluationRequest(regionCode: string, personKey: string, certificate: CertificateRecord, contributions: ContributionSummary, applicationDate: string, db: Database) {
    // One after the other: `db` may be a transaction, which runs one statement at a time.
    const priorGrants = await this.facts.liveGrants(personKey, db);
    const heldBy = await this.certificates.heldBy(personKey, db);
    return this.#evaluationRequestOf(regionCode, certificate, contributions, applicationDate, priorGrants, heldBy);
  }

  /** The evaluator's request from facts already read (the counter preview reads them once for every certificate). */
  #evaluationRequestOf(
    regionCode: string,
    certificate: CertificateRecord,
    contributions: ContributionSummary,
    applicationDate: string,
    priorGrants: readonly { occupation: string; level: number; grantedOn: string }[],
    heldBy: readonly CertificateRecord[],
  ) {
    const held = heldBy.filter((c) => c.certificateNo !== certificate.certificateNo);
    return {
      regionCode,
      applicationDate,
      applicant: { contributionMonths: contributions.paidMonths, inArrears: contributions.inArrears, deepPovertyArea: false, status: 'employed' as const },
      certificate: { kind: certificate.kind, level: certificate.level, occupation: certificate.occupation, issueDate: certificate.issueDate },
      priorGrants: priorGrants.map((g) => ({ occupation: g.occupation, level: g.level, grantedOn: g.grantedOn })),
      heldCertificates: held.map((c) => ({ occupation: c.occupation, level: c.level })),
    };
  }

  /**
   * Issue 5 / A16: eligibility is checked again when a payment batch is built, on the registry as it is now (a
   * contribution corrected, a certificate revoked, a grant for the same occupation × level recorded in another
   * region since the decision). It is evaluated as of the case's application date, so a timely application
   * does not turn late while it waits for its notice; the amount stays the case's (never recomputed).
   */
  async recheck(row: CaseRow, db: Database): Promise<{ eligible: boolean; reasons: string[] }> {
    const certificate = await this.certificates.find(row.certificateNo, db);
    if (!certificate || certificate.personKey !== row.personKey) return { eligible: false, reasons: ['证书库中已查不到申请人名下的该证书'] };
    const contributions = await this.contributions.summary(row.personKey, row.applicationDate, db);
    const evaluation = evaluateSkillSubsidy(await this.#evaluationRequest(row.regionCode, row.personKey, certificate, contributions, row.applicationDate, db));
    return { eligible: evaluation.eligible, reasons: evaluation.checks.filter((c) => !c.passed).map((c) => `${c.message}（${c.rule}）`) };
  }

  /**
   * The counter's first screen (issue 6, A12): a walk-in applicant's registry facts by ID number — the person
   * (masked), the latest employer, the contribution months, and every certificate held with the evaluation a
   * submission today would get and the case already open or granted for its occupation × level (A7, A11), so
   * the handler picks the certificate and sees the outcome before submitting. Read-only; audited as a lookup.
   */
  async counterPreview(user: AuthenticatedUser, idNumber: string, ip: string | null, today = todayInShanghai()) {
    const personKey = this.cipher.personKey(idNumber);
    const person = await this.facts.person(personKey);
    if (!person || !inScope(user.regionCode, person.regionCode)) throw notFound('未找到该参保人员');
    const contributions = await this.contributions.summary(personKey, today);
    const employer = contributions.latestCreditCode ? await this.facts.employer(contributions.latestCreditCode) : undefined;
    const [held, existing, priorGrants] = await Promise.all([this.certificates.heldBy(personKey), this.repo.casesOfPerson(personKey), this.facts.liveGrants(personKey)]);
    const blocking = new Set<string>([...SKILL_SUBSIDY_OPEN_STATUSES, ...SKILL_SUBSIDY_GRANTED_STATUSES]);
    const sameLine = (a: { occupation: string; level: number }, b: { occupation: string; level: number }) =>
      a.level === b.level && a.occupation.normalize('NFKC').replace(/\s+/g, '') === b.occupation.normalize('NFKC').replace(/\s+/g, '');
    const certificates = [];
    for (const c of held) {
      const evaluation = evaluateSkillSubsidy(this.#evaluationRequestOf(person.regionCode, c, contributions, today, priorGrants, held));
      const open = existing.find((x) => blocking.has(x.status) && sameLine(x, c));
      certificates.push({
        certificateNo: c.certificateNo,
        kind: c.kind,
        kindLabel: CERTIFICATE_KIND_LABELS[c.kind],
        occupation: c.occupation,
        level: c.level,
        issueDate: c.issueDate,
        issuer: c.issuer,
        source: c.source,
        evaluation,
        existingCase: open ? { id: open.id, status: open.status, statusLabel: SKILL_SUBSIDY_CASE_STATUS_LABELS[open.status], regionCode: open.regionCode } : null,
      });
    }
    await this.audit.record({ actor: user.username, action: 'person.lookup', entity: 'person', entityId: person.id, ip, after: { purpose: 'counter-preview' } });
    return {
      person: { id: person.id, name: person.name, idNumberMasked: maskIdNumber(idNumber), sex: person.sex, regionCode: person.regionCode, phoneMasked: person.phoneEnc ? maskPhone(this.cipher.decrypt(person.phoneEnc)) : null },
      employer: employer ? { creditCode: employer.creditCode, name: employer.name } : null,
      contributions: { paidMonths: contributions.paidMonths, inArrears: contributions.inArrears, latestMonth: contributions.latestMonth },
      certificates,
      cases: existing.map((x) => ({ id: x.id, status: x.status, statusLabel: SKILL_SUBSIDY_CASE_STATUS_LABELS[x.status], regionCode: x.regionCode, certificateNo: x.certificateNo, occupation: x.occupation, level: x.level, createdAt: x.createdAt.toISOString() })),
    };
  }

  /**
   * The payee account in clear, for a permitted user checking it with the applicant (A16, D2): region-scoped,
   * and every reveal is an audit entry naming who saw which case's account and why.
   */
  async revealPayee(user: AuthenticatedUser, id: string, reason: string, ip: string | null) {
    const row = await this.repo.findCase(id);
    if (!row || !inScope(user.regionCode, row.regionCode)) throw notFound(CASE_NOT_FOUND);
    const accountNo = this.cipher.decrypt(row.payeeAccountEnc);
    await this.audit.record({ actor: user.username, action: 'case.reveal_payee', entity: 'case', entityId: row.id, ip, after: { reason, accountNoMasked: maskBankAccount(accountNo) } });
    return { caseId: row.id, payee: { kind: row.payeeKind, accountNo, bankName: row.payeeBankName } };
  }

  /**
   * A16: a failed payment is re-issued after the payee is corrected. A handler corrects the case's payee
   * directly (not through a change request: the payee is the applicant's own declaration on the case, not
   * registry data), audited with the masked old and new accounts; the finance user who re-issues is another
   * person (D1: business and finance roles are never on one account). Items already sent keep their snapshot.
   */
  async correctPayee(user: AuthenticatedUser, id: string, payee: { kind: 'social_security_card' | 'bank_account'; accountNo: string; bankName: string }, reason: string, ip: string | null) {
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const row = await this.repo.lockCase(id, db);
      if (!row || !inScope(user.regionCode, row.regionCode)) throw notFound(CASE_NOT_FOUND);
      if (row.status !== 'payment_failed' && row.status !== 'notice_passed') {
        throw conflict(`案件状态为“${SKILL_SUBSIDY_CASE_STATUS_LABELS[row.status]}”，只有公示通过待发放或发放失败的案件可以更正收款信息（A16）`);
      }
      const before = { kind: row.payeeKind, accountNoMasked: maskBankAccount(this.cipher.decrypt(row.payeeAccountEnc)), bankName: row.payeeBankName };
      const updated = await this.repo.updatePayee(row.id, { payeeKind: payee.kind, payeeAccountEnc: this.cipher.encrypt(payee.accountNo), payeeBankName: payee.bankName }, db);
      const after = { kind: payee.kind, accountNoMasked: maskBankAccount(payee.accountNo), bankName: payee.bankName };
      await this.audit.record({ actor: user.username, action: 'case.correct_payee', entity: 'case', entityId: row.id, ip, before, after: { ...after, reason } }, db);
      return this.view(updated, await this.repo.steps(row.id, db), { kind: 'staff', user });
    });
  }

  // ── employer batch ──────────────────────────────────────────────────────────────────────────────────────

  /**
   * Issue 7: an employer submits a sheet of its staff. Each row goes through the very submission of the single
   * `employer_batch` channel (#open: the employer check, the registry reads, the evaluation, the audit entry) in a
   * savepoint of its own, so a bad row is a row error and the others still become cases. A dry run does it all
   * and rolls back, so its preview is exactly what the real run would do (a duplicate within the sheet included).
   * The Idempotency-Key replays the first real run; a dry run neither uses nor stores it (it changes nothing).
   */
  /**
   * The counter's variant: the employer must be registered in the handler's regions (404 otherwise, as any
   * record) — checked before the sheet is read, so an employer outside them reveals nothing about the file.
   */
  async submitBatchForEmployer(user: AuthenticatedUser, creditCode: string, readRows: () => Promise<Record<string, string>[]>, dryRun: boolean, idempotencyKey: string | undefined, ip: string | null) {
    const employer = await this.facts.employer(creditCode);
    if (!employer || !inScope(user.regionCode, employer.regionCode)) throw notFound('未找到该单位的参保登记');
    return this.submitBatch({ kind: 'staff', user, forEmployer: creditCode }, await readRows(), dryRun, idempotencyKey, ip);
  }

  async submitBatch(caller: CaseCaller, rows: Record<string, string>[], dryRun: boolean, idempotencyKey: string | undefined, ip: string | null) {
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,128}$/.test(idempotencyKey)) {
      throw badRequest([{ path: 'Idempotency-Key', message: '幂等键应为1～128个可见ASCII字符' }]);
    }
    if (rows.length === 0) throw badRequest([{ path: '', message: '文件中没有数据行，请在第二行起每行填写一名职工' }]);
    if (rows.length > BATCH_MAX_ROWS) throw badRequest([{ path: '', message: `每次最多上传${BATCH_MAX_ROWS}行，请分多个文件上传` }]);
    const unknown = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !(BATCH_COLUMNS as readonly string[]).includes(k));
    if (unknown.length > 0) throw badRequest([{ path: '', message: `不认识的列：${unknown.join('、')}；请使用模板的列名：${BATCH_COLUMNS.join('、')}` }]);

    const scope = `${callerName(caller)} POST /skill-subsidy/employer-batches${caller.kind === 'staff' ? ` for ${caller.forEmployer ?? ''}` : ''}`;
    const requestHash = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
    const calendar = await this.calendars.calendar();
    try {
      return await this.repo.db.transaction(async (tx) => {
        const db = tx as unknown as Database;
        if (idempotencyKey && !dryRun) {
          await this.repo.lockKey(scope, idempotencyKey, db);
          const seen = await this.repo.findKey(scope, idempotencyKey, db);
          if (seen) {
            if (seen.requestHash !== requestHash) throw unprocessable('该幂等键已用于另一内容不同的请求，请使用新的幂等键', '/problems/idempotency-key-reused');
            return { ...(seen.response as object), replayed: true };
          }
        }
        const errors: BatchRowError[] = [];
        const created: { index: number; caseId: string; applicantName: string; occupation: string; level: number; amountFen: number | null; eligible: boolean }[] = [];
        for (const [index, raw] of rows.entries()) {
          const parsed = applicationSchema.safeParse(this.#batchInput(raw));
          if (!parsed.success) {
            for (const e of zodFieldErrors(parsed.error)) {
              const path = BATCH_PATHS[e.path] ?? e.path;
              // The schema names the codes; the sheet is filled in by people, who write the Chinese words.
              errors.push({ index, path, message: path === 'payeeKind' ? '收款方式应填写“社保卡”或“银行卡”' : e.message });
            }
            continue;
          }
          try {
            const { row } = await db.transaction(async (sp) => this.#open(caller, parsed.data, sp as unknown as Database, ip, calendar));
            created.push({
              index,
              caseId: row.id,
              applicantName: row.applicantName,
              occupation: row.occupation,
              level: row.level,
              amountFen: row.amountFen,
              eligible: (row.evaluation as { eligible: boolean }).eligible,
            });
          } catch (error) {
            errors.push(...this.#rowErrors(index, error));
          }
        }
        if (dryRun) {
          // The would-be case ids are rolled back with everything else; the preview names the rows instead.
          throw new DryRunRollback({ dryRun: true, total: rows.length, created: [], accepted: created.map(({ caseId: _id, ...rest }) => rest), errors });
        }
        const answer = { dryRun: false, total: rows.length, created, errors };
        if (idempotencyKey) await this.repo.saveKey({ scope, key: idempotencyKey, requestHash, statusCode: 200, response: answer }, db);
        await this.audit.record(
          { actor: callerName(caller), action: 'case.employer_batch', entity: 'employer', entityId: caller.kind === 'applicant' ? caller.applicant.creditCode : (caller.forEmployer ?? null), ip, after: { total: rows.length, created: created.length, errors: errors.length } },
          db,
        );
        return { ...answer, replayed: false };
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return { ...(error.answer as object), replayed: false };
      throw error;
    }
  }

  /** A sheet row as the single submission's body: the payee's three columns become its `payee`. */
  #batchInput(raw: Record<string, string>) {
    const kind = raw['payeeKind'] === undefined ? undefined : (PAYEE_KIND_WORDS[raw['payeeKind']] ?? raw['payeeKind']);
    return {
      idNumber: raw['idNumber'] ?? '',
      certificateNo: raw['certificateNo'],
      channel: 'employer_batch',
      payee: { kind, accountNo: raw['accountNo'], bankName: raw['bankName'] },
      ...(raw['phone'] ? { phone: raw['phone'] } : {}),
    };
  }

  /** What the single submission would have answered, said as the row's errors. */
  #rowErrors(index: number, error: unknown): BatchRowError[] {
    const mapped = this.#duplicate(error);
    if (mapped instanceof ProblemException) {
      const problem = mapped.problem;
      if (problem.errors && problem.errors.length > 0) return problem.errors.map((e) => ({ index, path: BATCH_PATHS[e.path] ?? e.path, message: e.message }));
      // A missing person is the ID number's fault; a duplicate is the certificate's (A11: one per occupation × level).
      const path = problem.status === 404 ? 'idNumber' : problem.status === 409 ? 'certificateNo' : '';
      return [{ index, path, message: problem.detail }];
    }
    throw error;
  }

  // ── service rating ──────────────────────────────────────────────────────────────────────────────────────

  /** Whether the applicant may still rate the case now (finished, see RATABLE_STATUSES, and not yet rated). */
  #ratable(row: CaseRow, steps: CaseStepRow[], rated: boolean): boolean {
    if (rated) return false;
    if (RATABLE_STATUSES.includes(row.status)) return true;
    if (row.status !== 'rejected') return false;
    const actor: WorkflowActor = { kind: 'applicant', applicantId: row.personId };
    return !skillSubsidyCaseMachine.allowedActions(this.#state(row, steps), actor, { rules: row.rules as WorkflowRules, today: todayInShanghai() }).some((a) => a.event === 'appeal');
  }

  /** The case as its applicant sees it: the view plus the rating (given, or whether one may be given). */
  async #applicantView(row: CaseRow, steps: CaseStepRow[], caller: CaseCaller, db: Database = this.repo.db) {
    const view = this.view(row, steps, caller);
    if (caller.kind !== 'applicant' || caller.applicant.kind !== 'person') return view;
    const rating = await this.repo.rating(row.id, db);
    return {
      ...view,
      rating: rating ? { score: rating.score, comment: rating.comment, createdAt: rating.createdAt.toISOString() } : null,
      canRate: this.#ratable(row, steps, rating !== undefined),
    };
  }

  /** 好差评: the applicant rates a finished case of their own, once (409 the second time or before it is finished). */
  async rate(caller: CaseCaller, id: string, input: RatingInput, ip: string | null) {
    try {
      return await this.repo.db.transaction(async (tx) => {
        const db = tx as unknown as Database;
        const row = await this.repo.lockCase(id, db);
        if (!row || !this.#visible(caller, row) || !this.#actorFor(caller, row)) throw notFound(CASE_NOT_FOUND);
        const steps = await this.repo.steps(row.id, db);
        if (await this.repo.rating(row.id, db)) throw conflict('该申请已评价过，每个申请只能评价一次');
        if (!this.#ratable(row, steps, false)) {
          throw conflict(`案件状态为“${SKILL_SUBSIDY_CASE_STATUS_LABELS[row.status]}”，办结后才能评价（已发放、已撤回、已取消、已追回，或审核未通过且不能再申请复核）`);
        }
        await this.repo.insertRating({ caseId: row.id, score: input.score, comment: input.comment ?? null }, db);
        // The comment is the applicant's own words and may name people: the audit keeps its length, not its text.
        await this.audit.record(
          { actor: callerName(caller), action: 'case.rate', entity: 'case', entityId: row.id, ip, after: { score: input.score, commentLength: input.comment?.length ?? 0 } },
          db,
        );
        return this.#applicantView(row, steps, caller, db);
      });
    } catch (error) {
      if (databaseErrorCode(error) === '23505') throw conflict('该申请已评价过，每个申请只能评价一次');
      throw error;
    }
  }

  // ── reading ─────────────────────────────────────────────────────────────────────────────────────────────

  async get(caller: CaseCaller, id: string) {
    const row = await this.repo.findCase(id);
    if (!row || !this.#visible(caller, row)) throw notFound(CASE_NOT_FOUND);
    return this.#applicantView(row, await this.repo.steps(row.id), caller);
  }

  async list(caller: CaseCaller, q: ListQuery) {
    const today = todayInShanghai();
    let scope: { regionCode?: string; personId?: string; employerCreditCode?: string };
    if (caller.kind === 'staff') {
      if (q.regionCode && !inScope(caller.user.regionCode, q.regionCode)) throw notFound('未找到该地区的记录');
      scope = { regionCode: q.regionCode ?? caller.user.regionCode };
    } else if (caller.applicant.kind === 'person') {
      const person = await this.facts.person(caller.applicant.personKey!);
      scope = { personId: person?.id ?? '00000000-0000-0000-0000-000000000000' };
    } else {
      scope = { employerCreditCode: caller.applicant.creditCode! };
    }
    const { rows, total, counts } = await this.repo.list(scope, q, today);
    const byStatus = Object.fromEntries(SKILL_SUBSIDY_CASE_STATUSES.map((s) => [s, 0])) as Record<SkillSubsidyCaseStatus, number>;
    for (const c of counts) byStatus[c.status] = Number(c.n);
    return { items: rows.map((r) => this.summary(r, today)), total, page: q.page, pageSize: q.pageSize, counts: byStatus };
  }

  #visible(caller: CaseCaller, row: CaseRow): boolean {
    if (caller.kind === 'staff') return inScope(caller.user.regionCode, row.regionCode);
    if (caller.applicant.kind === 'person') return caller.applicant.personKey === row.personKey;
    return caller.applicant.creditCode === row.employerCreditCode && row.channel === 'employer_batch';
  }

  summary(row: CaseSummaryRow, today = todayInShanghai()) {
    return {
      id: row.id,
      status: row.status,
      statusLabel: SKILL_SUBSIDY_CASE_STATUS_LABELS[row.status],
      channel: row.channel,
      regionCode: row.regionCode,
      applicantName: row.applicantName,
      idNumberMasked: row.idNumberMasked,
      certificateNo: row.certificateNo,
      certificateKind: row.certificateKind,
      occupation: row.occupation,
      level: row.level,
      amountFen: row.amountFen,
      applicationDate: row.applicationDate,
      dueKind: row.dueKind,
      dueOn: row.dueOn,
      overdue: overdue(row.dueOn, today),
      createdAt: row.createdAt.toISOString(),
    };
  }

  view(row: CaseRow, steps: CaseStepRow[], caller: CaseCaller) {
    const today = todayInShanghai();
    const state = this.#state(row, steps);
    const actor = this.#actorFor(caller, row);
    return {
      ...this.summary({ ...row, idNumberMasked: (row.facts as { person: { idNumberMasked: string } }).person.idNumberMasked }, today),
      basisDate: row.basisDate,
      ruleSetId: row.ruleSetId,
      evaluation: row.evaluation,
      facts: row.facts,
      deadlines: row.deadlines,
      payee: { kind: row.payeeKind, accountNoMasked: maskBankAccount(this.cipher.decrypt(row.payeeAccountEnc)), bankName: row.payeeBankName },
      phoneMasked: row.phoneEnc ? maskPhone(this.cipher.decrypt(row.phoneEnc)) : null,
      proxy: row.proxyName ? { name: row.proxyName, idNumberMasked: maskIdNumber(this.cipher.decrypt(row.proxyIdNumberEnc!)) } : null,
      pendingApprovalStep: skillSubsidyCaseMachine.pendingApprovalStep(state, row.rules as WorkflowRules),
      steps: steps.map((s) => ({
        seq: s.seq,
        event: s.event,
        from: s.fromStatus,
        to: s.toStatus,
        on: s.on,
        actorKind: s.actorKind,
        actorName: s.actorName,
        role: s.actorRole,
        round: s.round,
        approvalStep: s.approvalStep,
        reason: s.reason,
      })),
      allowedActions: actor ? skillSubsidyCaseMachine.allowedActions(state, actor, { rules: row.rules as WorkflowRules, today }) : [],
    };
  }

  #state(row: CaseRow, steps: CaseStepRow[]): SkillSubsidyCaseState {
    return {
      status: row.status,
      applicantId: row.personId,
      steps: steps.map(
        (s): WorkflowStep<SkillSubsidyCaseStatus, SkillSubsidyCaseEvent> => ({
          seq: s.seq,
          event: s.event as SkillSubsidyCaseEvent,
          from: s.fromStatus as SkillSubsidyCaseStatus | null,
          to: s.toStatus as SkillSubsidyCaseStatus,
          on: s.on,
          actor: { kind: s.actorKind as WorkflowActor['kind'], id: s.actorId, role: s.actorRole as never },
          round: s.round,
          approvalStep: s.approvalStep as never,
          reason: s.reason,
          separated: s.separated,
        }),
      ),
    };
  }

  #actorFor(caller: CaseCaller, row: CaseRow): WorkflowActor | null {
    if (caller.kind === 'staff') return { kind: 'staff', userId: caller.user.id, roles: caller.user.roles };
    if (caller.applicant.kind === 'person') return caller.applicant.personKey === row.personKey ? { kind: 'applicant', applicantId: row.personId } : null;
    return null;
  }

  #stepRow(caseId: string, step: WorkflowStep, caller?: CaseCaller) {
    return {
      caseId,
      seq: step.seq,
      event: step.event,
      fromStatus: step.from,
      toStatus: step.to,
      on: step.on,
      actorKind: step.actor.kind,
      actorId: step.actor.id,
      actorRole: step.actor.role,
      actorName: caller?.kind === 'staff' ? caller.user.displayName : null,
      round: step.round,
      approvalStep: step.approvalStep,
      reason: step.reason,
      separated: step.separated,
    };
  }

  // ── decisions ───────────────────────────────────────────────────────────────────────────────────────────

  /**
   * One step of the case through the domain machine. The case row is locked, so concurrent decisions queue and
   * each sees the step before it; the unique (case, seq) index and the conditional status update are the
   * backstops. Errors: the machine's codes with API.md's statuses (409 for a state that forbids the step).
   */
  async act(caller: CaseCaller, id: string, event: SkillSubsidyCaseEvent, reason: string | undefined, ip: string | null) {
    const calendar = await this.calendars.calendar();
    try {
      return await this.repo.db.transaction(async (tx) => {
        const db = tx as unknown as Database;
        const row = await this.repo.lockCase(id, db);
        if (!row || !this.#visible(caller, row)) throw notFound(CASE_NOT_FOUND);
        const actor = this.#actorFor(caller, row);
        if (!actor) throw notFound(CASE_NOT_FOUND);
        const updated = await this.applyEvent(db, row, event, { actor, label: callerName(caller), displayName: caller.kind === 'staff' ? caller.user.displayName : null }, reason, calendar, ip);
        return this.#applicantView(updated, await this.repo.steps(row.id, db), caller, db);
      });
    } catch (error) {
      // Two decisions that raced past the lock (cannot happen with it; the index is the last word).
      if (databaseErrorCode(error) === '23505') throw conflict('该环节已由他人办理，请刷新后重试');
      throw error;
    }
  }

  /** Locks a case for a step taken by another module (notices, payments) in that module's transaction. */
  lockCase(id: string, db: Database) {
    return this.repo.lockCase(id, db);
  }

  /**
   * One step of a case (locked by the caller, inside its transaction) through the domain machine: the step,
   * the conditional status change, the deadlines and the audit entry. Errors are the machine's codes with
   * API.md's statuses (409 for a state that forbids the step).
   */
  async applyEvent(
    db: Database,
    row: CaseRow,
    event: SkillSubsidyCaseEvent,
    who: { actor: WorkflowActor; label: string; displayName: string | null },
    reason: string | undefined,
    calendar: WorkingDayCalendar,
    ip: string | null,
    today = todayInShanghai(),
  ): Promise<CaseRow> {
    const steps = await this.repo.steps(row.id, db);
    const state = this.#state(row, steps);
    const rules = row.rules as WorkflowRules;
    const decision = skillSubsidyCaseMachine.decide(state, { type: event, reason: reason ?? null }, who.actor, { today, rules, calendar });
    if (!decision.ok) {
      throw new ProblemException(DECISION_ERROR_HTTP_STATUS[decision.code], decision.message, { type: `/problems/${decision.code.toLowerCase().replace(/_/g, '-')}` });
    }
    // An approval of an application the engine found ineligible would pay money the rules do not allow.
    if (event === 'approve' && !(row.evaluation as { eligible: boolean }).eligible) {
      throw conflict(`该申请测算结果为不符合条件（${((row.evaluation as { reasons: string[] }).reasons ?? []).join('、')}），只能审核不通过`);
    }
    const deadlines = this.#applyDeadlines(row.deadlines as StoredDeadline[], decision.deadlines, today);
    const running = deadlines.filter((d) => d.stoppedOn === null).at(-1);
    await this.repo.insertStep({ ...this.#stepRow(row.id, decision.step), actorName: who.displayName }, db);
    const updated = await this.repo.updateCase(
      row.id,
      row.status,
      { status: decision.next, deadlines, dueKind: running?.kind ?? null, dueOn: running?.due ?? null, overdue: false },
      db,
    );
    if (!updated) throw conflict('该申请已被他人处理，请刷新后重试');
    await this.audit.record(
      {
        actor: who.label,
        action: `case.${event}`,
        entity: 'case',
        entityId: row.id,
        ip,
        before: { status: row.status },
        after: { status: decision.next, seq: decision.step.seq, approvalStep: decision.step.approvalStep, reason: decision.step.reason },
      },
      db,
    );
    return updated;
  }

  #applyDeadlines(current: StoredDeadline[], changes: { start: WorkflowDeadline[]; stop: readonly string[] | 'all' }, today: string): StoredDeadline[] {
    const stopped = current.map((d) =>
      d.stoppedOn === null && (changes.stop === 'all' || changes.stop.includes(d.kind)) ? { ...d, stoppedOn: today } : d,
    );
    return [...stopped, ...changes.start.map((d) => ({ ...d, stoppedOn: null }))];
  }
}
