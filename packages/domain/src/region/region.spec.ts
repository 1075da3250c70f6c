import { describe, expect, it } from 'vitest';
import {
  REGIONS,
  cityOf,
  isRegionCode,
  isWithinRegion,
  parentRegion,
  provinceOf,
  regionChain,
  regionCodeSchema,
  regionLevel,
  regionName,
} from './index.js';

describe('region codes (GB/T 2260)', () => {
  it('validates six digits with coherent segments', () => {
    expect(regionCodeSchema.parse('220102')).toBe('220102');
    expect(isRegionCode('000000')).toBe(true);
    expect(isRegionCode('429004')).toBe(true);
    for (const bad of ['22010', '2201022', '22010a', '000100', '220002', '']) {
      expect(isRegionCode(bad), bad).toBe(false);
    }
    const r = regionCodeSchema.safeParse('2201');
    expect(r.error?.issues[0]?.message).toBe('行政区划代码应为6位数字');
    expect(regionCodeSchema.safeParse(220100).success).toBe(false);
  });

  it('tells the level', () => {
    expect(regionLevel('000000')).toBe('national');
    expect(regionLevel('220000')).toBe('province');
    expect(regionLevel('220100')).toBe('city');
    expect(regionLevel('220102')).toBe('county');
    expect(regionLevel('110101')).toBe('county');
    expect(() => regionLevel('22')).toThrow(RangeError);
  });

  it('finds the province, city and parent', () => {
    expect(provinceOf('220102')).toBe('220000');
    expect(provinceOf('220000')).toBe('220000');
    expect(provinceOf('000000')).toBeNull();
    expect(cityOf('220102')).toBe('220100');
    expect(cityOf('371500')).toBe('371500');
    expect(cityOf('370000')).toBeNull();
    expect(parentRegion('220102')).toBe('220100');
    expect(parentRegion('220100')).toBe('220000');
    expect(parentRegion('220000')).toBe('000000');
    expect(parentRegion('000000')).toBeNull();
  });

  it('lists the chain nearest first, ending with the country', () => {
    expect(regionChain('371502')).toEqual(['371502', '371500', '370000', '000000']);
    expect(regionChain('230100')).toEqual(['230100', '230000', '000000']);
    expect(regionChain('150000')).toEqual(['150000', '000000']);
    expect(regionChain('000000')).toEqual(['000000']);
  });

  it('scopes by prefix', () => {
    expect(isWithinRegion('220100', '220000')).toBe(true);
    expect(isWithinRegion('220102', '220000')).toBe(true);
    expect(isWithinRegion('220102', '220100')).toBe(true);
    expect(isWithinRegion('220100', '220100')).toBe(true);
    expect(isWithinRegion('371500', '000000')).toBe(true);
    expect(isWithinRegion('000000', '000000')).toBe(true);
    expect(isWithinRegion('220202', '220100')).toBe(false);
    expect(isWithinRegion('230100', '220000')).toBe(false);
    expect(isWithinRegion('220000', '220100')).toBe(false);
    expect(isWithinRegion('000000', '220000')).toBe(false);
    expect(isWithinRegion('220102', '2201')).toBe(false);
  });

  it('names all 31 provincial-level divisions and the seeded cities', () => {
    const provinces = Object.keys(REGIONS).filter((c) => regionLevel(c) === 'province');
    expect(provinces).toHaveLength(31);
    expect(regionName('220100')).toBe('长春市');
    expect(regionName('220200')).toBe('吉林市');
    expect(regionName('230100')).toBe('哈尔滨市');
    expect(regionName('230200')).toBe('齐齐哈尔市');
    expect(regionName('150100')).toBe('呼和浩特市');
    expect(regionName('150200')).toBe('包头市');
    expect(regionName('370100')).toBe('济南市');
    expect(regionName('370200')).toBe('青岛市');
    expect(regionName('371500')).toBe('聊城市');
    expect(regionName('150000')).toBe('内蒙古自治区');
    expect(regionName('999999')).toBeUndefined();
    expect(regionName('toString')).toBeUndefined();
  });

  it('every table entry is a valid code whose province is in the table', () => {
    for (const code of Object.keys(REGIONS)) {
      expect(isRegionCode(code), code).toBe(true);
      const p = provinceOf(code);
      if (p) expect(regionName(p), code).toBeDefined();
    }
  });
});
