import { describe, expect, it } from 'vitest';
import { idNumberCheckDigit, idNumberSchema, isValidIdNumber, parseIdNumber } from './id-number.js';

describe('resident ID number (GB 11643, POLICY.md E6)', () => {
  it('accepts the published example and reads birth date, sex and region', () => {
    const r = parseIdNumber('11010519491231002X');
    expect(r).toEqual({
      ok: true,
      value: { idNumber: '11010519491231002X', birthDate: '1949-12-31', sex: 'female', regionCode: '110105' },
    });
  });

  it('accepts a lower-case x and normalises it', () => {
    const r = parseIdNumber(' 11010519491231002x ');
    expect(r.ok && r.value.idNumber).toBe('11010519491231002X');
  });

  it('reads an odd 17th digit as male', () => {
    const first17 = '22010219800229001';
    const id = first17 + idNumberCheckDigit(first17);
    const r = parseIdNumber(id);
    expect(r.ok && r.value).toMatchObject({ birthDate: '1980-02-29', sex: 'male', regionCode: '220102' });
  });

  it('computes the check character with the mod-11 table', () => {
    expect(idNumberCheckDigit('11010519491231002')).toBe('X');
  });

  it('refuses a wrong check digit', () => {
    expect(parseIdNumber('110105194912310021')).toEqual({ ok: false, message: '身份证号校验位不正确' });
  });

  it('refuses an impossible birth date even with a matching check digit', () => {
    const first17 = '22010219810229001'; // 1981 is not a leap year
    expect(parseIdNumber(first17 + idNumberCheckDigit(first17))).toEqual({ ok: false, message: '身份证号中的出生日期无效' });
    const month13 = '22010219801301001';
    expect(isValidIdNumber(month13 + idNumberCheckDigit(month13))).toBe(false);
  });

  it('refuses wrong lengths and characters', () => {
    expect(isValidIdNumber('11010519491231002')).toBe(false);
    expect(isValidIdNumber('11010519491231002XX')).toBe(false);
    expect(isValidIdNumber('1101051949123100A2')).toBe(false);
    expect(isValidIdNumber('')).toBe(false);
  });

  it('works as a zod schema with a Chinese message', () => {
    expect(idNumberSchema.parse('11010519491231002x')).toBe('11010519491231002X');
    const bad = idNumberSchema.safeParse('110105194912310021');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('身份证号校验位不正确');
  });
});
