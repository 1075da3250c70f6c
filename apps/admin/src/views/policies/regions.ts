import { REGIONS, regionName } from '@huimin/domain';

export interface RegionOption {
  code: string;
  label: string;
}

export interface RegionGroup {
  /** The province's name; options are the province itself, then its cities. */
  label: string;
  options: RegionOption[];
}

const NATIONAL = '000000';

function isProvince(code: string): boolean {
  return code !== NATIONAL && code.endsWith('0000');
}

function citiesOf(province: string): RegionOption[] {
  const prefix = province.slice(0, 2);
  return Object.keys(REGIONS)
    .filter((code) => code.startsWith(prefix) && !isProvince(code) && code.endsWith('00'))
    .sort()
    .map((code) => ({ code, label: REGIONS[code] ?? code }));
}

function provinceGroup(province: string): RegionGroup {
  const name = regionName(province) ?? province;
  return { label: name, options: [{ code: province, label: `${name}（全省）` }, ...citiesOf(province)] };
}

/**
 * The regions a staff member may look at on the 政策参数 page: their own region, and everything under
 * it that the platform knows by name (a province admin: the province and its cities; a national user:
 * every province and city). The policy endpoint is public, but a console page scoped like the user's
 * data keeps a city handler from mistaking another province's rule for their own.
 */
export function regionGroupsFor(userRegion: string): RegionGroup[] {
  if (userRegion === NATIONAL) {
    return Object.keys(REGIONS).filter(isProvince).sort().map(provinceGroup);
  }
  if (isProvince(userRegion)) return [provinceGroup(userRegion)];
  return [{ label: regionName(userRegion) ?? userRegion, options: [{ code: userRegion, label: regionName(userRegion) ?? userRegion }] }];
}
