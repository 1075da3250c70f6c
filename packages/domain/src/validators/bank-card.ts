import { z } from 'zod';

/**
 * Bank card / settlement account numbers (POLICY.md E6). Benefits are paid into the person's own account, so a
 * typo costs a returned payment; but some real UnionPay debit cards do not satisfy the Luhn check, so a Luhn
 * failure is only a warning for the clerk to double-check, never a refusal.
 */
export type BankCardResult =
  | { ok: true; value: string; luhnValid: boolean; warning?: string }
  | { ok: false; value: string; luhnValid: false; message: string };

// Printed cards and passbooks group digits with spaces; people copy them as shown (full-width spaces included).
const SPACES = /[\s\u3000]+/g;

/** Luhn (mod 10) check over a string of digits. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Normalise and check a bank card or account number: 12–30 digits once spaces are removed. */
export function checkBankCard(input: string): BankCardResult {
  const value = input.replace(SPACES, '');
  if (!/^\d{12,30}$/.test(value)) {
    return { ok: false, value, luhnValid: false, message: '银行卡号（账号）应为12至30位数字' };
  }
  if (isLuhnValid(value)) return { ok: true, value, luhnValid: true };
  return {
    ok: true,
    value,
    luhnValid: false,
    warning: '银行卡号未通过Luhn校验，部分银联借记卡属正常情况，请与申请人核对卡号',
  };
}

/**
 * zod schema for a bank account field: refuses only what cannot be an account number and returns the digits
 * without spaces. The Luhn warning is not a validation error (E6); callers that show it use `checkBankCard`.
 */
// Marked pure (as in programs/) so that a web app using only the check functions does not load zod.
export const bankAccountSchema = /* @__PURE__ */ z
  .string({ error: '银行卡号（账号）应为字符串' })
  .transform((input, ctx) => {
    const r = checkBankCard(input);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.message });
      return z.NEVER;
    }
    return r.value;
  });
