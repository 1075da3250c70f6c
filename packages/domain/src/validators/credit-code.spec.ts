import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeSchema, isValidCreditCode, parseCreditCode } from './credit-code.js';

describe('unified social credit code (GB 32100, POLICY.md E6)', () => {
  it('accepts the published examples', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91110000600037341L')).toBe(true);
  });

  it('normalises case and surrounding spaces', () => {
    expect(parseCreditCode(' 91110000600037341l ')).toEqual({ ok: true, value: '91110000600037341L' });
  });

  it('computes the check character', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
  });

  it('refuses a wrong check character', () => {
    expect(parseCreditCode('91350100M000100Y44')).toEqual({ ok: false, message: '统一社会信用代码校验位不正确' });
    expect(isValidCreditCode('91110000600037341K')).toBe(false);
  });

  it('refuses wrong lengths and letters outside the alphabet', () => {
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode('91350100I000100Y43')).toBe(false); // I is not used
    expect(isValidCreditCode('91350100O000100Y43')).toBe(false); // nor O
  });

  it('works as a zod schema', () => {
    expect(creditCodeSchema.parse('91350100m000100y43')).toBe('91350100M000100Y43');
    expect(creditCodeSchema.safeParse('91350100M000100Y44').success).toBe(false);
  });
});
