import { z } from 'zod';

/**
 * GB/T 2260 administrative division codes: 2 digits province, 2 digits prefecture-level city, 2 digits county.
 * A pooling region for unemployment insurance is normally the city (API.md conventions), and a user's scope is
 * a region, so scope checks are prefix comparisons on these segments.
 */
export type RegionCode = string;
export type RegionLevel = 'national' | 'province' | 'city' | 'county';

export const NATIONAL_REGION_CODE: RegionCode = '000000';

/** Why a 6-digit string is not a usable region code, or `null` when it is one. */
function regionCodeProblem(code: string): string | null {
  if (!/^\d{6}$/.test(code)) return '行政区划代码应为6位数字';
  if (code === NATIONAL_REGION_CODE) return null;
  // Counties directly under a province use a city segment of 90 (e.g. 429004), so a zero segment is only
  // ever followed by zeros.
  if (code.startsWith('00')) return '行政区划代码的省级部分不能为00';
  if (code.slice(2, 4) === '00' && code.slice(4) !== '00') return '行政区划代码的地市部分为00时，区县部分也应为00';
  return null;
}

export function isRegionCode(code: string): boolean {
  return regionCodeProblem(code) === null;
}

export const regionCodeSchema = z.string({ error: '行政区划代码应为字符串' }).superRefine((code, ctx) => {
  const problem = regionCodeProblem(code);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

function assertRegionCode(code: string): void {
  const problem = regionCodeProblem(code);
  if (problem) throw new RangeError(`${problem}：${code}`);
}

export function regionLevel(code: RegionCode): RegionLevel {
  assertRegionCode(code);
  if (code === NATIONAL_REGION_CODE) return 'national';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The province a region belongs to (itself for a province); `null` for the national level. */
export function provinceOf(code: RegionCode): RegionCode | null {
  return regionLevel(code) === 'national' ? null : `${code.slice(0, 2)}0000`;
}

/** The prefecture-level city a region belongs to (itself for a city); `null` above city level. */
export function cityOf(code: RegionCode): RegionCode | null {
  const level = regionLevel(code);
  return level === 'city' || level === 'county' ? `${code.slice(0, 4)}00` : null;
}

/** County → city → province → national; `null` above the national level. */
export function parentRegion(code: RegionCode): RegionCode | null {
  switch (regionLevel(code)) {
    case 'county':
      return `${code.slice(0, 4)}00`;
    case 'city':
      return `${code.slice(0, 2)}0000`;
    case 'province':
      return NATIONAL_REGION_CODE;
    case 'national':
      return null;
  }
}

/** The region and its ancestors, nearest first, ending with the national code '000000'. */
export function regionChain(code: RegionCode): RegionCode[] {
  const chain: RegionCode[] = [];
  for (let c: RegionCode | null = code; c !== null; c = parentRegion(c)) chain.push(c);
  return chain;
}

/**
 * Whether `code` lies inside `scopeCode` (or is it): a user scoped at 220000 sees 220100 and 220102, one at
 * 000000 sees everything (API.md: records outside the caller's regions are "not found").
 */
export function isWithinRegion(code: RegionCode, scopeCode: RegionCode): boolean {
  // A malformed scope matches nothing (fail closed); a malformed record code is a data error and throws.
  return regionChain(code).includes(scopeCode);
}
