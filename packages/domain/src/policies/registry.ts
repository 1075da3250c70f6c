import { addDays, type IsoDate } from '../dates/index.js';
import { PROGRAM_IDS, PROGRAM_LABELS, type ProgramId } from '../programs/index.js';
import { isRegionCode, regionChain } from '../region/index.js';
import { DECISION_PARAMETERS, MARK_LABELS, PARAMETER_LABELS } from './labels.js';
import {
  PROGRAM_PARAM_SCHEMAS,
  policyPackSchema,
  type AnyPolicyPack,
  type LayerKind,
  type ParameterMark,
  type ProgramParams,
  type RuleLayer,
  type RuleSetBasis,
  type SkillSubsidyParams,
  type UnemploymentBenefitParams,
} from './schema.js';

/** One layer as a decision reports it. */
export interface LayerSummary {
  id: string;
  packId: string;
  regionCode: string;
  kind: LayerKind;
  documentNo: string;
  title: string;
  mark: ParameterMark;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
}

/**
 * The parameters in force for one program in one region over one stretch of dates: the national layers, then
 * the province's, then the city's, merged. Immutable and shared between decisions (cached).
 */
export interface ResolvedRuleSet<G extends ProgramId = ProgramId> {
  program: G;
  /** Region of the most specific pack applied (a city asked about inherits its province's rule set). */
  regionCode: string;
  basis: RuleSetBasis;
  /** The most specific layer applied (e.g. 'jl-2017-67') and its document — API.md `policy.id` / `policy.source`. */
  id: string;
  source: string;
  /** Every layer applied, general → specific, '+'-joined: the reproducible key of the rule set. */
  ruleSetId: string;
  sources: readonly string[];
  packIds: readonly string[];
  layers: readonly LayerSummary[];
  params: Readonly<ProgramParams[G]>;
  /** Mark of every parameter (from the layer that set it). */
  marks: Readonly<Record<string, ParameterMark>>;
  /** Layer id that set each parameter. */
  paramLayers: Readonly<Record<string, string>>;
  /** True when no temporary national notice covers the date although earlier ones existed (POLICY.md E1 "from 2027"). */
  baselineFallback: boolean;
  /** What every decision under this rule set must say (fallback, layer warnings, non-confirmed decision parameters). */
  warnings: readonly string[];
  /** The stretch of basis dates this merge holds for. */
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export class PolicyPackError extends Error {
  constructor(readonly issues: string[]) {
    super(`政策包无效：\n${issues.join('\n')}`);
    this.name = 'PolicyPackError';
  }
}

const DEFAULT_BASIS: Record<ProgramId, RuleSetBasis> = {
  'skill-subsidy': 'certificate_issue_date',
  'unemployment-benefit': 'application_date',
  'job-stabilization': 'refund_year',
};

interface Chain {
  program: ProgramId;
  /** general → specific; the national pack first when present. */
  packs: AnyPolicyPack[];
  basis: RuleSetBasis;
  breakpoints: IsoDate[];
  segments: (ResolvedRuleSet | null | undefined)[];
}

function inForce(from: IsoDate, to: IsoDate | null, date: IsoDate): boolean {
  return from <= date && (to === null || date <= to);
}

const KIND_ORDER: Record<LayerKind, number> = { baseline: 0, notice: 1, provincial: 2, city: 3 };

function orderedLayers(pack: AnyPolicyPack): RuleLayer<Record<string, unknown>>[] {
  return [...(pack.layers as RuleLayer<Record<string, unknown>>[])].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0),
  );
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Packs, validated and indexed, with cached resolution by (program, region, date). */
export class PolicyRegistry {
  readonly packs: readonly AnyPolicyPack[];
  private readonly byProgramRegion = new Map<string, AnyPolicyPack>();
  private readonly chains = new Map<string, Map<string, Chain>>();
  private readonly chainByPackIds = new Map<string, Chain>();

  constructor(packs: readonly unknown[]) {
    const issues: string[] = [];
    const parsed: AnyPolicyPack[] = [];
    packs.forEach((raw, i) => {
      const r = policyPackSchema.safeParse(raw);
      const name = (raw as { id?: unknown })?.id ?? `#${i}`;
      if (!r.success) {
        for (const issue of r.error.issues) issues.push(`${String(name)} ${issue.path.join('.')}：${issue.message}`);
      } else {
        parsed.push(r.data as AnyPolicyPack);
      }
    });
    const layerIds = new Set<string>();
    const packIds = new Set<string>();
    for (const p of parsed) {
      if (packIds.has(p.id)) issues.push(`政策包标识重复：${p.id}`);
      packIds.add(p.id);
      const key = `${p.program}|${p.regionCode}`;
      if (this.byProgramRegion.has(key)) issues.push(`${p.regionCode}的${p.program}有两个政策包：${p.id}`);
      this.byProgramRegion.set(key, p);
      for (const l of p.layers) {
        if (layerIds.has(l.id)) issues.push(`参数层标识重复：${l.id}`);
        layerIds.add(l.id);
      }
    }
    for (const p of parsed) {
      if (p.level !== 'national' && !this.byProgramRegion.has(`${p.program}|000000`)) {
        issues.push(`${p.id}：缺少${p.program}的国家政策包`);
      }
    }
    if (issues.length) throw new PolicyPackError(issues);
    this.packs = deepFreeze(parsed);
    this.validateTimelines();
  }

  /** The packs that apply to a region for a program, general → specific (national, province, city). */
  packChain(program: ProgramId, regionCode: string): AnyPolicyPack[] {
    return this.chainFor(program, regionCode)?.packs ?? [];
  }

  basisFor(program: ProgramId, regionCode: string): RuleSetBasis {
    return this.chainFor(program, regionCode)?.basis ?? DEFAULT_BASIS[program];
  }

  /** The first date on which a province or city pack covers the region, or null if none ever does. */
  firstCoveredDate(program: ProgramId, regionCode: string): IsoDate | null {
    const chain = this.chainFor(program, regionCode);
    if (!chain) return null;
    const local = chain.packs.filter((p) => p.level !== 'national');
    if (local.length === 0) return null;
    return local.map((p) => p.effectiveFrom).sort()[0]!;
  }

  /**
   * The rule set in force for `program` in `regionCode` on `date` (city → province → national, then the dated
   * layers in force), or null when the region is not covered that day: no province or city pack of the
   * program covers it (the national pack alone covers nothing), or no national layer is in force yet.
   */
  resolve<G extends ProgramId>(program: G, regionCode: string, date: IsoDate): ResolvedRuleSet<G> | null {
    const chain = this.chainFor(program, regionCode);
    if (!chain) return null;
    const bps = chain.breakpoints;
    // Last breakpoint ≤ date (ISO dates compare as strings).
    let lo = 0;
    let hi = bps.length - 1;
    if (hi < 0 || date < bps[0]!) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bps[mid]! <= date) lo = mid;
      else hi = mid - 1;
    }
    let seg = chain.segments[lo];
    if (seg === undefined) {
      seg = this.merge(chain, regionCode, bps[lo]!, bps[lo + 1] === undefined ? null : addDays(bps[lo + 1]!, -1));
      chain.segments[lo] = seg;
    }
    return seg as ResolvedRuleSet<G> | null;
  }

  private chainFor(program: ProgramId, regionCode: string): Chain | null {
    let byRegion = this.chains.get(program);
    if (!byRegion) {
      byRegion = new Map();
      this.chains.set(program, byRegion);
    }
    let chain = byRegion.get(regionCode);
    if (chain) return chain;
    if (!isRegionCode(regionCode)) return null;
    const packs: AnyPolicyPack[] = [];
    for (const code of regionChain(regionCode)) {
      const p = this.byProgramRegion.get(`${program}|${code}`);
      if (p) packs.unshift(p);
    }
    const idKey = `${program}|${packs.map((p) => p.id).join('+')}`;
    chain = this.chainByPackIds.get(idKey);
    if (!chain) {
      const dates = new Set<IsoDate>();
      for (const p of packs) {
        dates.add(p.effectiveFrom);
        if (p.effectiveTo) dates.add(addDays(p.effectiveTo, 1));
        for (const l of p.layers) {
          dates.add(l.effectiveFrom);
          if (l.effectiveTo) dates.add(addDays(l.effectiveTo, 1));
        }
      }
      let basis = DEFAULT_BASIS[program];
      for (const p of packs) if (p.basis) basis = p.basis;
      const breakpoints = [...dates].sort();
      chain = { program, packs, basis, breakpoints, segments: new Array(breakpoints.length) };
      this.chainByPackIds.set(idKey, chain);
    }
    // Segments are shared between regions with the same packs; regionCode on a segment is the first asker's,
    // so resolved sets carry the chain's most specific pack region instead.
    byRegion.set(regionCode, chain);
    return chain;
  }

  private merge(chain: Chain, _regionCode: string, from: IsoDate, to: IsoDate | null): ResolvedRuleSet | null {
    const covered = chain.packs.some((p) => p.level !== 'national' && inForce(p.effectiveFrom, p.effectiveTo, from));
    if (!covered) return null;
    const national = chain.packs[0]?.level === 'national' ? chain.packs[0] : undefined;
    if (!national || !national.layers.some((l) => inForce(l.effectiveFrom, l.effectiveTo, from))) return null;

    const params: Record<string, unknown> = {};
    const marks: Record<string, ParameterMark> = {};
    const paramLayers: Record<string, string> = {};
    const layers: LayerSummary[] = [];
    const layerWarnings: string[] = [];
    const docByLayer = new Map<string, string>();
    for (const pack of chain.packs) {
      for (const l of orderedLayers(pack)) {
        if (!inForce(l.effectiveFrom, l.effectiveTo, from)) continue;
        layers.push({
          id: l.id,
          packId: pack.id,
          regionCode: pack.regionCode,
          kind: l.kind,
          documentNo: l.documentNo,
          title: l.title,
          mark: l.mark,
          effectiveFrom: l.effectiveFrom,
          effectiveTo: l.effectiveTo,
        });
        docByLayer.set(l.id, l.documentNo);
        for (const [k, v] of Object.entries(l.params)) {
          if (v === undefined) continue;
          params[k] = v;
          marks[k] = (l.paramMarks as Record<string, ParameterMark> | undefined)?.[k] ?? l.mark;
          paramLayers[k] = l.id;
        }
        if (l.decisionWarnings) layerWarnings.push(...l.decisionWarnings);
      }
    }

    // POLICY.md E1/E2: a date after the first temporary notice that no notice covers is decided by the
    // baseline, and says so. Only notices that ended before this stretch count, so a later notice never
    // changes an earlier decision.
    const notices = national.layers.filter((l) => l.kind === 'notice');
    const current = notices.find((l) => inForce(l.effectiveFrom, l.effectiveTo, from));
    const ended = notices.filter((l) => l.effectiveTo !== null && l.effectiveTo < from);
    const baselineFallback = !current && ended.length > 0;
    const warnings: string[] = [];
    if (baselineFallback) {
      const last = ended.reduce((a, b) => (a.effectiveTo! >= b.effectiveTo! ? a : b));
      const baseline = national.layers.find((l) => l.kind === 'baseline' && inForce(l.effectiveFrom, l.effectiveTo, from));
      warnings.push(
        `没有国家通知覆盖该日期：最近一份临时通知${last.documentNo}已于${last.effectiveTo}到期，本决定适用基准规则${baseline?.documentNo ?? ''}；新一年通知发布后应加载。`,
      );
    }
    warnings.push(...layerWarnings);
    // Non-confirmed decision parameters, grouped by the layer that set them.
    const byLayer = new Map<string, string[]>();
    for (const k of DECISION_PARAMETERS[chain.program] as readonly string[]) {
      const mark = marks[k];
      if (!mark || mark === 'confirmed') continue;
      const lid = paramLayers[k]!;
      const list = byLayer.get(`${lid}|${mark}`) ?? [];
      list.push(`「${(PARAMETER_LABELS[chain.program] as Record<string, string>)[k] ?? k}」`);
      byLayer.set(`${lid}|${mark}`, list);
    }
    for (const [key, names] of byLayer) {
      const [lid, mark] = key.split('|') as [string, ParameterMark];
      warnings.push(`本决定所用参数${names.join('')}依据${docByLayer.get(lid)}，标记为${MARK_LABELS[mark]}。`);
    }

    const top = layers[layers.length - 1]!;
    const sources = [...new Set(layers.map((l) => l.documentNo))];
    const specific = chain.packs[chain.packs.length - 1]!;
    return deepFreeze({
      program: chain.program,
      regionCode: specific.regionCode,
      basis: chain.basis,
      id: top.id,
      source: top.documentNo,
      ruleSetId: layers.map((l) => l.id).join('+'),
      sources,
      packIds: chain.packs.map((p) => p.id),
      layers,
      params: params as unknown as ProgramParams[ProgramId],
      marks,
      paramLayers,
      baselineFallback,
      warnings,
      validFrom: from,
      validTo: to,
    }) as ResolvedRuleSet;
  }

  /** Every stretch of every pack's own chain must merge into a complete, consistent parameter set. */
  private validateTimelines(): void {
    const issues: string[] = [];
    for (const pack of this.packs) {
      const chain = this.chainFor(pack.program, pack.regionCode);
      if (!chain) continue;
      chain.breakpoints.forEach((from, i) => {
        const next = chain.breakpoints[i + 1];
        let merged: Record<string, unknown> = {};
        if (pack.level === 'national') {
          // The national pack alone: merge its own layers (it never covers a region by itself).
          for (const l of orderedLayers(pack)) if (inForce(l.effectiveFrom, l.effectiveTo, from)) merged = { ...merged, ...l.params };
          if (Object.keys(merged).length === 0) return;
        } else {
          const rs = this.resolve(pack.program, pack.regionCode, from);
          if (!rs) return;
          merged = rs.params as Record<string, unknown>;
        }
        const where = `${pack.id}（${from}${next ? `至${addDays(next, -1)}` : '起'}）`;
        const r = PROGRAM_PARAM_SCHEMAS[pack.program].safeParse(merged);
        if (!r.success) {
          for (const issue of r.error.issues) issues.push(`${where} ${issue.path.join('.') || '参数'}：${issue.message}`);
          return;
        }
        issues.push(...crossCheck(pack.program, merged).map((m) => `${where} ${m}`));
      });
    }
    if (issues.length) throw new PolicyPackError([...new Set(issues)]);
  }
}

/** Rules that span parameters (and so layers): the shortage cap (A9), covered levels, the duration table. */
function crossCheck(program: ProgramId, merged: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (program === 'skill-subsidy') {
    const p = merged as unknown as SkillSubsidyParams;
    for (const level of p.levelsCovered) {
      if (level < 3) out.push(`补贴等级${level}没有补贴标准（标准只设五、四、三级）`);
    }
    const s = p.shortage;
    if (s) {
      if (s.amountsFen === null && s.upliftPct === null && s.occupations.length > 0) {
        out.push('紧缺急需职业目录已加载，但没有倾斜标准（amountsFen或upliftPct）');
      }
      if (s.capPct !== null) {
        if (s.upliftPct !== null && s.upliftPct > s.capPct) {
          out.push(`紧缺职业倾斜${s.upliftPct}%超过上限${s.capPct}%`);
        }
        if (s.amountsFen) {
          for (const level of ['5', '4', '3'] as const) {
            const cap = Math.floor((p.amountsFen[level] * (100 + s.capPct)) / 100);
            if (s.amountsFen[level] > cap) {
              out.push(`紧缺职业${level}级标准${s.amountsFen[level] / 100}元超过基础标准上浮${s.capPct}%的上限${cap / 100}元`);
            }
          }
        }
      }
    }
  }
  if (program === 'unemployment-benefit') {
    const p = merged as unknown as UnemploymentBenefitParams;
    const tiers = p.durationTiers;
    tiers.forEach((t, i) => {
      if (t.toMonths !== null && t.toMonths <= t.fromMonths) out.push(`领金期限表第${i + 1}档上下限颠倒`);
      const next = tiers[i + 1];
      if (next && t.toMonths !== next.fromMonths) out.push(`领金期限表第${i + 1}档与第${i + 2}档不相接`);
      if (next && next.durationMonths < t.durationMonths) out.push(`领金期限表第${i + 2}档期限短于第${i + 1}档`);
      if (t.durationMonths > p.maxTotalDurationMonths) out.push(`领金期限表第${i + 1}档超过上限${p.maxTotalDurationMonths}个月`);
    });
    if (tiers[tiers.length - 1]?.toMonths !== null) out.push('领金期限表最后一档应无上限');
    if (tiers[0] && tiers[0].fromMonths < p.minContributionMonths) out.push('领金期限表起点低于最低缴费月数');
  }
  return out;
}

/** Build a registry from packs (validated; throws PolicyPackError with every problem). */
export function createPolicyRegistry(packs: readonly unknown[]): PolicyRegistry {
  return new PolicyRegistry(packs);
}


/** A JSON-serialisable description of one program's rule set in force, for `GET /api/v1/policies`. */
export interface PolicyInForce {
  program: ProgramId;
  programName: string;
  regionCode: string;
  date: IsoDate;
  basis: RuleSetBasis;
  id: string;
  source: string;
  ruleSetId: string;
  sources: string[];
  packIds: string[];
  layers: (LayerSummary & { notes: string[] })[];
  params: Record<string, unknown>;
  /** Id of the layer that set each parameter (its document is in `layers`). */
  paramLayers: Record<string, string>;
  marks: Record<string, ParameterMark>;
  parameterLabels: Record<string, string>;
  warnings: string[];
}

export function policiesInForce(registry: PolicyRegistry, regionCode: string, date: IsoDate): PolicyInForce[] {
  const out: PolicyInForce[] = [];
  for (const program of PROGRAM_IDS) {
    const rs = registry.resolve(program, regionCode, date);
    if (!rs) continue;
    const notesById = new Map<string, string[]>();
    for (const p of registry.packChain(program, regionCode)) for (const l of p.layers) notesById.set(l.id, l.notes ?? []);
    out.push(
      structuredClone({
        program,
        programName: PROGRAM_LABELS[program].zh,
        regionCode,
        date,
        basis: rs.basis,
        id: rs.id,
        source: rs.source,
        ruleSetId: rs.ruleSetId,
        sources: [...rs.sources],
        packIds: [...rs.packIds],
        layers: rs.layers.map((l) => ({ ...l, notes: [...(notesById.get(l.id) ?? [])] })),
        params: { ...(rs.params as Record<string, unknown>) },
        paramLayers: { ...rs.paramLayers },
        marks: { ...rs.marks },
        parameterLabels: { ...(PARAMETER_LABELS[program] as Record<string, string>) },
        warnings: [...rs.warnings],
      }),
    );
  }
  return out;
}
