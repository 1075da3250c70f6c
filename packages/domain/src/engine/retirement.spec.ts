import { describe, expect, it } from 'vitest';
import { legalRetirement, legalRetirementDate, legalRetirementMonth, type RetirementInput } from './retirement.js';

/** POLICY.md E4: every example listed there (birth month → retirement month). */
const examples: [string, RetirementInput['sex'], 50 | 55 | undefined, string][] = [
  ['1964-12', 'male', undefined, '2024-12'],
  ['1965-01', 'male', undefined, '2025-02'],
  ['1965-04', 'male', undefined, '2025-05'],
  ['1965-05', 'male', undefined, '2025-07'],
  ['1966-01', 'male', undefined, '2026-05'],
  ['1976-08', 'male', undefined, '2039-07'],
  ['1976-09', 'male', undefined, '2039-09'],
  ['1970-01', 'female', 55, '2025-02'],
  ['1970-05', 'female', 55, '2025-07'],
  ['1981-09', 'female', 55, '2039-09'],
  ['1974-12', 'female', 50, '2024-12'],
  ['1975-01', 'female', 50, '2025-02'],
  ['1975-03', 'female', 50, '2025-05'],
  ['1975-11', 'female', 50, '2026-05'],
  ['1984-11', 'female', 50, '2039-11'],
];

describe('legal retirement (E4)', () => {
  it.each(examples)('%s %s %s → %s', (birth, sex, femaleRetirementAge, expected) => {
    expect(legalRetirementMonth({ birthDate: `${birth}-15`, sex, femaleRetirementAge })).toBe(expected);
  });

  it('caps at 63 / 58 / 55', () => {
    expect(legalRetirement({ birthDate: '1990-01-01', sex: 'male' }).ageMonths).toBe(63 * 12);
    expect(legalRetirement({ birthDate: '1990-01-01', sex: 'female', femaleRetirementAge: 55 }).ageMonths).toBe(58 * 12);
    expect(legalRetirement({ birthDate: '1990-01-01', sex: 'female', femaleRetirementAge: 50 }).ageMonths).toBe(55 * 12);
  });

  it('keeps the birthday’s day, clamped to the month', () => {
    expect(legalRetirementDate({ birthDate: '1965-01-31', sex: 'male' })).toBe('2025-02-28');
    expect(legalRetirementDate({ birthDate: '1964-12-31', sex: 'male' })).toBe('2024-12-31');
  });

  it('needs the category of a woman', () => {
    expect(() => legalRetirement({ birthDate: '1975-01-01', sex: 'female' })).toThrow(/50或55/);
  });
});
