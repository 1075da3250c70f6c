// Applying for the skills subsidy online: the preview evaluation of each of the person's
// certificates, the payee and phone checks, and the idempotency key that makes a double tap one case.
import { checkBankCard, normalizeMobilePhone } from '@huimin/domain';
import type { ApplicationBody, MyCertificate, Payee } from '../../api/applicant';
import type { SkillSubsidyCheck, SkillSubsidyEvaluationBody } from '../../api/policies';

export interface ApplyForm {
  certificateNo: string;
  payeeKind: '' | Payee['kind'];
  accountNo: string;
  bankName: string;
  /** Empty: the phone on the registry record is used. */
  phone: string;
  declared: boolean;
}

export type ApplyField = keyof ApplyForm;
export type ApplyErrors = Partial<Record<ApplyField, string>>;

export function emptyApplyForm(): ApplyForm {
  return { certificateNo: '', payeeKind: 'social_security_card', accountNo: '', bankName: '', phone: '', declared: false };
}

/** The Luhn warning (a warning only: some real debit cards fail it). */
export function accountWarning(accountNo: string): string {
  const r = checkBankCard(accountNo);
  return r.ok && !r.luhnValid ? '卡号未通过校验位检查，部分银联借记卡属正常情况，请再核对一遍卡号。' : '';
}

export function validateApply(form: ApplyForm): { ok: true; request: ApplicationBody } | { ok: false; errors: ApplyErrors } {
  const errors: ApplyErrors = {};
  if (form.certificateNo === '') errors.certificateNo = '请选择要申请补贴的证书';
  if (form.payeeKind === '') errors.payeeKind = '请选择收款方式';
  const card = checkBankCard(form.accountNo);
  if (form.accountNo.trim() === '') errors.accountNo = form.payeeKind === 'bank_account' ? '请填写本人银行卡号' : '请填写社会保障卡的金融账号';
  else if (!card.ok) errors.accountNo = card.message;
  const bankName = form.bankName.trim();
  if (bankName === '') errors.bankName = '请填写开户银行';
  else if (bankName.length > 100) errors.bankName = '开户银行名称不能超过100个字';
  let phone: string | undefined;
  if (form.phone.trim() !== '') {
    phone = normalizeMobilePhone(form.phone) ?? undefined;
    if (!phone) errors.phone = '手机号码应为11位中国大陆手机号';
  }
  if (!form.declared) errors.declared = '请阅读并确认承诺';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      certificateNo: form.certificateNo,
      channel: 'online',
      payee: { kind: form.payeeKind as Payee['kind'], accountNo: card.value, bankName },
      ...(phone ? { phone } : {}),
    },
  };
}

/** The API's 400 paths → the apply form's fields. */
export function applyFieldOf(path: string): ApplyField | null {
  const map: Record<string, ApplyField> = {
    certificateNo: 'certificateNo',
    'payee.kind': 'payeeKind',
    'payee.accountNo': 'accountNo',
    'payee.bankName': 'bankName',
    phone: 'phone',
  };
  return map[path] ?? null;
}

export function randomKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * One Idempotency-Key per filled-in form: every submission of the same form (a double tap, a retry
 * after a lost answer) sends the same key, so the API makes one case. Changing what is asked for
 * (another certificate, another account) is a new request and gets a new key.
 */
export function createIdempotencyKeeper(generate: () => string = randomKey) {
  let key: string | null = null;
  let requestText = '';
  return {
    keyFor(request: ApplicationBody): string {
      const text = JSON.stringify(request);
      if (key === null || text !== requestText) {
        key = generate();
        requestText = text;
      }
      return key;
    },
  };
}

/**
 * The calculator's rules that depend on what only the registry knows (contribution months, arrears,
 * status, earlier grants); the preview leaves them to the submission, which reads the registry.
 */
const REGISTRY_RULES = new Set(['A1', 'A2', 'A7', 'E1.status', 'E1.yearly-limit']);

export function previewRequest(certificate: MyCertificate, all: readonly MyCertificate[], regionCode: string, today: string): SkillSubsidyEvaluationBody {
  return {
    regionCode,
    applicationDate: today,
    // Placeholders for the registry-side facts; their checks are not shown (see previewChecks).
    applicant: { contributionMonths: 1200, inArrears: false, status: 'employed' },
    certificate: { kind: certificate.kind, level: certificate.level, occupation: certificate.occupation, issueDate: certificate.issueDate },
    heldCertificates: all
      .filter((c) => c.certificateNo !== certificate.certificateNo)
      .map((c) => ({ occupation: c.occupation, level: c.level })),
  };
}

export function previewChecks(checks: readonly SkillSubsidyCheck[]): SkillSubsidyCheck[] {
  return checks.filter((c) => !REGISTRY_RULES.has(c.rule));
}

/** Eligible as far as the certificate goes: every certificate-side check passed. */
export function previewEligible(checks: readonly SkillSubsidyCheck[]): boolean {
  return previewChecks(checks).every((c) => c.passed);
}
