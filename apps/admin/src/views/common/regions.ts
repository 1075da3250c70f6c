import { regionName } from '@huimin/domain';
import { regionGroupsFor, type RegionGroup } from '../policies/regions';

const NATIONAL = '000000';

/**
 * The regions a user may pick on the oversight screens: their own and, for a province or national user, those
 * under it that the platform knows (the same list as 政策参数, with 全国 first for national users, whose figures
 * can be read nationwide).
 */
export function scopeGroups(userRegion: string): RegionGroup[] {
  const groups = regionGroupsFor(userRegion);
  if (userRegion !== NATIONAL) return groups;
  return [{ label: regionName(NATIONAL) ?? NATIONAL, options: [{ code: NATIONAL, label: regionName(NATIONAL) ?? NATIONAL }] }, ...groups];
}

export function scopeCodes(userRegion: string): string[] {
  return scopeGroups(userRegion).flatMap((g) => g.options.map((o) => o.code));
}

export function regionLabel(code: string): string {
  return regionName(code) ?? code;
}
