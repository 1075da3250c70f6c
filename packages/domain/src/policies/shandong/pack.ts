import { NATIONAL_MAXIMUM_DURATION_TIERS } from '../national/unemployment-benefit.js';
import type { PolicyPack } from '../schema.js';

/**
 * Shandong unemployment benefit (source 004, 鲁人社函〔2020〕10号; POLICY.md C, E3).
 *
 * - C4 / E3: the duration table of 《山东省失业保险规定》(省政府令第161号) was not found. The pack ships the
 *   national maximum table, labelled as such (the label appears in every decision's check message) and marked
 *   unconfirmed; the provincial table is one `durationTiers` change in a new layer.
 * - C5: the standard is per pooling region (the city packs, e.g. Liaocheng 371500).
 * - C6, C8, C9 as in 004.
 * - Coverage starts with the earliest Shandong source held (004, 2020-03-20); earlier dates are not covered.
 */
export const shandongUnemploymentBenefitPack: PolicyPack<'unemployment-benefit'> = {
  id: 'shandong-unemployment-benefit',
  program: 'unemployment-benefit',
  regionCode: '370000',
  level: 'province',
  name: '山东省失业保险金',
  basis: 'application_date',
  effectiveFrom: '2020-03-20',
  effectiveTo: null,
  layers: [
    {
      id: 'sd-ub-161',
      kind: 'provincial',
      effectiveFrom: '2020-03-20',
      effectiveTo: null,
      documentNo: '山东省失业保险规定（省政府令第161号）',
      title: '山东省失业保险规定',
      issuedOn: null,
      mark: 'unconfirmed',
      params: {
        durationTiers: NATIONAL_MAXIMUM_DURATION_TIERS,
        durationTableLabel: '采用国家最高期限表（山东省失业保险规定的期限表未找到，未确认）',
      },
      notes: ['省级期限表未找到：按国家最高期限，标记为未确认。'],
    },
    {
      id: 'sd-2020-10',
      kind: 'provincial',
      effectiveFrom: '2020-03-20',
      effectiveTo: null,
      documentNo: '鲁人社函〔2020〕10号',
      title: '山东省人力资源和社会保障厅关于推进“畅通领、安全办”进一步提升失业保险服务质效的通知',
      issuedOn: '2020-03-20',
      mark: 'confirmed',
      params: {
        extensionToRetirementWithinMonths: 12, // 三(六) 自2019年12月起
        payPastRetirementWithoutPension: true, // 三(六) C9
        claimDeadlineDays: 60, // 二(四) 不得以超过60日申领期限为由拒发
      },
    },
  ],
};

/**
 * Shandong job-stabilization refund. Shandong follows the national rule sets; 004 adds silent screening and
 * the two payment modes (B4, B5); Shandong 2025 (鲁人社字〔2025〕52号) gives social organisations,
 * foundations, social-service bodies, law and accounting firms and individual businesses the SME rate (E2).
 */
export const shandongJobStabilizationPack: PolicyPack<'job-stabilization'> = {
  id: 'shandong-job-stabilization',
  program: 'job-stabilization',
  regionCode: '370000',
  level: 'province',
  name: '山东省稳岗返还',
  effectiveFrom: '2014-11-01',
  effectiveTo: null,
  layers: [
    {
      id: 'sd-2020-10-js',
      kind: 'provincial',
      effectiveFrom: '2020-01-01',
      effectiveTo: null,
      documentNo: '鲁人社函〔2020〕10号',
      title: '山东省人力资源和社会保障厅关于推进“畅通领、安全办”进一步提升失业保险服务质效的通知（稳岗返还“静默认证”）',
      issuedOn: '2020-03-20',
      mark: 'confirmed',
      params: { screening: 'silent_screening', paymentModes: ['pay_as_verified', 'pre_allocate_commit_settle'] },
      notes: ['适用于2020年起的返还年度（通知2020-03-20印发，用于当年返还）。'],
    },
    {
      id: 'sd-2025-52',
      kind: 'provincial',
      effectiveFrom: '2025-01-01',
      effectiveTo: '2025-12-31',
      documentNo: '鲁人社字〔2025〕52号',
      title: '山东省2025年稳岗返还“免申即享”',
      issuedOn: null,
      mark: 'partial',
      params: { nonEnterpriseRateClass: 'sme' },
      notes: ['返还基数不含补缴欠费和滞纳金（E2）：由输入的上年缴费额体现。'],
    },
  ],
  notes: ['2014—2019年度：山东执行国家规则（本包在这些年份不改参数）。'],
};
