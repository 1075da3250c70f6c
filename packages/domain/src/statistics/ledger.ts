import type { IsoDate } from '../dates/index.js';
import { compareDates } from '../dates/index.js';
import { SKILL_SUBSIDY_GRANTED_STATUSES, SKILL_SUBSIDY_OPEN_STATUSES, type SkillSubsidyCaseStatus } from '../cases/index.js';
import { levelName } from '../engine/text.js';
import { regionName } from '../region/index.js';

/**
 * The grant ledger (A7, A16, A17, E1): one record per paid skills-subsidy case, person × occupation × level,
 * dated. A16: a paid case marks the occupation and level as received; A17: a fully recovered one lifts the mark.
 * The view is over every region (A7 "across regions"; A11: a transferred worker brings the former region's
 * record), so the region is kept for the transfer certificate but never part of the key.
 *
 * It yields the evaluator's `priorGrants` (API.md, with `grantedOn` for the per-year limits of E1) and checks
 * "one open or granted case per person × occupation × level" before a case is opened (API 409).
 */
export interface GrantRecord {
  caseId: string;
  personId: string;
  occupation: string;
  level: number;
  /** Payment date (A16). */
  grantedOn: IsoDate;
  regionCode: string;
  /** Date the mark was lifted after full recovery (A17), or null. */
  liftedOn: IsoDate | null;
}

/** Which case events change the ledger: paid → a grant; recovered → the grant lifted. */
export const LEDGER_EFFECTS = Object.freeze({ confirm_paid: 'grant', confirm_recovered: 'lift' } as const);

/** Occupation names compared as on the certificate, ignoring spaces and character width (NFKC: 'ＣＡＤ操作员' = 'CAD操作员', '焊 工' = '焊工'). */
export function occupationKey(occupation: string): string {
  return occupation.normalize('NFKC').replace(/\s+/g, '');
}

export interface PriorGrant {
  occupation: string;
  level: number;
  grantedOn: IsoDate;
}

export interface OpenCaseRef {
  caseId: string;
  personId: string;
  occupation: string;
  level: number;
  status: SkillSubsidyCaseStatus;
  regionCode: string;
}

export type OnceCheck =
  | { ok: true }
  | { ok: false; code: 'ALREADY_GRANTED' | 'CASE_OPEN'; message: string; conflictingCaseId: string; regionCode: string };

const OPEN = new Set<string>(SKILL_SUBSIDY_OPEN_STATUSES);
const GRANTED = new Set<string>(SKILL_SUBSIDY_GRANTED_STATUSES);

export class GrantLedger {
  readonly #byPerson = new Map<string, GrantRecord[]>();

  constructor(records: readonly GrantRecord[]) {
    const cases = new Set<string>();
    for (const r of records) {
      if (cases.has(r.caseId)) throw new RangeError(`案件${r.caseId}在补贴台账中重复`);
      cases.add(r.caseId);
      if (r.liftedOn !== null && compareDates(r.liftedOn, r.grantedOn) < 0) throw new RangeError(`案件${r.caseId}的撤销标记早于发放日期`);
      this.#byPerson.set(r.personId, [...(this.#byPerson.get(r.personId) ?? []), r]);
    }
  }

  /** Every record of a person (lifted ones included), oldest first — for the transfer certificate (A11). */
  recordsOf(personId: string): GrantRecord[] {
    return [...(this.#byPerson.get(personId) ?? [])].sort((a, b) => compareDates(a.grantedOn, b.grantedOn));
  }

  /** Grants in force on `asOf` (default: all not lifted): granted on or before it and not lifted by then. */
  activeGrants(personId: string, asOf?: IsoDate): GrantRecord[] {
    return this.recordsOf(personId).filter((r) =>
      asOf === undefined
        ? r.liftedOn === null
        : compareDates(r.grantedOn, asOf) <= 0 && (r.liftedOn === null || compareDates(r.liftedOn, asOf) > 0),
    );
  }

  /**
   * The evaluator's `priorGrants` for a new application: the person's grants in force, across regions, with
   * `grantedOn`. Pass `asOf` to reproduce what was known on a past date; `excludeCaseId` for a case's own grant.
   */
  priorGrants(personId: string, options: { asOf?: IsoDate; excludeCaseId?: string } = {}): PriorGrant[] {
    return this.activeGrants(personId, options.asOf)
      .filter((r) => r.caseId !== options.excludeCaseId)
      .map((r) => ({ occupation: r.occupation, level: r.level, grantedOn: r.grantedOn }));
  }

  isGranted(personId: string, occupation: string, level: number): boolean {
    const key = occupationKey(occupation);
    return this.activeGrants(personId).some((r) => r.level === level && occupationKey(r.occupation) === key);
  }

  /**
   * A7: at most one open or granted case per person × occupation × level, in any region. `openCases` are the
   * person's cases from every region (their status decides: see SKILL_SUBSIDY_OPEN_STATUSES).
   */
  checkOncePerOccupationLevel(
    candidate: { personId: string; occupation: string; level: number },
    openCases: readonly OpenCaseRef[] = [],
  ): OnceCheck {
    const key = occupationKey(candidate.occupation);
    const what = `${candidate.occupation}${levelName(candidate.level)}`;
    const place = (code: string) => regionName(code) ?? code;
    const grant = this.activeGrants(candidate.personId).find((r) => r.level === candidate.level && occupationKey(r.occupation) === key);
    if (grant) {
      return {
        ok: false,
        code: 'ALREADY_GRANTED',
        message: `已于${grant.grantedOn}在${place(grant.regionCode)}享受过${what}技能提升补贴，同一职业（工种）同一等级只能享受一次（A7）`,
        conflictingCaseId: grant.caseId,
        regionCode: grant.regionCode,
      };
    }
    const same = openCases.find(
      (c) => c.personId === candidate.personId && c.level === candidate.level && occupationKey(c.occupation) === key && (OPEN.has(c.status) || GRANTED.has(c.status)),
    );
    if (same) {
      return {
        ok: false,
        code: GRANTED.has(same.status) ? 'ALREADY_GRANTED' : 'CASE_OPEN',
        message: GRANTED.has(same.status)
          ? `${place(same.regionCode)}已发放${what}技能提升补贴（A7）`
          : `${place(same.regionCode)}已有一件${what}的申请正在办理，不能重复申请（A7）`,
        conflictingCaseId: same.caseId,
        regionCode: same.regionCode,
      };
    }
    return { ok: true };
  }
}
