import { z } from 'zod';

// GB 11643-1999: weights for the first 17 digits; the check character is CHECK[sum mod 11] (POLICY.md E6).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** The check character for the first 17 digits of a resident ID number. */
export function idNumberCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('身份证号前17位必须是数字');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export interface IdNumberInfo {
  idNumber: string;
  /** `YYYY-MM-DD` read from digits 7–14. */
  birthDate: string;
  sex: 'male' | 'female';
  /** The 6-digit region of first registration (digits 1–6). */
  regionCode: string;
}

export type IdNumberResult = { ok: true; value: IdNumberInfo } | { ok: false; message: string };

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Parse an 18-character resident ID number; a lower-case x is accepted and normalised to X. */
export function parseIdNumber(input: string): IdNumberResult {
  const s = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, message: '身份证号应为18位，前17位为数字，最后一位为数字或X' };
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  if (y < 1900 || !isRealDate(y, m, d)) return { ok: false, message: '身份证号中的出生日期无效' };
  if (idNumberCheckDigit(s.slice(0, 17)) !== s[17]) return { ok: false, message: '身份证号校验位不正确' };
  return {
    ok: true,
    value: {
      idNumber: s,
      birthDate: `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`,
      sex: Number(s[16]) % 2 === 1 ? 'male' : 'female',
      regionCode: s.slice(0, 6),
    },
  };
}

export function isValidIdNumber(input: string): boolean {
  return parseIdNumber(input).ok;
}

/** zod schema: a valid resident ID number, normalised to upper case. */
// Marked pure so that a web app using only the check functions does not load zod.
export const idNumberSchema = /* @__PURE__ */ z.string().transform((value, ctx) => {
  const r = parseIdNumber(value);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.message });
    return z.NEVER;
  }
  return r.value.idNumber;
});
