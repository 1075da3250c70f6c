// The counter application form as plain data and functions: client-side checks with the shared validators
// (the API checks again), the request body, one Idempotency-Key per form, and which of the applicant's
// certificates the preview lets the handler pick.
import { checkBankCard, idNumberSchema, normalizeMobilePhone } from '@huimin/domain';
import type { ApplicationBody, PayeeKind } from '../../api';
import type { PreviewCertificate } from '../../api/counter';

/** The counter's submission: a counter or proxy application entered by a handler. */
export type CounterApplicationBody = ApplicationBody & { channel: 'counter' | 'proxy' };

export interface CounterForm {
  idNumber: string;
  certificateNo: string;
  payeeKind: PayeeKind;
  accountNo: string;
  bankName: string;
  phone: string;
  byProxy: boolean;
  proxyName: string;
  proxyIdNumber: string;
}

export function emptyCounterForm(): CounterForm {
  return {
    idNumber: '',
    certificateNo: '',
    payeeKind: 'social_security_card',
    accountNo: '',
    bankName: '',
    phone: '',
    byProxy: false,
    proxyName: '',
    proxyIdNumber: '',
  };
}

/** Field paths as the API names them, so its 400 errors land on the same fields. */
export type CounterField = 'idNumber' | 'certificateNo' | 'payee.accountNo' | 'payee.bankName' | 'phone' | 'proxy.name' | 'proxy.idNumber';

export type CounterCheck =
  | { ok: true; body: CounterApplicationBody; warnings: Partial<Record<CounterField, string>> }
  | { ok: false; errors: Partial<Record<CounterField, string>>; warnings: Partial<Record<CounterField, string>> };

/** Only the ID number, before the preview: the API's own schema (GB 11643 check character), upper-cased. */
export function checkIdNumber(input: string): { ok: true; value: string } | { ok: false; message: string } {
  if (input.trim() === '') return { ok: false, message: '请输入申请人身份证号' };
  const parsed = idNumberSchema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? '身份证号无效' };
}

/**
 * A certificate can be picked unless a case already holds its occupation × level (A7, A11: one open or granted
 * case each; the API would refuse a second one). An ineligible one can be picked: the applicant may still apply
 * and gets a decision with its reasons (D4); the page says so before submitting.
 */
export function isPickable(certificate: Pick<PreviewCertificate, 'existingCase'>): boolean {
  return certificate.existingCase === null;
}

/** The certificate to pre-select: the only eligible, pickable one, if there is exactly one. */
export function defaultPick(certificates: readonly PreviewCertificate[]): string {
  const eligible = certificates.filter((c) => isPickable(c) && c.evaluation.eligible);
  return eligible.length === 1 ? eligible[0]!.certificateNo : '';
}

/**
 * Checks the whole form. A Luhn failure is a warning, never an error (E6: some real cards fail it); the
 * account number of a social security card is its bank account, so both kinds get the same check.
 */
export function checkCounterForm(form: CounterForm): CounterCheck {
  const errors: Partial<Record<CounterField, string>> = {};
  const warnings: Partial<Record<CounterField, string>> = {};

  const id = checkIdNumber(form.idNumber);
  if (!id.ok) errors.idNumber = id.message;

  const certificateNo = form.certificateNo.trim();
  // The number is picked from the registry's certificates, so only the API's own limit applies.
  if (certificateNo === '') errors.certificateNo = '请选择要申请补贴的证书';
  else if (certificateNo.length > 40) errors.certificateNo = '证书编号过长';

  const card = checkBankCard(form.accountNo);
  if (form.accountNo.trim() === '') errors['payee.accountNo'] = '请填写收款账号';
  else if (!card.ok) errors['payee.accountNo'] = card.message;
  else if (card.warning) warnings['payee.accountNo'] = card.warning;

  const bankName = form.bankName.trim();
  if (bankName === '') errors['payee.bankName'] = '请填写开户银行';
  else if (bankName.length > 100) errors['payee.bankName'] = '开户银行名称过长';

  let phone: string | undefined;
  if (form.phone.trim() !== '') {
    const normalized = normalizeMobilePhone(form.phone);
    if (normalized === null) errors.phone = '手机号码应为11位中国大陆手机号';
    else phone = normalized;
  }

  let proxy: CounterApplicationBody['proxy'];
  if (form.byProxy) {
    const name = form.proxyName.trim();
    if (name === '') errors['proxy.name'] = '请填写代办人姓名';
    else if (name.length > 50) errors['proxy.name'] = '姓名过长';
    const proxyId = checkIdNumber(form.proxyIdNumber);
    if (!proxyId.ok) errors['proxy.idNumber'] = form.proxyIdNumber.trim() === '' ? '请填写代办人身份证号' : proxyId.message;
    else if (id.ok && proxyId.value === id.value) errors['proxy.idNumber'] = '代办人不能是申请人本人';
    if (name !== '' && proxyId.ok) proxy = { name, idNumber: proxyId.value };
  }

  if (Object.keys(errors).length > 0 || !id.ok || !card.ok) return { ok: false, errors, warnings };
  const body: CounterApplicationBody = {
    idNumber: id.value,
    certificateNo,
    channel: form.byProxy ? 'proxy' : 'counter',
    payee: { kind: form.payeeKind, accountNo: card.value, bankName },
  };
  if (phone) body.phone = phone;
  if (proxy) body.proxy = proxy;
  return { ok: true, body, warnings };
}

/** A fresh Idempotency-Key (API.md: 1–128 visible ASCII characters). One per form: a double click sends it twice. */
export function newIdempotencyKey(random: () => string = () => globalThis.crypto.randomUUID()): string {
  return `counter-${random()}`;
}
