import { parseIsoDate, formatIsoDate, type IsoDate } from '../dates/index.js';

/**
 * Legal retirement age (POLICY.md E4; NPCSC decision of 2024-09-13, in force 2025-01-01, confirmed).
 *
 * Original ages 60 (men), 55 and 50 (women, by job category). Let O = birth month + original age and k =
 * months from 2025-01 to O; delay = 0 if k < 0, else min(cap, ⌊k / N⌋ + 1); retirement month = O + delay.
 * Men and women-55: N = 4, cap 36 (→ 63 / 58); women-50: N = 2, cap 60 (→ 55).
 */
export const RETIREMENT_REFORM = Object.freeze({
  documentNo: '全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定（2024-09-13）',
  startMonth: '2025-01',
  mark: 'confirmed',
});

export type Sex = 'male' | 'female';
export type FemaleRetirementAge = 50 | 55;

export interface RetirementInput {
  birthDate: IsoDate;
  sex: Sex;
  /** The pre-2025 original age of a woman's category; ignored for men. */
  femaleRetirementAge?: FemaleRetirementAge | undefined;
}

export interface LegalRetirement {
  /** `YYYY-MM` */
  month: string;
  /** The birthday's day of month in the retirement month (clamped to its last day). */
  date: IsoDate;
  originalAgeYears: number;
  delayMonths: number;
  /** Retirement age in months (original age × 12 + delay). */
  ageMonths: number;
}

const REFORM_START = 2025 * 12; // 2025-01 as a month index (year × 12 + month − 1)

export function legalRetirement(input: RetirementInput): LegalRetirement {
  const { year, month, day } = parseIsoDate(input.birthDate);
  let original: number;
  let n: number;
  let cap: number;
  if (input.sex === 'male') {
    original = 60;
    n = 4;
    cap = 36;
  } else if (input.femaleRetirementAge === 55) {
    original = 55;
    n = 4;
    cap = 36;
  } else if (input.femaleRetirementAge === 50) {
    original = 50;
    n = 2;
    cap = 60;
  } else {
    throw new RangeError('女性须注明原法定退休年龄（50或55岁）');
  }
  const o = year * 12 + (month - 1) + original * 12;
  const k = o - REFORM_START;
  const delay = k < 0 ? 0 : Math.min(cap, Math.floor(k / n) + 1);
  const r = o + delay;
  const ry = Math.floor(r / 12);
  const rm = (r % 12) + 1;
  const last = new Date(Date.UTC(ry, rm, 0)).getUTCDate();
  return {
    month: `${ry}-${String(rm).padStart(2, '0')}`,
    date: formatIsoDate(ry, rm, Math.min(day, last)),
    originalAgeYears: original,
    delayMonths: delay,
    ageMonths: original * 12 + delay,
  };
}

/** The legal retirement date: the birthday's day of month in the retirement month (E4). */
export function legalRetirementDate(input: RetirementInput): IsoDate {
  return legalRetirement(input).date;
}

/** The legal retirement month `YYYY-MM` (E4). */
export function legalRetirementMonth(input: RetirementInput): string {
  return legalRetirement(input).month;
}
