import {
  addDays,
  builtinWorkingDayCalendar,
  evaluateSkillSubsidy,
  idNumberCheckDigit,
  itemReference,
  maskIdNumber,
  paymentBatchMachine,
  PAYMENT_BATCH_RULES,
  resolveSkillSubsidyCaseRules,
  skillSubsidyCaseMachine,
  type PaymentBatchEvent,
  type PaymentBatchStatus,
  type SkillSubsidyCaseEvent,
  type SkillSubsidyCaseStatus,
  type WorkflowActor,
  type WorkflowDeadline,
  type WorkflowRules,
  type WorkflowStep,
  type WorkingDayCalendar,
} from '@huimin/domain';
import type { PersonalDataCipher } from '../crypto/index.js';
import type { Random } from '../seed/random.js';
import { cityName, LEVEL_WEIGHTS, LEVELS, OCCUPATION_WEIGHTS, OCCUPATIONS } from './reference.js';

/*
 * Skills-subsidy cases of the synthetic province (issue 8: worklists, case pages, payment batches and the API
 * under load need applications in every status). Each case is what the API would have stored: a certificate
 * of the applicant in the registry, the facts frozen from the applicant's generated history, the engine's
 * evaluation, the case rules of the rule set in force, and a history that the domain's case machine itself
 * produced step by step (D1 separation, rounds, deadlines), so a case page renders and every later decision
 * is decided as on a real case. Cases past the notice carry their payment items (in synthetic batches that went
 * through the payment-batch machine) and paid ones their grant in the ledger (A7, A16).
 *
 * Not generated: notice batches and objections (no worklist or case page reads them) and recovery orders.
 */

export const CASE_COPY_COLUMNS = {
  cases: [
    'id', 'region_code', 'person_id', 'person_key', 'applicant_name', 'channel', 'certificate_no', 'certificate_kind', 'occupation', 'level',
    'facts', 'evaluation', 'rule_set_id', 'rules', 'basis_date', 'application_date', 'amount_fen', 'status', 'deadlines', 'due_kind', 'due_on',
    'created_by', 'employer_credit_code', 'proxy_name', 'proxy_id_number_enc', 'payee_kind', 'payee_account_enc', 'payee_bank_name', 'created_at', 'updated_at',
  ],
  case_steps: ['case_id', 'seq', 'event', 'from_status', 'to_status', '"on"', 'actor_kind', 'actor_id', 'actor_role', 'actor_name', 'round', 'approval_step', 'reason', 'separated'],
  payment_batches: ['id', 'batch_no', 'region_code', 'status', 'steps', 'created_by', 'approved_by', 'item_count', 'total_fen', 'created_at'],
  payment_items: ['id', 'batch_id', 'case_id', 'line', 'reference', 'amount_fen', 'payee_name', 'payee_kind', 'payee_account_enc', 'payee_bank_name', 'status', 'failure_reason', 'paid_on'],
  grants: ['case_id', 'person_key', 'region_code', 'occupation', 'level', 'certificate_kind', 'amount_fen', 'granted_on', 'lifted_on', 'lifted_reason'],
} as const;
export type CaseTable = keyof typeof CASE_COPY_COLUMNS;
/** Parents first: the order the chunk loads them in. */
export const CASE_TABLES: readonly CaseTable[] = ['cases', 'case_steps', 'payment_batches', 'payment_items', 'grants'];

/** The person as the chunk generated it (plain values only in memory, never written). */
export interface CasePerson {
  index: number;
  id: string;
  personKey: string;
  idNumber: string;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  city: string;
  address: string;
  /** Month index (year·12 + month − 1) → status, the person's contribution history. */
  months: { month: number; status: 'paid' | 'owed'; creditCode: string }[];
  certificates: { occupation: string; level: number }[];
}

export interface CaseEmployer {
  creditCode: string;
  name: string;
  industry: string;
  address: string;
}

export interface CaseRowsText {
  text: Record<CaseTable, string>;
  count: Record<CaseTable, number>;
  /** Certificates of the cases, in the registry's COPY layout (appended to the chunk's certificates). */
  certificates: string;
  certificateCount: number;
  byStatus: Partial<Record<SkillSubsidyCaseStatus, number>>;
}

// Target statuses: an applicant found ineligible cannot be approved (the API refuses it), so those stop at or
// before a refusal. The eligible mix is a province shortly after a round of notices closed: many cases wait for
// payment (notice_passed), which is what the payment-batch benchmark builds from.
const ELIGIBLE_MIX: readonly (readonly [SkillSubsidyCaseStatus, number])[] = [
  ['submitted', 6], ['reviewing', 5], ['approved', 4], ['appealed', 1], ['rejected', 2], ['withdrawn', 2], ['in_notice', 5],
  ['notice_passed', 38], ['cancelled', 1], ['paying', 4], ['paid', 24], ['payment_failed', 5], ['clawback_pending', 1], ['recovered', 2],
];
const INELIGIBLE_MIX: readonly (readonly [SkillSubsidyCaseStatus, number])[] = [
  ['submitted', 10], ['reviewing', 5], ['rejected', 60], ['appealed', 10], ['withdrawn', 15],
];

type Path = readonly SkillSubsidyCaseEvent[];
const PATHS: Readonly<Record<SkillSubsidyCaseStatus, Path>> = {
  submitted: [],
  reviewing: ['approve'],
  approved: ['approve', 'approve'],
  rejected: ['reject', 'notify_refusal'],
  appealed: ['reject', 'notify_refusal', 'appeal'],
  withdrawn: ['withdraw'],
  in_notice: ['approve', 'approve', 'publish_notice'],
  notice_passed: ['approve', 'approve', 'publish_notice', 'pass_notice'],
  cancelled: ['approve', 'approve', 'publish_notice', 'uphold_objection'],
  paying: ['approve', 'approve', 'publish_notice', 'pass_notice', 'start_payment'],
  paid: ['approve', 'approve', 'publish_notice', 'pass_notice', 'start_payment', 'confirm_paid'],
  payment_failed: ['approve', 'approve', 'publish_notice', 'pass_notice', 'start_payment', 'fail_payment'],
  clawback_pending: ['approve', 'approve', 'publish_notice', 'pass_notice', 'start_payment', 'confirm_paid', 'open_clawback'],
  recovered: ['approve', 'approve', 'publish_notice', 'pass_notice', 'start_payment', 'confirm_paid', 'open_clawback', 'confirm_recovered'],
};

/** Days between one step and the next (a notice lasts at least 5 working days, A15). */
const GAP: Partial<Record<SkillSubsidyCaseEvent, readonly [number, number]>> = {
  approve: [1, 4],
  reject: [1, 4],
  notify_refusal: [1, 3],
  appeal: [2, 20],
  withdraw: [1, 10],
  publish_notice: [1, 12],
  pass_notice: [7, 9],
  uphold_objection: [2, 6],
  start_payment: [1, 6],
  confirm_paid: [1, 5],
  fail_payment: [1, 5],
  open_clawback: [20, 90],
  confirm_recovered: [10, 40],
};

const REASONS: Partial<Record<SkillSubsidyCaseEvent, readonly string[]>> = {
  reject: ['申请时参保缴费月数不足', '证书等级不在补贴范围内', '存在欠缴记录'],
  appeal: ['缴费记录有误，已补缴，申请复核', '证书信息有误，申请复核'],
  withdraw: ['个人原因撤回申请', '信息填写有误，重新申请'],
  uphold_objection: ['公示期间收到实名异议，经核实申请人已离职'],
  fail_payment: ['账户已销户', '户名与账号不符', '账户冻结'],
  open_clawback: ['经核查，申请期间存在重复享受', '证书经核查为无效证书'],
};

// The proxy (代办人) of proxy applications: one made-up, valid ID number (GB 11643 check digit).
const PROXY_ID_NUMBER = `22010219800101123${idNumberCheckDigit('22010219800101123')}`;

const BANKS = ['中国工商银行', '中国农业银行', '中国银行', '中国建设银行', '吉林银行', '中国邮政储蓄银行'] as const;

/** Synthetic staff of a city: fixed ids per role, so that the same person "takes" every step of that role. */
function staffId(city: string, role: string, n = 0): string {
  const roleNo = { handler: 1, reviewer: 2, head: 3, finance: 4, finance2: 5 }[role] ?? 9;
  return `00000000-0000-4000-8${city.slice(0, 3)}-${city.slice(3)}0000000${roleNo}${n % 10}`;
}
const STAFF_NAMES: Readonly<Record<string, string>> = { handler: '经办人', reviewer: '复核人', head: '负责人', finance: '财务', finance2: '财务复核' };

/** What a synthetic id names: its own range of ids, so two kinds never share one. */
export const SYNTH_ID_KIND = { person: 1, case: 2, batch: 3, item: 4 } as const;

/**
 * The id of the n-th synthetic row of a kind: unique by construction (a PRNG stream with a 32-bit state would
 * repeat itself across a province's chunks), shaped as a version-4 UUID, and ascending with n so that the
 * primary-key index is filled in order. The seed's bits keep provinces of different seeds apart.
 */
export function synthUuid(seed: number, kind: number, n: number): string {
  const s = (seed >>> 0).toString(16).padStart(8, '0');
  const k = kind.toString(16).padStart(4, '0');
  return `${s}-${k}-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

const copy = (value: string | number | boolean | null | undefined): string => {
  if (value === null || value === undefined) return '\\N';
  const s = String(value);
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
};
const line = (values: (string | number | boolean | null | undefined)[]) => values.map(copy).join('\t') + '\n';

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const monthText = (index: number) => `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`;
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

interface StoredDeadline extends WorkflowDeadline {
  stoppedOn: string | null;
}

let calendar: WorkingDayCalendar | undefined;
const rulesCache = new Map<string, WorkflowRules | null>();
function rulesFor(region: string, basisDate: string): WorkflowRules | null {
  const key = `${region}|${basisDate}`;
  if (!rulesCache.has(key)) rulesCache.set(key, resolveSkillSubsidyCaseRules(region, basisDate));
  return rulesCache.get(key)!;
}

interface PendingItem {
  caseId: string;
  amountFen: number;
  payeeName: string;
  payeeKind: string;
  accountEnc: string;
  bankName: string;
  status: 'pending' | 'paid' | 'failed';
  failureReason: string | null;
  paidOn: string | null;
  city: string;
}

/**
 * The cases of one chunk's persons (stream `r`, separate from the registry's so that the registry of a chunk
 * is the same with or without cases). `rate` is cases per person (0.7 = seven cases for ten persons).
 */
export function buildCases(
  r: Random,
  persons: readonly CasePerson[],
  employers: ReadonlyMap<string, CaseEmployer>,
  options: { rate: number; asOf: string; chunkNo: number; seed: number },
  cipher: PersonalDataCipher,
): CaseRowsText {
  calendar ??= builtinWorkingDayCalendar();
  const text: Record<CaseTable, string> = { cases: '', case_steps: '', payment_batches: '', payment_items: '', grants: '' };
  const count: Record<CaseTable, number> = { cases: 0, case_steps: 0, payment_batches: 0, payment_items: 0, grants: 0 };
  const byStatus: CaseRowsText['byStatus'] = {};
  let certificates = '';
  let certificateCount = 0;
  const items: PendingItem[] = [];
  const lastDay = addDays(options.asOf, -1);
  const clamp = (d: string) => (d > lastDay ? lastDay : d);
  let caseNo = 0;
  let itemNo = 0;
  let batchSeq = 0;
  const whole = Math.floor(options.rate);
  const fraction = options.rate - whole;

  for (const p of persons) {
    const n = whole + (r.chance(fraction) ? 1 : 0);
    const taken = new Set(p.certificates.map((c) => `${c.occupation}|${c.level}`));
    for (let k = 0; k < n; k++) {
      // The certificate applied with: a new one, issued in the year before the application (A6).
      let occupation = OCCUPATIONS[r.weighted(OCCUPATIONS.map((_, i) => i), OCCUPATION_WEIGHTS)]!;
      let level = r.weighted(LEVELS, LEVEL_WEIGHTS);
      for (let tries = 0; taken.has(`${occupation}|${level}`) && tries < 20; tries++) {
        occupation = r.pick(OCCUPATIONS);
        level = r.pick(LEVELS);
      }
      if (taken.has(`${occupation}|${level}`)) continue;
      taken.add(`${occupation}|${level}`);
      const applicationDate = addDays(options.asOf, -r.int(15, 330));
      const issueDate = addDays(applicationDate, -r.int(5, 300));
      const kind: 'skill_level' | 'vocational_qualification' = r.chance(0.85) ? 'skill_level' : 'vocational_qualification';
      const certificateNo = `C${p.city}${issueDate.slice(2, 4)}${level}${String(p.index * 4 + k).padStart(10, '0')}`;
      const issuer = kind === 'skill_level' ? `${cityName(p.city)}职业技能鉴定指导中心` : '吉林省职业技能鉴定中心';
      certificates += line([certificateNo, p.personKey, kind, level, occupation, issueDate, issuer]);
      certificateCount++;

      // Facts as the API freezes them (A12): contributions up to the application month.
      const upTo = monthIndex(applicationDate);
      let paidMonths = 0;
      let inArrears = false;
      let latest: (typeof p.months)[number] | undefined;
      for (const m of p.months) {
        if (m.month > upTo) continue;
        if (m.status === 'paid') paidMonths++;
        else inArrears = true;
        if (!latest || m.month > latest.month) latest = m;
      }
      const heldCertificates = p.certificates.map((c) => ({ occupation: c.occupation, level: c.level }));
      const request = {
        regionCode: p.city,
        applicationDate,
        applicant: { contributionMonths: paidMonths, inArrears, deepPovertyArea: false, status: 'employed' as const },
        certificate: { kind, level, occupation, issueDate },
        priorGrants: [],
        heldCertificates,
      };
      const evaluation = evaluateSkillSubsidy(request);
      const policy = evaluation.policy;
      const rules = policy ? rulesFor(p.city, policy.basisDate) : null;
      if (!policy || !rules) continue;
      const employer = latest ? employers.get(latest.creditCode) : undefined;
      const contributions = { paidMonths, inArrears, latestCreditCode: latest?.creditCode ?? null, latestMonth: latest ? monthText(latest.month) : null };
      const facts = {
        request,
        person: { idNumberMasked: maskIdNumber(p.idNumber), name: p.name, sex: p.sex, birthDate: p.birthDate, regionCode: p.city, address: p.address },
        employer: employer ? { creditCode: employer.creditCode, name: employer.name, industry: employer.industry, address: employer.address } : null,
        contributions,
        certificate: { certificateNo, kind, level, occupation, issueDate, issuer, source: '本系统证书库（由证书登记数据导入）' },
        sources: { certificate: '本系统证书库（由证书登记数据导入）' },
      };

      const mix = evaluation.eligible ? ELIGIBLE_MIX : INELIGIBLE_MIX;
      let target = r.weighted(mix.map((m) => m[0]), mix.map((m) => m[1]));
      // A one-step chain (head only) has no intermediate `reviewing`.
      if (target === 'reviewing' && rules.approvalSteps.length < 2) target = 'submitted';
      const channelRoll = r.next();
      const channel = channelRoll < 0.55 ? 'online' : channelRoll < 0.8 ? 'counter' : channelRoll < 0.95 ? 'employer_batch' : 'proxy';
      const caseId = synthUuid(options.seed, SYNTH_ID_KIND.case, options.chunkNo * 10_000_000 + caseNo++);
      const applicant: WorkflowActor = { kind: 'applicant', applicantId: p.id };
      const handler = (role: string): WorkflowActor => ({ kind: 'staff', userId: staffId(p.city, role), roles: [role === 'finance2' ? 'finance' : role] });
      const opener: WorkflowActor =
        channel === 'online' ? applicant : channel === 'employer_batch' && latest ? { kind: 'employer', creditCode: latest.creditCode } : handler('handler');
      const openChannel = channel === 'employer_batch' && !latest ? 'counter' : channel;
      const opened = skillSubsidyCaseMachine.open({ applicantId: p.id, actor: opener }, { today: applicationDate, rules, calendar });
      if (!opened.ok) throw new Error(`synthetic case open refused: ${opened.message}`);
      const steps: WorkflowStep<SkillSubsidyCaseStatus, SkillSubsidyCaseEvent>[] = [opened.step];
      let deadlines: StoredDeadline[] = opened.deadlines.start.map((d) => ({ ...d, stoppedOn: null }));
      let status: SkillSubsidyCaseStatus = 'submitted';
      let on = applicationDate;
      let paidOn: string | null = null;
      let failure: string | null = null;
      let clawbackOn: string | null = null;
      let recoveredOn: string | null = null;
      // The approval chain is as long as the rule set says (A14): one `approve` per sign-off.
      const path = PATHS[target].flatMap((e, i, all) => (e === 'approve' ? (all[i - 1] === 'approve' ? [] : Array<SkillSubsidyCaseEvent>(target === 'reviewing' ? 1 : rules.approvalSteps.length).fill('approve')) : [e]));
      for (const event of path) {
        const gap = GAP[event] ?? [1, 3];
        on = clamp(addDays(on, r.int(gap[0], gap[1])));
        const reasons = REASONS[event];
        const reason = reasons ? r.pick(reasons) : null;
        const candidates: WorkflowActor[] =
          event === 'appeal' || event === 'withdraw'
            ? [applicant]
            : event === 'publish_notice' || event === 'pass_notice'
              ? [{ kind: 'system', job: event === 'pass_notice' ? 'notice-close' : 'notice-publish' }]
              : ['handler', 'reviewer', 'head', 'finance'].map(handler);
        let decided = false;
        for (const actor of candidates) {
          const d = skillSubsidyCaseMachine.decide({ status, applicantId: p.id, steps }, { type: event, reason }, actor, { today: on, rules, calendar });
          if (!d.ok) continue;
          steps.push(d.step);
          const stop = d.deadlines.stop;
          deadlines = [
            ...deadlines.map((x) => (x.stoppedOn === null && (stop === 'all' || stop.includes(x.kind)) ? { ...x, stoppedOn: on } : x)),
            ...d.deadlines.start.map((x) => ({ ...x, stoppedOn: null })),
          ];
          status = d.next;
          decided = true;
          break;
        }
        if (!decided) throw new Error(`synthetic case: no actor may ${event} from ${status}`);
        if (event === 'confirm_paid') paidOn = on;
        if (event === 'fail_payment') failure = reason;
        if (event === 'open_clawback') clawbackOn = on;
        if (event === 'confirm_recovered') recoveredOn = on;
      }
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      const running = deadlines.filter((d) => d.stoppedOn === null).at(-1);

      // The payee at submission (A12): the social-security card for most, a bank account for some.
      const payeeKind = r.chance(0.7) ? 'social_security_card' : 'bank_account';
      const bank = r.pick(BANKS);
      const bankName = `${bank}${cityName(p.city).replace(/(市|朝鲜族自治州)$/, '')}分行`;
      const account = (payeeKind === 'social_security_card' ? '6217' : '6222') + r.digits(15);
      const accountEnc = cipher.encrypt(account);
      let caseAccountEnc = accountEnc;
      if (status === 'payment_failed' && r.chance(0.6)) {
        // The handler corrected the payee after the failure (A16): the case holds the new account, the failed
        // item the old one. The others still wait for a correction.
        caseAccountEnc = cipher.encrypt((payeeKind === 'social_security_card' ? '6217' : '6222') + r.digits(15));
      }
      const proxy = openChannel === 'proxy';
      const createdBy =
        opener.kind === 'applicant' ? `applicant:${p.id}` : opener.kind === 'employer' ? `employer:${opener.creditCode}` : `staff:${(opener as { userId: string }).userId}`;
      text.cases += line([
        caseId, p.city, p.id, p.personKey, p.name, openChannel, certificateNo, kind, occupation, level,
        JSON.stringify(facts), JSON.stringify(evaluation), policy.ruleSetId, JSON.stringify(rules), policy.basisDate, applicationDate,
        evaluation.amountFen, status, JSON.stringify(deadlines), running?.kind ?? null, running?.due ?? null,
        createdBy, openChannel === 'employer_batch' ? latest?.creditCode ?? null : null,
        proxy ? '王代办' : null, proxy ? cipher.encrypt(PROXY_ID_NUMBER) : null,
        payeeKind, caseAccountEnc, bankName, `${applicationDate} 09:00:00+08`, `${on} 17:00:00+08`,
      ]);
      count.cases++;
      for (const s of steps) {
        const staffName = s.actor.kind === 'staff' ? `${cityName(p.city)}${STAFF_NAMES[s.actor.role ?? ''] ?? ''}（合成）` : null;
        text.case_steps += line([caseId, s.seq, s.event, s.from, s.to, s.on, s.actor.kind, s.actor.id, s.actor.role, staffName, s.round, s.approvalStep, s.reason, s.separated]);
        count.case_steps++;
      }
      if (['paying', 'paid', 'payment_failed', 'clawback_pending', 'recovered'].includes(status)) {
        items.push({
          caseId,
          amountFen: evaluation.amountFen,
          payeeName: p.name,
          payeeKind,
          accountEnc,
          bankName,
          status: status === 'paying' ? 'pending' : status === 'payment_failed' ? 'failed' : 'paid',
          failureReason: status === 'payment_failed' ? failure : null,
          paidOn,
          city: p.city,
        });
      }
      if (paidOn) {
        text.grants += line([
          caseId, p.personKey, p.city, occupation, level, kind, evaluation.amountFen, paidOn,
          recoveredOn, recoveredOn ? `追回完毕（${clawbackOn}立案）` : null,
        ]);
        count.grants++;
      }
    }
  }

  // Payment batches of the chunk: per city, one exported batch with the items still waiting for the bank and
  // one closed batch with the settled ones, each through the payment-batch machine (maker ≠ approver, D1).
  const groups = new Map<string, PendingItem[]>();
  for (const item of items) {
    const key = `${item.city}|${item.status === 'pending' ? 'P' : 'S'}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const [key, group] of groups) {
    const [city, kind] = key.split('|') as [string, 'P' | 'S'];
    const batchNo = `SYN${options.chunkNo}-${city}-${kind}`;
    const batchId = synthUuid(options.seed, SYNTH_ID_KIND.batch, options.chunkNo * 1_000 + batchSeq++);
    const day = clamp(addDays(options.asOf, -r.int(1, 20)));
    const maker: WorkflowActor = { kind: 'staff', userId: staffId(city, 'finance'), roles: ['finance'] };
    const approver: WorkflowActor = { kind: 'staff', userId: staffId(city, 'finance2'), roles: ['finance'] };
    const events: [PaymentBatchEvent, WorkflowActor][] = [[ 'approve', approver ], [ 'export', maker ]];
    if (kind === 'S') events.push(['import_result', maker], ['close', maker]);
    const opened = paymentBatchMachine.open({ applicantId: null, actor: maker }, { today: day, rules: PAYMENT_BATCH_RULES, calendar });
    if (!opened.ok) throw new Error(opened.message);
    const steps: WorkflowStep<PaymentBatchStatus, PaymentBatchEvent>[] = [opened.step];
    let status: PaymentBatchStatus = 'draft';
    for (const [event, actor] of events) {
      const d = paymentBatchMachine.decide({ status, applicantId: null, steps }, { type: event, reason: null }, actor, { today: day, rules: PAYMENT_BATCH_RULES, calendar });
      if (!d.ok) throw new Error(d.message);
      steps.push(d.step);
      status = d.next;
    }
    const total = group.reduce((s, i) => s + i.amountFen, 0);
    text.payment_batches += line([batchId, batchNo, city, status, JSON.stringify(steps), staffId(city, 'finance'), staffId(city, 'finance2'), group.length, total, `${day} 10:00:00+08`]);
    count.payment_batches++;
    group.forEach((item, i) => {
      text.payment_items += line([
        synthUuid(options.seed, SYNTH_ID_KIND.item, options.chunkNo * 10_000_000 + itemNo++), batchId, item.caseId, i + 1, itemReference(batchNo, i + 1), item.amountFen, item.payeeName, item.payeeKind, item.accountEnc,
        item.bankName, item.status, item.failureReason, item.paidOn,
      ]);
      count.payment_items++;
    });
  }
  return { text, count, certificates, certificateCount, byStatus };
}
