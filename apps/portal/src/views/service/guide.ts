// Turns the policy pack in force (GET /api/v1/policies) into the plain sentences of a 办事指南. Every
// sentence keeps the mark of the parameter it states, so the page can flag what is not confirmed.
// Nothing here is typed in by hand per region: a region without a pack gets no guide at all.
import type { ParameterMark, PolicyInForce } from '../../api/policies';

export interface GuideItem {
  /** Parameter the sentence states (for its mark). */
  key: string;
  text: string;
  mark: ParameterMark;
}

export interface AmountRow {
  level: number;
  levelName: string;
  amountFen: number;
  shortageFen: number | null;
}

export interface FlowStep {
  title: string;
  /** e.g. 5个工作日内; empty when the pack sets no time limit for the step. */
  detail: string;
}

export interface Guide {
  who: GuideItem[];
  amounts: GuideItem[];
  amountTable: AmountRow[];
  shortage: { occupations: string[]; documentNo: string; mark: ParameterMark } | null;
  deadlines: GuideItem[];
  steps: FlowStep[];
  documents: { documentNo: string; title: string; mark: ParameterMark; period: string }[];
  warnings: string[];
}

export const LEVEL_NAMES: Record<number, string> = {
  5: '初级（五级）',
  4: '中级（四级）',
  3: '高级（三级）',
  2: '技师（二级）',
  1: '高级技师（一级）',
};

/** 150000 → "1500元", 150050 → "1500.50元": whole yuan as people say them, no thousands separator. */
export function yuan(fen: number): string {
  const whole = Math.floor(fen / 100);
  const rest = fen % 100;
  return rest === 0 ? `${whole}元` : `${whole}.${String(rest).padStart(2, '0')}元`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function markOf(policy: PolicyInForce, key: string): ParameterMark {
  // A parameter without a mark is treated as unconfirmed rather than silently trusted.
  return policy.marks[key] ?? 'unconfirmed';
}

function item(policy: PolicyInForce, key: string, text: string): GuideItem {
  return { key, text, mark: markOf(policy, key) };
}

function documentsOf(policy: PolicyInForce): Guide['documents'] {
  return policy.layers.map((layer) => ({
    documentNo: layer.documentNo,
    title: layer.title,
    mark: layer.mark,
    period: layer.effectiveTo === null ? `${layer.effectiveFrom}起` : `${layer.effectiveFrom}至${layer.effectiveTo}`,
  }));
}

function skillSubsidyGuide(policy: PolicyInForce): Guide {
  const p = policy.params;
  const who: GuideItem[] = [];
  const months = num(p.minContributionMonths);
  if (months !== null) who.push(item(policy, 'minContributionMonths', `累计缴纳失业保险费满${months}个月（含）`));
  const poverty = num(p.deepPovertyMinContributionMonths);
  if (poverty !== null && poverty !== months) {
    who.push(item(policy, 'deepPovertyMinContributionMonths', `深度贫困地区的参保职工累计缴费满${poverty}个月`));
  }
  if (Array.isArray(p.coveredStatuses)) {
    const names = p.coveredStatuses.map((s) => (s === 'receiving_benefit' ? '正在领取失业保险金的人员（在领取期间取得证书）' : '在职参保职工'));
    who.push(item(policy, 'coveredStatuses', `适用人群：${names.join('；')}`));
  }
  const arrears: Record<string, string> = {
    no_arrears: '申请时不得欠缴失业保险费',
    normal_contribution_required: '申请期间应正常缴纳失业保险费',
    must_not_refuse: '单位欠缴失业保险费不影响个人申请',
  };
  if (typeof p.arrearsRule === 'string' && arrears[p.arrearsRule]) {
    who.push(item(policy, 'arrearsRule', arrears[p.arrearsRule]!));
  }
  if (typeof p.earliestCertificateDate === 'string') {
    who.push(item(policy, 'earliestCertificateDate', `${p.earliestCertificateDate}以后取得职业资格证书或职业技能等级证书`));
  }
  if (Array.isArray(p.levelsCovered)) {
    const levels = [...(p.levelsCovered as number[])].sort((a, b) => b - a).map((l) => LEVEL_NAMES[l] ?? `${l}级`);
    who.push(item(policy, 'levelsCovered', `证书等级：${levels.join('、')}；技师、高级技师证书不在补贴范围内`));
  }
  const window = num(p.applicationWindowMonths);
  if (window !== null) who.push(item(policy, 'applicationWindowMonths', `自证书核发之日起${window}个月内申请`));
  if (isRecord(p.windowExtension)) {
    const ext = p.windowExtension;
    who.push(
      item(
        policy,
        'windowExtension',
        `${String(ext.certificatesIssuedBefore)}前取得的证书，可申请至${String(ext.applicationsUntil)}（${String(ext.documentNo)}）`,
      ),
    );
  }
  if (p.oncePerOccupationLevel === true) {
    who.push(item(policy, 'oncePerOccupationLevel', '同一职业（工种）同一等级只能享受一次'));
  }
  const yearly = num(p.yearlyLimit);
  if (yearly !== null) {
    const extra = num(p.shortageExtraGrantsPerYear) ?? 0;
    who.push(
      item(
        policy,
        'yearlyLimit',
        extra > 0 ? `每人每年最多享受${yearly}次，紧缺职业证书可再增加${extra}次` : `每人每年最多享受${yearly}次`,
      ),
    );
  }
  if (p.noLowerLevelAfterHigher === 'subsidised') {
    who.push(item(policy, 'noLowerLevelAfterHigher', '已享受同一职业较高等级补贴的，不能再申请较低等级'));
  } else if (p.noLowerLevelAfterHigher === 'subsidised_or_held') {
    who.push(item(policy, 'noLowerLevelAfterHigher', '已持有或已享受同一职业较高等级证书的，不能再申请较低等级'));
  }

  const amountTable: AmountRow[] = [];
  const amounts: GuideItem[] = [];
  let shortage: Guide['shortage'] = null;
  const shortageParam = isRecord(p.shortage) ? p.shortage : null;
  const shortageAmounts = shortageParam && isRecord(shortageParam.amountsFen) ? shortageParam.amountsFen : null;
  if (isRecord(p.amountsFen)) {
    const covered = Array.isArray(p.levelsCovered) ? (p.levelsCovered as number[]) : null;
    for (const level of Object.keys(p.amountsFen).map(Number).sort((a, b) => b - a)) {
      if (covered && !covered.includes(level)) continue;
      const amount = num(p.amountsFen[String(level)]);
      if (amount === null) continue;
      amountTable.push({
        level,
        levelName: LEVEL_NAMES[level] ?? `${level}级`,
        amountFen: amount,
        shortageFen: shortageAmounts ? num(shortageAmounts[String(level)]) : null,
      });
    }
    amounts.push(item(policy, 'amountsFen', '按证书等级一次性发放，以下为最高标准'));
  }
  if (shortageParam) {
    const occupations = Array.isArray(shortageParam.occupations) ? (shortageParam.occupations as string[]) : [];
    const upliftPct = num(shortageParam.upliftPct);
    const capPct = num(shortageParam.capPct);
    if (!shortageAmounts && upliftPct !== null) {
      amounts.push(item(policy, 'shortage', `紧缺急需职业在上述标准上提高${upliftPct}%`));
    } else if (!shortageAmounts && capPct !== null) {
      amounts.push(item(policy, 'shortage', `紧缺急需职业可适当提高标准，提高幅度不超过${capPct}%`));
    }
    shortage = { occupations, documentNo: String(shortageParam.documentNo ?? ''), mark: markOf(policy, 'shortage') };
  }

  const deadlines: GuideItem[] = [];
  const review = num(p.reviewWorkingDays);
  const notice = num(p.noticeMinWorkingDays);
  const payment = num(p.paymentWorkingDays);
  if (review !== null) deadlines.push(item(policy, 'reviewWorkingDays', `经办机构受理后${review}个工作日内审核完毕`));
  if (notice !== null) deadlines.push(item(policy, 'noticeMinWorkingDays', `审核通过的名单公示不少于${notice}个工作日`));
  if (payment !== null) deadlines.push(item(policy, 'paymentWorkingDays', `公示无异议后${payment}个工作日内发放到本人账户`));

  return {
    who,
    amounts,
    amountTable,
    shortage,
    deadlines,
    steps: [
      { title: '提交申请', detail: '网上或窗口' },
      { title: '审核', detail: review !== null ? `${review}个工作日内` : '' },
      { title: '公示', detail: notice !== null ? `不少于${notice}个工作日` : '' },
      { title: '发放', detail: payment !== null ? `${payment}个工作日内到账` : '' },
    ],
    documents: documentsOf(policy),
    warnings: policy.warnings,
  };
}

function unemploymentBenefitGuide(policy: PolicyInForce): Guide {
  const p = policy.params;
  const who: GuideItem[] = [];
  const months = num(p.minContributionMonths);
  if (months !== null) who.push(item(policy, 'minContributionMonths', `失业前累计缴纳失业保险费满${months}个月`));
  who.push({ key: '', text: '非本人意愿中断就业，已办理失业登记并有求职要求', mark: 'confirmed' });
  const extension = num(p.extensionToRetirementWithinMonths);
  if (extension !== null) {
    who.push(item(policy, 'extensionToRetirementWithinMonths', `领取期满时距法定退休年龄不足${extension}个月的，可继续领取至法定退休年龄`));
  }
  const amounts: GuideItem[] = [];
  const standard = num(p.monthlyStandardFen);
  if (standard !== null) {
    const label = typeof p.monthlyStandardLabel === 'string' ? `（${p.monthlyStandardLabel}）` : '';
    amounts.push(item(policy, 'monthlyStandardFen', `每月${yuan(standard)}${label}`));
  }
  if (Array.isArray(p.durationTiers)) {
    const tiers = p.durationTiers.filter(isRecord).map((tier) =>
      tier.toMonths === null
        ? `缴费满${String(tier.fromMonths)}个月及以上，最长领取${String(tier.durationMonths)}个月`
        : `缴费满${String(tier.fromMonths)}个月不满${String(tier.toMonths)}个月，最长领取${String(tier.durationMonths)}个月`,
    );
    for (const text of tiers) amounts.push(item(policy, 'durationTiers', text));
  }
  const cap = num(p.maxTotalDurationMonths);
  if (cap !== null) amounts.push(item(policy, 'maxTotalDurationMonths', `重新就业后再次失业的，累计领取不超过${cap}个月`));
  const deadlines: GuideItem[] = [];
  const claim = num(p.claimDeadlineDays);
  if (claim !== null) deadlines.push(item(policy, 'claimDeadlineDays', `请在失业后${claim}日内申领（逾期申领不影响领取资格）`));
  return {
    who,
    amounts,
    amountTable: [],
    shortage: null,
    deadlines,
    steps: [
      { title: '失业登记', detail: '' },
      { title: '提交申请', detail: '网上或窗口' },
      { title: '审核', detail: '' },
      { title: '按月发放', detail: '' },
    ],
    documents: documentsOf(policy),
    warnings: policy.warnings,
  };
}

function layoffText(test: unknown): string | null {
  if (!isRecord(test)) return null;
  if (test.kind === 'registered_rate') return '上年度裁员率低于统筹地区城镇登记失业率';
  if (test.kind === 'national_target') return `上年度裁员率不高于${String(test.thresholdPct)}%`;
  return null;
}

function jobStabilizationGuide(policy: PolicyInForce): Guide {
  const p = policy.params;
  const who: GuideItem[] = [];
  const sme = layoffText(p.layoffTestSme);
  const large = layoffText(p.layoffTestLarge);
  if (sme) who.push(item(policy, 'layoffTestSme', `中小微企业：${sme}`));
  if (large) who.push(item(policy, 'layoffTestLarge', `大型企业：${large}`));
  if (isRecord(p.smallEnterprise)) {
    who.push(
      item(
        policy,
        'smallEnterprise',
        `参保职工${String(p.smallEnterprise.maxInsuredStaff)}人及以下的企业，裁员率不超过${String(p.smallEnterprise.maxLayoffPct)}%`,
      ),
    );
  }
  const fullyPaid = num(p.minFullyPaidMonths);
  if (fullyPaid !== null) who.push(item(policy, 'minFullyPaidMonths', `足额缴纳失业保险费满${fullyPaid}个月`));
  if (p.excludeDishonest === true) who.push(item(policy, 'excludeDishonest', '严重失信主体不予返还'));
  if (p.excludeZombie === true) who.push(item(policy, 'excludeZombie', '僵尸企业不予返还'));
  const amounts: GuideItem[] = [];
  const smePct = num(p.refundPctSme);
  const largePct = num(p.refundPctLarge);
  if (smePct !== null) amounts.push(item(policy, 'refundPctSme', `中小微企业：返还上年度实际缴纳失业保险费的${smePct}%`));
  if (largePct !== null) amounts.push(item(policy, 'refundPctLarge', `大型企业：返还上年度实际缴纳失业保险费的${largePct}%`));
  if (p.applyAddOn === true && isRecord(p.addOn)) {
    amounts.push(
      item(policy, 'addOn', `本地区实施加码：大型企业${String(p.addOn.refundPctLarge)}%，中小微企业${String(p.addOn.refundPctSme)}%`),
    );
  }
  const silent = p.screening === 'silent_screening';
  const deadlines: GuideItem[] = [];
  if (silent) deadlines.push(item(policy, 'screening', '免申即享：经办机构筛查符合条件的企业并推送确认，企业无需提交申请'));
  return {
    who,
    amounts,
    amountTable: [],
    shortage: null,
    deadlines,
    steps: silent
      ? [
          { title: '系统筛查', detail: '' },
          { title: '企业确认', detail: '' },
          { title: '公示', detail: '' },
          { title: '返还', detail: '' },
        ]
      : [
          { title: '企业申请', detail: '' },
          { title: '审核', detail: '' },
          { title: '公示', detail: '' },
          { title: '返还', detail: '' },
        ],
    documents: documentsOf(policy),
    warnings: policy.warnings,
  };
}

export function buildGuide(policy: PolicyInForce): Guide {
  switch (policy.program) {
    case 'skill-subsidy':
      return skillSubsidyGuide(policy);
    case 'unemployment-benefit':
      return unemploymentBenefitGuide(policy);
    case 'job-stabilization':
      return jobStabilizationGuide(policy);
  }
}

/** Channels the platform takes applications through (API.md: online, counter, employer batch, proxy). */
export const CHANNELS: Record<string, string[]> = {
  'skill-subsidy': ['网上办理：本网站或手机端', '窗口办理：参保地社会保险经办机构', '单位集中申请：由所在单位批量提交', '委托代办：委托他人持双方身份证件办理'],
  'unemployment-benefit': ['网上办理：本网站或手机端', '窗口办理：参保地社会保险经办机构'],
  'job-stabilization': ['免申即享：经办机构主动推送，企业确认即可', '窗口办理：参保地社会保险经办机构'],
};
