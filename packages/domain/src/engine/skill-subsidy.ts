import type { IsoDate } from '../dates/index.js';
import { defaultPolicyRegistry, type ResolvedRuleSet, type SkillSubsidyParams } from '../policies/index.js';
import { addMonthsFast } from './fast-dates.js';
import type { SkillSubsidyReasonCode } from './reason-codes.js';
import type { SkillSubsidyEvaluationInput } from './requests.js';
import { levelName, yuanText } from './text.js';
import type { EvaluationCheck, EvaluationOptions, EvaluationPolicy, SkillSubsidyEvaluation } from './types.js';
import { addCheck } from './checks.js';

type Check = EvaluationCheck<SkillSubsidyReasonCode>;

/** What a rule set becomes once, for fast evaluation (cached per resolved rule set). */
interface Compiled {
  p: Readonly<SkillSubsidyParams>;
  policy: Omit<EvaluationPolicy, 'basisDate'>;
  /** Base amount by level number (index 0–5); 0 = level not covered. */
  base: number[];
  covered: boolean[];
  shortage: Set<string> | null;
  /** Shortage amount by level number. */
  shortageAmount: number[];
  coversEmployed: boolean;
  coversReceiving: boolean;
  /** Document that set each parameter, for messages. */
  doc: Record<string, string>;
  warnings: readonly string[];
  levelsText: string;
}

const cache = new WeakMap<ResolvedRuleSet, Compiled>();

function compile(rs: ResolvedRuleSet<'skill-subsidy'>): Compiled {
  let c = cache.get(rs);
  if (c) return c;
  const p = rs.params;
  const base = [0, 0, 0, 0, 0, 0];
  const covered = [false, false, false, false, false, false];
  const shortageAmount = [0, 0, 0, 0, 0, 0];
  for (const level of p.levelsCovered) {
    covered[level] = true;
    const amount = p.amountsFen[String(level) as '5' | '4' | '3'];
    base[level] = amount;
    const s = p.shortage;
    // A9: fixed shortage amounts (Jilin) or base + uplift; the cap (Inner Mongolia) is enforced at load.
    shortageAmount[level] = !s
      ? amount
      : s.amountsFen
        ? s.amountsFen[String(level) as '5' | '4' | '3']
        : Math.floor((amount * (100 + (s.upliftPct ?? 0))) / 100);
  }
  const doc: Record<string, string> = {};
  const docById = new Map(rs.layers.map((l) => [l.id, l.documentNo]));
  for (const [k, id] of Object.entries(rs.paramLayers)) doc[k] = docById.get(id) ?? '';
  c = {
    p,
    policy: Object.freeze({
      id: rs.id,
      source: rs.source,
      basis: rs.basis,
      ruleSetId: rs.ruleSetId,
      sources: rs.sources,
      layers: rs.layers,
      marks: rs.marks,
    }),
    base,
    covered,
    shortage: p.shortage && p.shortage.occupations.length > 0 ? new Set(p.shortage.occupations) : null,
    shortageAmount,
    coversEmployed: p.coveredStatuses.includes('employed'),
    coversReceiving: p.coveredStatuses.includes('receiving_benefit'),
    doc,
    warnings: Object.freeze([...rs.warnings]),
    levelsText: [...p.levelsCovered].sort((a, b) => b - a).map(levelName).join('、'),
  };
  cache.set(rs, c);
  return c;
}

const add = addCheck<SkillSubsidyReasonCode>;

function notCovered(regionCode: string, date: IsoDate, trace: boolean): SkillSubsidyEvaluation {
  return {
    eligible: false,
    amountFen: 0,
    applicationDeadline: null,
    policy: null,
    checks: [
      {
        rule: 'E1',
        passed: false,
        message: trace ? `地区${regionCode}在${date}没有适用的技能提升补贴政策包` : '',
        code: 'REGION_NOT_COVERED',
      },
    ],
    reasons: ['REGION_NOT_COVERED'],
    warnings: [],
  };
}

/**
 * Skills-upgrade subsidy (POLICY.md A1–A10 with the national rule sets of E1). Picks the rule set in force on
 * the basis date (per province; default the certificate issue date), runs every check and returns the
 * decision, the amount, the application deadline, the rule set and one check per rule.
 */
export function evaluateSkillSubsidy(req: SkillSubsidyEvaluationInput, options?: EvaluationOptions): SkillSubsidyEvaluation {
  const trace = options?.trace !== false;
  const registry = options?.registry ?? defaultPolicyRegistry();
  const region = req.regionCode;
  const cert = req.certificate;
  const applicant = req.applicant;
  const applicationDate = req.applicationDate;
  const basis = registry.basisFor('skill-subsidy', region);
  const basisDate = basis === 'application_date' ? applicationDate : cert.issueDate;
  let rs = registry.resolve('skill-subsidy', region, basisDate);
  if (rs === null) {
    // A certificate older than every rule set of a covered region is judged by the first one, whose A3 says why.
    const first = registry.firstCoveredDate('skill-subsidy', region);
    if (first !== null && basisDate < first) rs = registry.resolve('skill-subsidy', region, first);
  }
  if (rs === null) return notCovered(region, basisDate, trace);

  const c = compile(rs);
  const p = c.p;
  const checks: Check[] = [];
  const reasons: SkillSubsidyReasonCode[] = [];
  const level = cert.level;
  const occupation = cert.occupation;
  const priorGrants = req.priorGrants ?? [];
  const months = applicant.contributionMonths;
  const inArrears = applicant.inArrears === true;

  // A1 (E1): cumulative contribution months; 12 in deep-poverty areas where the province applies 人社部发〔2018〕35号.
  const deep = applicant.deepPovertyArea === true && p.deepPovertyMinContributionMonths !== null;
  const required = deep ? Math.min(p.minContributionMonths, p.deepPovertyMinContributionMonths!) : p.minContributionMonths;
  const monthsOk = months >= required;
  add(
    checks,
    reasons,
    'A1',
    monthsOk,
    'CONTRIBUTION_MONTHS_SHORT',
    trace
      ? (monthsOk ? `累计缴纳失业保险费${months}个月，满足${required}个月要求` : `累计缴纳失业保险费${months}个月，不足${required}个月`) +
          (deep
            ? `（深度贫困地区，${c.doc.deepPovertyMinContributionMonths}）`
            : applicant.deepPovertyArea === true
              ? '（本地区规则未规定深度贫困地区放宽）'
              : '')
      : '',
  );

  // A2: arrears, per province.
  let arrearsOk = true;
  let arrearsMsg = '';
  switch (p.arrearsRule) {
    case 'not_a_condition':
      if (trace) arrearsMsg = inArrears ? '存在欠费；国家规则未将欠费列为申领条件' : '无欠费';
      break;
    case 'must_not_refuse':
      if (trace) arrearsMsg = inArrears ? `存在欠费，但按${c.doc.arrearsRule}不得以欠费限制申领` : `无欠费（按${c.doc.arrearsRule}欠费不作为限制条件）`;
      break;
    case 'normal_contribution_required':
      arrearsOk = !inArrears;
      if (trace) arrearsMsg = inArrears ? `申请期间未正常缴费（存在欠费），不符合${c.doc.arrearsRule}正常缴费的要求` : '申请期间正常缴费';
      break;
    case 'no_arrears':
      arrearsOk = !inArrears;
      if (trace) arrearsMsg = inArrears ? `欠缴失业保险费，不符合${c.doc.arrearsRule}不欠缴的要求` : '未欠缴失业保险费';
      break;
  }
  add(checks, reasons, 'A2', arrearsOk, 'CONTRIBUTION_ARREARS', arrearsMsg);

  // A3: certificate obtained on or after 2017-01-01.
  const dateOk = cert.issueDate >= p.earliestCertificateDate;
  add(
    checks,
    reasons,
    'A3',
    dateOk,
    'CERTIFICATE_TOO_EARLY',
    trace
      ? dateOk
        ? `证书核发日期${cert.issueDate}，不早于${p.earliestCertificateDate}`
        : `证书核发日期${cert.issueDate}早于${p.earliestCertificateDate}，不在补贴范围`
      : '',
  );

  // A4: levels 5/4/3 (2 and 1 never).
  const levelOk = c.covered[level] === true;
  add(
    checks,
    reasons,
    'A4',
    levelOk,
    'LEVEL_NOT_COVERED',
    trace
      ? levelOk
        ? `证书等级${levelName(level)}在补贴范围内`
        : `证书等级${levelName(level)}不在补贴范围，补贴只覆盖${c.levelsText}`
      : '',
  );

  // A6: 12 months from the issue date; Heilongjiang's extension keyed on the application date.
  let deadline = addMonthsFast(cert.issueDate, p.applicationWindowMonths);
  let extended = false;
  const ext = p.windowExtension;
  if (ext !== null && cert.issueDate < ext.certificatesIssuedBefore && applicationDate <= ext.applicationsUntil && ext.applicationsUntil > deadline) {
    deadline = ext.applicationsUntil;
    extended = true;
  }
  const windowOk = applicationDate <= deadline && applicationDate >= cert.issueDate;
  add(
    checks,
    reasons,
    'A6',
    windowOk,
    'APPLICATION_WINDOW_CLOSED',
    trace
      ? applicationDate < cert.issueDate
        ? `申请日期${applicationDate}早于证书核发日期${cert.issueDate}`
        : windowOk
          ? extended
            ? `申请日期${applicationDate}在延长的申领期限${deadline}内（${ext!.documentNo}）`
            : `申请日期${applicationDate}在申领期限${deadline}内（证书核发之日起${p.applicationWindowMonths}个月）`
          : `申请日期${applicationDate}已超过申领期限${deadline}（证书核发之日起${p.applicationWindowMonths}个月）`
      : '',
  );

  // A7: once per occupation × level, across regions.
  let grantedBefore: (typeof priorGrants)[number] | undefined;
  if (p.oncePerOccupationLevel) {
    for (const g of priorGrants) {
      if (g.level === level && g.occupation === occupation) {
        grantedBefore = g;
        break;
      }
    }
  }
  add(
    checks,
    reasons,
    'A7',
    grantedBefore === undefined,
    'ALREADY_GRANTED',
    trace
      ? grantedBefore === undefined
        ? `${occupation}${levelName(level)}此前未享受过技能提升补贴`
        : `${occupation}${levelName(level)}已${grantedBefore.grantedOn ? `于${grantedBefore.grantedOn}` : ''}享受过技能提升补贴，同一职业（工种）同一等级只能享受一次`
      : '',
  );

  // E1 who: employed; people receiving unemployment benefit from 2022.
  const receiving = applicant.status === 'receiving_benefit';
  const statusOk = receiving ? c.coversReceiving : c.coversEmployed;
  add(
    checks,
    reasons,
    'E1.status',
    statusOk,
    'STATUS_NOT_COVERED',
    trace
      ? receiving
        ? statusOk
          ? `申请人为领取失业保险金人员，在${c.doc.coveredStatuses}覆盖范围内`
          : `申请人为领取失业保险金人员，${c.doc.coveredStatuses}只覆盖在职参保职工`
        : statusOk
          ? '申请人为在职参保职工，在覆盖范围内'
          : `申请人为在职参保职工，不在${c.doc.coveredStatuses}覆盖范围内`
      : '',
  );

  // E1 per-year limits (2022–2024: 3; 2025 on: 1, + a province's extra grants for shortage occupations).
  const isShortage = c.shortage !== null && c.shortage.has(occupation);
  const limit = p.yearlyLimit;
  let yearlyOk = true;
  let yearlyMsg = '';
  if (limit === null) {
    if (trace) yearlyMsg = '本规则不限每年享受次数';
  } else {
    const year = applicationDate.slice(0, 4);
    let total = 0;
    let shortagePriors = 0;
    for (const g of priorGrants) {
      if (g.grantedOn !== undefined && g.grantedOn.startsWith(year)) {
        total++;
        if (c.shortage !== null && c.shortage.has(g.occupation)) shortagePriors++;
      }
    }
    const extra = p.shortageExtraGrantsPerYear;
    // Shortage grants use the extra allowance first; an ordinary certificate needs an ordinary slot.
    yearlyOk = isShortage && extra > 0 ? total < limit + extra : total - Math.min(shortagePriors, extra) < limit;
    if (trace) {
      const cap = isShortage && extra > 0 ? `每年${limit}次（紧缺职业证书另加${extra}次）` : `每年${limit}次`;
      yearlyMsg = yearlyOk
        ? `${year}年已享受${total}次，未达${cap}的上限（${c.doc.yearlyLimit}）`
        : `${year}年已享受${total}次，已达${cap}的上限（${c.doc.yearlyLimit}）`;
    }
  }
  add(checks, reasons, 'E1.yearly-limit', yearlyOk, 'YEARLY_LIMIT_REACHED', yearlyMsg);

  // E1 no lower level after a higher one (level 3 is higher than 5): subsidised (2023/2024) or held (2025 on).
  let lowerOk = true;
  let lowerMsg = '';
  const mode = p.noLowerLevelAfterHigher;
  if (mode === 'none') {
    if (trace) lowerMsg = '本规则不限制先取得高等级后申领低等级';
  } else {
    let higherPaid = 0;
    for (const g of priorGrants) if (g.occupation === occupation && g.level < level && (higherPaid === 0 || g.level < higherPaid)) higherPaid = g.level;
    let higherHeld = 0;
    if (mode === 'subsidised_or_held') {
      for (const h of req.heldCertificates ?? []) if (h.occupation === occupation && h.level < level && (higherHeld === 0 || h.level < higherHeld)) higherHeld = h.level;
    }
    lowerOk = higherPaid === 0 && higherHeld === 0;
    if (trace) {
      lowerMsg = lowerOk
        ? mode === 'subsidised'
          ? `${occupation}未享受过更高等级的补贴（${c.doc.noLowerLevelAfterHigher}）`
          : `${occupation}未持有、也未享受过更高等级的证书补贴（${c.doc.noLowerLevelAfterHigher}）`
        : higherPaid !== 0
          ? `${occupation}已享受${levelName(higherPaid)}补贴，不得再申领较低的${levelName(level)}（${c.doc.noLowerLevelAfterHigher}）`
          : `${occupation}已持有${levelName(higherHeld)}证书，不得再申领较低的${levelName(level)}（${c.doc.noLowerLevelAfterHigher}）`;
    }
  }
  add(checks, reasons, 'E1.lower-level', lowerOk, 'LOWER_LEVEL_AFTER_HIGHER', lowerMsg);

  // A8 base amount, A9 shortage uplift (informational: they explain the amount).
  const base = c.base[level] ?? 0;
  checks.push({
    rule: 'A8',
    passed: true,
    message: trace ? (levelOk ? `${levelName(level)}证书补贴标准${yuanText(base)}（${c.doc.amountsFen}）` : `${levelName(level)}不在补贴等级内，无补贴标准`) : '',
    code: undefined,
  });
  const standard = isShortage && levelOk ? c.shortageAmount[level]! : base;
  let shortageMsg = '';
  if (trace) {
    const s = p.shortage;
    shortageMsg = !s
      ? '本地区未设紧缺急需职业倾斜标准'
      : s.occupations.length === 0
        ? `紧缺急需职业目录未加载（${s.documentNo}），不予倾斜`
        : isShortage
          ? `${occupation}列入紧缺急需职业目录（${s.documentNo}）${levelOk ? `，按倾斜标准${yuanText(standard)}` : ''}`
          : `${occupation}未列入紧缺急需职业目录（${s.documentNo}），按基础标准`;
  }
  checks.push({ rule: 'A9', passed: true, message: shortageMsg, code: undefined });

  const eligible = reasons.length === 0;
  return {
    eligible,
    amountFen: eligible ? standard : 0,
    applicationDeadline: deadline,
    policy: {
      id: c.policy.id,
      source: c.policy.source,
      basis: c.policy.basis,
      basisDate,
      ruleSetId: c.policy.ruleSetId,
      sources: c.policy.sources,
      layers: c.policy.layers,
      marks: c.policy.marks,
    },
    checks,
    reasons,
    warnings: trace ? [...c.warnings] : c.warnings,
  };
}
