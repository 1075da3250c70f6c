import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenSchema, fenToChineseUpper, fenToYuanString, formatFen, formatYuan, isFen, yuanToFen } from './index.js';

describe('fen', () => {
  it('schema accepts non-negative safe integers only', () => {
    expect(fenSchema.parse(195000)).toBe(195000);
    expect(fenSchema.parse(0)).toBe(0);
    expect(fenSchema.safeParse(-1).success).toBe(false);
    expect(fenSchema.safeParse(1.5).success).toBe(false);
    expect(fenSchema.safeParse(Number.MAX_SAFE_INTEGER + 1).success).toBe(false);
    expect(fenSchema.safeParse('195000').success).toBe(false);
    expect(fenSchema.safeParse(-1).error?.issues[0]?.message).toBe('金额不能为负数');
    expect(fenSchema.safeParse(1.5).error?.issues[0]?.message).toBe('金额应为以分为单位的整数');
    expect(isFen(3)).toBe(true);
    expect(isFen(0.3)).toBe(false);
  });

  it('converts yuan strings exactly', () => {
    expect(yuanToFen('1950.5')).toBe(195050);
    expect(yuanToFen('1950')).toBe(195000);
    expect(yuanToFen('1,950.00')).toBe(195000);
    expect(yuanToFen('0.29')).toBe(29);
    expect(yuanToFen(' 12.30 ')).toBe(1230);
    expect(yuanToFen('2.500')).toBe(250);
    expect(yuanToFen('-3.2')).toBe(-320);
    expect(yuanToFen('-0')).toBe(0);
    expect(yuanToFen('12345678901.23')).toBe(1234567890123);
  });

  it('converts yuan numbers through their decimal form, not float multiplication', () => {
    expect(yuanToFen(1950.5)).toBe(195050);
    expect(yuanToFen(0.29)).toBe(29); // 0.29 * 100 is 28.999999999999996
    expect(yuanToFen(1.15)).toBe(115); // 1.15 * 100 is 114.99999999999999
    expect(yuanToFen(2400)).toBe(240000);
  });

  it('refuses what is not an amount or would need rounding', () => {
    for (const bad of ['', 'abc', '1.2.3', '1,95.00', '12,3456', '1.005', '¥12', '1e3', '.5']) {
      expect(() => yuanToFen(bad), bad).toThrow(RangeError);
    }
    expect(() => yuanToFen(0.1 + 0.2)).toThrow('两位小数');
    expect(() => yuanToFen(Number.NaN)).toThrow(RangeError);
    expect(() => yuanToFen(Infinity)).toThrow(RangeError);
    expect(() => yuanToFen(1e21)).toThrow(RangeError);
    expect(() => yuanToFen('99999999999999999')).toThrow('超出范围');
  });

  it('formats with thousands separators', () => {
    expect(formatFen(195000)).toBe('1,950.00');
    expect(formatFen(0)).toBe('0.00');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(99999)).toBe('999.99');
    expect(formatFen(100000)).toBe('1,000.00');
    expect(formatFen(123456789012)).toBe('1,234,567,890.12');
    expect(formatFen(-195050)).toBe('-1,950.50');
    expect(formatYuan(195000)).toBe('1,950.00元');
    expect(fenToYuanString(195000)).toBe('1950.00');
    expect(fenToYuanString(-7)).toBe('-0.07');
    expect(() => formatFen(1.5)).toThrow(RangeError);
  });

  it('round-trips fen through both string forms', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (fen) => {
        expect(yuanToFen(formatFen(fen))).toBe(fen);
        expect(yuanToFen(fenToYuanString(fen))).toBe(fen);
      }),
    );
  });
});

describe('大写金额', () => {
  it.each([
    [0, '零元整'],
    [1, '壹分'],
    [10, '壹角'],
    [15, '壹角伍分'],
    [100, '壹元整'],
    [105, '壹元零伍分'],
    [110, '壹元壹角'],
    [155, '壹元伍角伍分'],
    [1000, '壹拾元整'],
    [1500, '壹拾伍元整'],
    [11000, '壹佰壹拾元整'],
    [10100, '壹佰零壹元整'],
    [195000, '壹仟玖佰伍拾元整'],
    // The printed approval form's examples: whole yuan, every unit, a zero 角 before 分.
    [150000, '壹仟伍佰元整'],
    [123456, '壹仟贰佰叁拾肆元伍角陆分'],
    [100005, '壹仟元零伍分'],
    [140950, '壹仟肆佰零玖元伍角'],
    [600714, '陆仟零柒元壹角肆分'],
    [168032, '壹仟陆佰捌拾元叁角贰分'],
    [1640902, '壹万陆仟肆佰零玖元零贰分'],
    [32504, '叁佰贰拾伍元零肆分'],
    [10700053, '壹拾万柒仟元伍角叁分'],
    [10070000, '壹拾万零柒佰元整'],
    [1000001, '壹万元零壹分'],
    [1000000, '壹万元整'],
    [1000100, '壹万零壹元整'],
    [1001000, '壹万零壹拾元整'],
    [10000000, '壹拾万元整'],
    [200000000, '贰佰万元整'],
    [10000000000, '壹亿元整'],
    [10000000100, '壹亿零壹元整'],
    [11000000000, '壹亿壹仟万元整'],
    [10100000000, '壹亿零壹佰万元整'],
    [10001000000, '壹亿零壹万元整'],
    [123456789012, '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分'],
    [1000000000000000, '壹拾万亿元整'],
    [1000100000000000, '壹拾万零壹拾亿元整'],
    [1001000000000000, '壹拾万零壹佰亿元整'],
  ])('%i fen → %s', (fen, text) => {
    expect(fenToChineseUpper(fen)).toBe(text);
  });

  it('refuses negative and fractional fen', () => {
    expect(() => fenToChineseUpper(-1)).toThrow(RangeError);
    expect(() => fenToChineseUpper(1.5)).toThrow(RangeError);
  });

  it('never writes two 零 in a row, never ends in 零, and uses only the financial characters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (fen) => {
        const s = fenToChineseUpper(fen);
        expect(s).not.toMatch(/零零/);
        expect(s).not.toMatch(/零[元万亿角分]?$/);
        expect(s).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/);
        expect(s.endsWith('整')).toBe(fen % 100 === 0);
      }),
    );
  });
});
