// Puts policy parameters into words for the 政策参数 page. Parameter names, notes and warnings come
// from the API in Chinese (they quote legal texts), so the values are worded in Chinese too: a
// translated value next to a Chinese label would read as a second, unofficial version of the rule.
import { formatFen, regionName } from '@huimin/domain';
import type { ParameterMark, PolicyInForce } from '../../api';

export const LEVEL_NAMES: Record<number, string> = {
  5: '初级（五级）',
  4: '中级（四级）',
  3: '高级（三级）',
  2: '技师（二级）',
  1: '高级技师（一级）',
};

const ENUM_WORDS: Record<string, Record<string, string>> = {
  arrearsRule: {
    not_a_condition: '欠费不作为申领条件',
    must_not_refuse: '不得以欠费为由拒绝申领',
    normal_contribution_required: '申请期间须正常缴费',
    no_arrears: '不得欠缴失业保险费',
  },
  coveredStatuses: { employed: '在职参保职工', receiving_benefit: '领取失业保险金人员' },
  noLowerLevelAfterHigher: {
    none: '不限制',
    subsidised: '已享受高等级补贴的，不再享受同职业低等级补贴',
    subsidised_or_held: '已享受或已持有同职业高等级证书的，不再享受低等级补贴',
  },
  approvalSteps: { handler: '经办人', reviewer: '复核人', head: '负责人' },
  nonEnterpriseRateClass: { by_size: '按单位规模', sme: '按中小微企业比例', large: '按大型企业比例' },
  screening: { application: '依申请办理', silent_screening: '免申即享（系统筛查后推送确认）' },
  paymentModes: { pay_as_verified: '核实一笔拨付一笔', pre_allocate_commit_settle: '预拨、承诺、清算' },
};

function words(key: string, code: unknown): string {
  return typeof code === 'string' ? (ENUM_WORDS[key]?.[code] ?? code) : String(code);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fen(value: unknown): string {
  return typeof value === 'number' && Number.isSafeInteger(value) ? `${formatFen(value)}元` : String(value);
}

/** {'5': 100000, '4': 150000, '3': 200000} → 初级（五级）1,000.00元；中级（四级）…, highest level number first. */
export function formatLevelAmounts(amounts: Record<string, unknown>): string {
  return Object.keys(amounts)
    .sort((a, b) => Number(b) - Number(a))
    .map((level) => `${LEVEL_NAMES[Number(level)] ?? `${level}级`}${fen(amounts[level])}`)
    .join('；');
}

function formatLayoffTest(test: Record<string, unknown>): string {
  if (test.kind === 'registered_rate') return '裁员率低于统筹地区城镇登记失业率';
  if (test.kind === 'national_target') return `裁员率不高于全国城镇调查失业率控制目标${String(test.thresholdPct)}%`;
  return JSON.stringify(test);
}

/** One parameter's value in words, the way a handler would say it to an applicant. */
export function formatParameter(key: string, value: unknown): string {
  if (value === null || value === undefined) return '无';
  if (typeof value === 'boolean') return value ? '是' : '否';

  switch (key) {
    case 'amountsFen':
      return isRecord(value) ? formatLevelAmounts(value) : String(value);
    case 'levelsCovered':
      return Array.isArray(value) ? value.map((level: number) => LEVEL_NAMES[level] ?? `${level}级`).join('、') : String(value);
    case 'approvalSteps':
      return Array.isArray(value) ? value.map((step) => words(key, step)).join(' → ') : String(value);
    case 'shortage': {
      if (!isRecord(value)) return String(value);
      const occupations = Array.isArray(value.occupations) ? (value.occupations as string[]) : [];
      const parts = [
        `目录：${String(value.documentNo)}`,
        occupations.length > 0 ? `${occupations.length}个职业（${occupations.join('、')}）` : '目录中的职业尚未载入',
      ];
      if (isRecord(value.amountsFen)) parts.push(`倾斜标准：${formatLevelAmounts(value.amountsFen)}`);
      else if (typeof value.upliftPct === 'number') parts.push(`在基本标准上提高${value.upliftPct}%`);
      if (typeof value.capPct === 'number') parts.push(`提高幅度不超过${value.capPct}%`);
      return parts.join('；');
    }
    case 'windowExtension':
      return isRecord(value)
        ? `${String(value.certificatesIssuedBefore)}前取得的证书可申领至${String(value.applicationsUntil)}（${String(value.documentNo)}）`
        : String(value);
    case 'statistics':
      return isRecord(value)
        ? `${value.period === 'quarterly' ? '按季度' : '按月'}报送，次月${String(value.dueDayOfFollowingMonth)}日前`
        : String(value);
    case 'durationTiers':
      return Array.isArray(value)
        ? value
            .filter(isRecord)
            .map((tier) =>
              tier.toMonths === null
                ? `缴费满${String(tier.fromMonths)}个月及以上：${String(tier.durationMonths)}个月`
                : `缴费满${String(tier.fromMonths)}个月不满${String(tier.toMonths)}个月：${String(tier.durationMonths)}个月`,
            )
            .join('；')
        : String(value);
    case 'layoffTestLarge':
    case 'layoffTestSme':
      return isRecord(value) ? formatLayoffTest(value) : String(value);
    case 'smallEnterprise':
      return isRecord(value)
        ? `参保职工${String(value.maxInsuredStaff)}人及以下的企业，裁员率不超过${String(value.maxLayoffPct)}%`
        : String(value);
    case 'addOn':
      return isRecord(value)
        ? `大型企业${String(value.refundPctLarge)}%，中小微企业${String(value.refundPctSme)}%（${String(value.documentNo)}）`
        : String(value);
  }

  if (Array.isArray(value)) return value.map((item) => words(key, item)).join('、');
  if (typeof value === 'string') return words(key, value);
  if (typeof value === 'number') {
    if (key.endsWith('Fen')) return fen(value);
    if (key.endsWith('WorkingDays')) return `${value}个工作日`;
    if (key.endsWith('Months')) return `${value}个月`;
    if (key.endsWith('Days')) return `${value}日`;
    if (key.includes('Pct')) return `${value}%`;
    if (key === 'yearlyLimit' || key.endsWith('PerYear')) return `${value}次`;
    return String(value);
  }
  return JSON.stringify(value);
}

export const MARK_TAG_TYPES: Record<ParameterMark, 'success' | 'warning' | 'danger'> = {
  confirmed: 'success',
  partial: 'warning',
  unconfirmed: 'danger',
};

export function isParameterMark(value: unknown): value is ParameterMark {
  return value === 'confirmed' || value === 'partial' || value === 'unconfirmed';
}

export interface ParameterRow {
  key: string;
  label: string;
  value: string;
  /** A parameter without a mark is shown as unconfirmed: not knowing where a number comes from is not knowing it. */
  mark: ParameterMark;
  /** Document number of the layer that set the value, when the API says which layer that was. */
  sourceDocument: string | null;
}

/** The rows of a rule set's parameter table, in the order of the API's label list. */
export function parameterRows(policy: PolicyInForce): ParameterRow[] {
  const layerDocuments = new Map(policy.layers.map((layer) => [layer.id, layer.documentNo]));
  const keys = [
    ...Object.keys(policy.parameterLabels),
    ...Object.keys(policy.params).filter((key) => !(key in policy.parameterLabels)),
  ].filter((key) => key in policy.params);
  return keys.map((key) => {
    const mark = policy.marks[key];
    const layerId = policy.paramLayers?.[key];
    return {
      key,
      label: policy.parameterLabels[key] ?? key,
      value: formatParameter(key, policy.params[key]),
      mark: isParameterMark(mark) ? mark : 'unconfirmed',
      sourceDocument: layerId === undefined ? null : (layerDocuments.get(layerId) ?? layerId),
    };
  });
}

/** 2017-01-01 起 / 2026-01-01 至 2026-12-31. */
export function formatPeriod(from: string, to: string | null): string {
  return to === null ? `${from} 起长期有效` : `${from} 至 ${to}`;
}

export function regionLabel(code: string): string {
  const name = regionName(code);
  return name ? `${name}（${code}）` : code;
}
