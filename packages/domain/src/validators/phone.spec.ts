import { describe, expect, it } from 'vitest';
import { isMobilePhone, mobilePhoneSchema, normalizeMobilePhone } from './phone.js';

describe('mainland mobile numbers', () => {
  it('accepts 11 digits starting 13–19', () => {
    for (const p of ['13012345678', '14512345678', '15912345678', '16612345678', '17712345678', '18812345678', '19912345678']) {
      expect(isMobilePhone(p), p).toBe(true);
    }
  });

  it('refuses other prefixes and lengths', () => {
    for (const p of ['12012345678', '10012345678', '23012345678', '1381234567', '138123456789', '1381234567a', '']) {
      expect(isMobilePhone(p), p).toBe(false);
    }
  });

  it('normalises spaces, hyphens and the +86 code', () => {
    expect(normalizeMobilePhone('138 1234 5678')).toBe('13812345678');
    expect(normalizeMobilePhone('138-1234-5678')).toBe('13812345678');
    expect(normalizeMobilePhone('+86 138 1234 5678')).toBe('13812345678');
    expect(normalizeMobilePhone('0086 13812345678')).toBe('13812345678');
    expect(normalizeMobilePhone('+85 13812345678')).toBeNull();
  });

  it('works as a zod schema with a Chinese message', () => {
    expect(mobilePhoneSchema.parse(' 138 1234 5678 ')).toBe('13812345678');
    const bad = mobilePhoneSchema.safeParse('12812345678');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/手机号码/);
  });
});
