import { isRegionCode, isWithinRegion } from '@huimin/domain';
import { notFound } from '../../common/problem.js';

/**
 * Region scope (API.md: a user sees only the regions at or under its regionCode). One helper for every
 * service, so that the rule "outside your regions is not found" is written once.
 */
export function inScope(scopeCode: string, regionCode: string): boolean {
  if (!isRegionCode(scopeCode) || !isRegionCode(regionCode)) return false;
  return isWithinRegion(regionCode, scopeCode);
}

/** Throws 404 (never 403: existence must not leak) when the record's region is outside the caller's scope. */
export function assertInScope(scopeCode: string, regionCode: string, detail = '未找到该记录'): void {
  if (!inScope(scopeCode, regionCode)) throw notFound(detail);
}

/**
 * A SQL LIKE pattern matching the region codes at or under a scope: `22%` for a province, `2201%` for a
 * city, `%` for the nation. Lets list queries filter in the database with the same rule as inScope.
 */
export function scopePattern(scopeCode: string): string {
  if (scopeCode === '000000') return '%';
  if (scopeCode.endsWith('0000')) return `${scopeCode.slice(0, 2)}%`;
  if (scopeCode.endsWith('00')) return `${scopeCode.slice(0, 4)}%`;
  return scopeCode;
}

// The same scope as a range over six-digit codes, for the hot list queries: built in @huimin/db, where the
// EXPLAIN review of those queries builds it too.
export { regionScopeSql } from '@huimin/db';
