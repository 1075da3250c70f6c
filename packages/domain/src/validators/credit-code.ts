import { z } from 'zod';

// GB 32100-2015 (POLICY.md E6): 31-character alphabet without I, O, Z, S, V.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters of a unified social credit code. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('统一社会信用代码前17位长度不正确');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i]!);
    if (v < 0) throw new RangeError(`统一社会信用代码含非法字符“${first17[i]}”`);
    sum += v * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export type CreditCodeResult = { ok: true; value: string } | { ok: false; message: string };

export function parseCreditCode(input: string): CreditCodeResult {
  const s = input.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) {
    return { ok: false, message: '统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）' };
  }
  if (creditCodeCheckChar(s.slice(0, 17)) !== s[17]) return { ok: false, message: '统一社会信用代码校验位不正确' };
  return { ok: true, value: s };
}

export function isValidCreditCode(input: string): boolean {
  return parseCreditCode(input).ok;
}

// Marked pure so that a web app using only the check functions does not load zod.
export const creditCodeSchema = /* @__PURE__ */ z.string().transform((value, ctx) => {
  const r = parseCreditCode(value);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.message });
    return z.NEVER;
  }
  return r.value;
});
