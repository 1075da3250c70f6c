// The skills-subsidy pre-check form: what the visitor typed → the calculator's request, with Chinese
// messages for every field a person can get wrong, and plain next steps for each refusal code.
import type { FieldError } from '../../api/http';
import type { SkillSubsidyEvaluationBody, SkillSubsidyEvaluation } from '../../api/policies';

export interface PrecheckForm {
  contributionMonths: string;
  inArrears: '' | 'yes' | 'no';
  status: '' | 'employed' | 'receiving_benefit';
  kind: '' | 'vocational_qualification' | 'skill_level';
  level: string;
  occupation: string;
  issueDate: string;
}

export type PrecheckField = keyof PrecheckForm;

export function emptyPrecheckForm(): PrecheckForm {
  return { contributionMonths: '', inArrears: '', status: '', kind: '', level: '', occupation: '', issueDate: '' };
}

/** A real calendar date written YYYY-MM-DD (the date input's value; typed by hand on old browsers). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Today in Asia/Shanghai: the date the API and the offices count in, whatever the phone's zone. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export type PrecheckValidation =
  | { ok: true; request: SkillSubsidyEvaluationBody }
  | { ok: false; errors: Partial<Record<PrecheckField, string>> };

export function validatePrecheck(form: PrecheckForm, regionCode: string, today: string): PrecheckValidation {
  const errors: Partial<Record<PrecheckField, string>> = {};
  const monthsText = form.contributionMonths.trim();
  const months = Number(monthsText);
  if (monthsText === '') errors.contributionMonths = '请填写累计缴纳失业保险费的月数';
  else if (!/^\d+$/.test(monthsText) || months > 1200) errors.contributionMonths = '请填写0到1200之间的整数月数';
  if (form.inArrears === '') errors.inArrears = '请选择目前是否欠缴失业保险费';
  if (form.status === '') errors.status = '请选择您目前的身份';
  if (form.kind === '') errors.kind = '请选择证书类别';
  const level = Number(form.level);
  if (!/^[1-5]$/.test(form.level)) errors.level = '请选择证书等级';
  const occupation = form.occupation.trim();
  if (occupation === '') errors.occupation = '请填写证书上的职业（工种）名称';
  else if (occupation.length > 100) errors.occupation = '职业（工种）名称不能超过100个字';
  if (form.issueDate === '') errors.issueDate = '请填写证书核发日期';
  else if (!isRealDate(form.issueDate)) errors.issueDate = '请按“年-月-日”填写真实的日期';
  else if (form.issueDate > today) errors.issueDate = '证书核发日期不能晚于今天';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      regionCode,
      applicationDate: today,
      applicant: {
        contributionMonths: months,
        inArrears: form.inArrears === 'yes',
        status: form.status as 'employed' | 'receiving_benefit',
      },
      certificate: {
        kind: form.kind as 'vocational_qualification' | 'skill_level',
        level,
        occupation,
        issueDate: form.issueDate,
      },
    },
  };
}

/** The API's 400 paths (`certificate.level`) → the form field that shows the message. */
const API_PATHS: Record<string, PrecheckField> = {
  'applicant.contributionMonths': 'contributionMonths',
  'applicant.inArrears': 'inArrears',
  'applicant.status': 'status',
  'certificate.kind': 'kind',
  'certificate.level': 'level',
  'certificate.occupation': 'occupation',
  'certificate.issueDate': 'issueDate',
  // The application date is today, set by the page; the API compares it with the issue date.
  applicationDate: 'issueDate',
};

export function mapApiErrors(errors: readonly FieldError[]): { fields: Partial<Record<PrecheckField, string>>; other: string[] } {
  const fields: Partial<Record<PrecheckField, string>> = {};
  const other: string[] = [];
  for (const error of errors) {
    const field = API_PATHS[error.path];
    if (field) fields[field] = fields[field] ? `${fields[field]}；${error.message}` : error.message;
    else other.push(error.message);
  }
  return { fields, other };
}

/** What a refused applicant can do about each reason (API.md reason codes), in plain words. */
const NEXT_STEPS: Record<string, string> = {
  REGION_NOT_COVERED: '本地区暂未配置此项政策，请向参保地人社部门咨询，或确认所选地区是否正确。',
  CONTRIBUTION_MONTHS_SHORT: '继续参保缴费，累计月数达到要求后再申请；证书仍需在申领期限内。',
  CONTRIBUTION_ARREARS: '请先补缴欠缴的失业保险费，再提出申请。',
  CERTIFICATE_TOO_EARLY: '这张证书取得时间早于政策开始执行的日期，不能申领；之后取得的新证书可以申请。',
  LEVEL_NOT_COVERED: '技能提升补贴只补贴初级、中级、高级证书。',
  APPLICATION_WINDOW_CLOSED: '这张证书已超过申领期限，不能再申请；以后取得新证书请在期限内尽早申请。',
  ALREADY_GRANTED: '同一职业同一等级的证书已经享受过补贴，不能重复申请。',
  LOWER_LEVEL_AFTER_HIGHER: '已享受或持有同一职业更高等级的证书，不能再申请较低等级。',
  YEARLY_LIMIT_REACHED: '今年的享受次数已用完，可在下一年度再申请。',
  STATUS_NOT_COVERED: '按当时的政策，您的身份不在补贴范围内，请向参保地人社部门咨询。',
};

export function nextSteps(result: Pick<SkillSubsidyEvaluation, 'eligible' | 'reasons' | 'applicationDeadline'>): string[] {
  if (result.eligible) {
    return [
      result.applicationDeadline
        ? `请在${result.applicationDeadline}前提出申请（证书核发之日起计算）。`
        : '请在申领期限内尽早提出申请。',
      '准备好本人身份证件、证书和社会保障卡（或本人银行账户），通过网上办理或到参保地经办机构窗口申请。',
      '经办机构审核、公示无异议后，补贴发放到本人账户。',
    ];
  }
  const steps = result.reasons.map((code) => NEXT_STEPS[code]).filter((s): s is string => s !== undefined);
  return steps.length > 0 ? steps : ['请向参保地人社部门咨询。'];
}
