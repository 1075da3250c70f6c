// A case in plain words: where it is, who acts next and by when, and each past step as a sentence.
import type { SkillSubsidyCaseStatus } from '@huimin/domain';
import type { CaseDeadline, CaseDetail, CaseStep, CaseSummary } from '../../api/applicant';

export interface CaseWhere {
  /** One sentence: where the case is. */
  now: string;
  /** Who acts next (经办机构 / 您 / nobody). */
  next: string;
  /** "请在…前" / "…前办结", or '' when nothing is due. */
  due: string;
  tone: 'progress' | 'good' | 'bad' | 'done';
}

const WHERE: Record<SkillSubsidyCaseStatus, Omit<CaseWhere, 'due'>> = {
  submitted: { now: '申请已提交，等待经办机构审核', next: '经办机构审核', tone: 'progress' },
  reviewing: { now: '经办机构正在审核（已完成初审，等待复核）', next: '经办机构复核', tone: 'progress' },
  approved: { now: '审核通过，等待列入公示名单', next: '经办机构公示', tone: 'good' },
  rejected: { now: '审核未通过', next: '如对结果有异议，您可以申请复核（限一次）', tone: 'bad' },
  appealed: { now: '您已申请复核，经办机构正在重新审核', next: '经办机构复核', tone: 'progress' },
  in_notice: { now: '正在公示，公示期满无异议后发放', next: '公示期内任何人可提出异议', tone: 'good' },
  notice_passed: { now: '公示期满无异议，等待发放', next: '经办机构发放补贴', tone: 'good' },
  cancelled: { now: '补贴资格已取消', next: '无需办理', tone: 'bad' },
  paying: { now: '补贴正在发放到您的账户', next: '银行到账', tone: 'good' },
  paid: { now: '补贴已发放到您的账户', next: '已办结', tone: 'done' },
  payment_failed: { now: '补贴发放失败（常见原因：账号有误或账户状态异常）', next: '经办机构将与您联系核对账户', tone: 'bad' },
  clawback_pending: { now: '经核查需追回已发放的补贴', next: '请按经办机构通知退回', tone: 'bad' },
  recovered: { now: '补贴已追回', next: '已办结', tone: 'done' },
  withdrawn: { now: '您已撤回申请', next: '已办结', tone: 'done' },
};

const DUE: Record<NonNullable<CaseSummary['dueKind']>, (date: string) => string> = {
  review: (date) => `经办机构应在${date}前审核完毕`,
  refusal_notice: (date) => `经办机构应在${date}前告知未通过的理由`,
  payment: (date) => `经办机构应在${date}前发放到账`,
};

export function describeCase(c: Pick<CaseSummary, 'status' | 'dueKind' | 'dueOn' | 'overdue'>): CaseWhere {
  const where = WHERE[c.status] ?? { now: c.status, next: '', tone: 'progress' as const };
  let due = c.dueKind && c.dueOn ? DUE[c.dueKind](c.dueOn) : '';
  if (due && c.overdue) due += '（已超期，可拨打12333或向参保地经办机构反映）';
  return { ...where, due };
}

const ROLE: Record<string, string> = { handler: '经办人', reviewer: '复核人', head: '负责人', finance: '财务人员' };

/** A past step as one sentence, in the order it happened. */
export function describeStep(step: CaseStep): string {
  const who = step.actorKind === 'applicant' ? '您' : step.actorKind === 'employer' ? '您的单位' : step.actorKind === 'system' ? '系统' : step.role ? `经办机构${ROLE[step.role] ?? ''}` : '经办机构';
  switch (step.event) {
    case 'submit':
      return `${who}提交了申请`;
    case 'approve':
      return step.to === 'approved' ? `${who}审核通过` : `${who}初审通过，转交复核`;
    case 'reject':
      return `${who}审核不通过`;
    case 'notify_refusal':
      return '经办机构告知了未通过的理由';
    case 'appeal':
      return '您申请了复核';
    case 'withdraw':
      return '您撤回了申请';
    case 'publish_notice':
      return '列入公示名单，开始公示';
    case 'dismiss_objection':
      return '公示期间的异议经核查不成立';
    case 'uphold_objection':
      return '公示期间的异议经核查成立，取消补贴资格';
    case 'pass_notice':
      return '公示期满无异议';
    case 'cancel':
      return '补贴资格被取消';
    case 'start_payment':
      return '开始发放补贴';
    case 'confirm_paid':
      return '补贴已到账';
    case 'fail_payment':
      return '补贴发放失败';
    case 'open_clawback':
      return '开始追回补贴';
    case 'confirm_recovered':
      return '补贴已追回';
    case 'write_off_clawback':
      return '追回事项已核销';
    default:
      return `${who}办理了“${step.event}”`;
  }
}

/** Refusal reasons the person must see: the reasons of every reject (and upheld objection) step. */
export function refusalReasons(detail: Pick<CaseDetail, 'steps'>): string[] {
  return detail.steps
    .filter((s) => (s.event === 'reject' || s.event === 'uphold_objection' || s.event === 'cancel') && s.reason)
    .map((s) => s.reason as string);
}

/** Deadlines still running, in words. */
export function runningDeadlines(deadlines: readonly CaseDeadline[]): string[] {
  return deadlines.filter((d) => d.stoppedOn === null).map((d) => `${d.label}：${d.due}（${d.workingDays}个工作日）`);
}

export function canAppeal(detail: Pick<CaseDetail, 'allowedActions'>): boolean {
  return detail.allowedActions.some((a) => a.event === 'appeal');
}

export function canWithdraw(detail: Pick<CaseDetail, 'allowedActions'>): boolean {
  return detail.allowedActions.some((a) => a.event === 'withdraw');
}
