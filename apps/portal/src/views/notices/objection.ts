// The public objection form (A15): anyone may object to a notice entry, leaving a name and a phone.
import { normalizeMobilePhone } from '@huimin/domain';
import type { ObjectionBody } from '../../api/applicant';

export interface ObjectionForm {
  contactName: string;
  contactPhone: string;
  content: string;
}
export type ObjectionField = keyof ObjectionForm;
export type ObjectionErrors = Partial<Record<ObjectionField, string>>;

export function emptyObjectionForm(): ObjectionForm {
  return { contactName: '', contactPhone: '', content: '' };
}

export function validateObjection(form: ObjectionForm): { ok: true; request: ObjectionBody } | { ok: false; errors: ObjectionErrors } {
  const errors: ObjectionErrors = {};
  const contactName = form.contactName.trim();
  if (contactName === '') errors.contactName = '请填写联系人姓名';
  else if (contactName.length > 50) errors.contactName = '联系人姓名不能超过50个字';
  const contactPhone = normalizeMobilePhone(form.contactPhone);
  if (form.contactPhone.trim() === '') errors.contactPhone = '请填写联系手机号';
  else if (!contactPhone) errors.contactPhone = '手机号码应为11位中国大陆手机号';
  const content = form.content.trim();
  if (content.length < 5) errors.content = '请写明异议的理由，至少5个字';
  else if (content.length > 2000) errors.content = '异议内容不能超过2000个字';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request: { contactName, contactPhone: contactPhone as string, content } };
}

export function objectionFieldOf(path: string): ObjectionField | null {
  return path === 'contactName' || path === 'contactPhone' || path === 'content' ? path : null;
}
