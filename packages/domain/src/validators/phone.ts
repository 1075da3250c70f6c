import { z } from 'zod';

/**
 * Mainland mobile numbers: 11 digits, `1` then 3–9. People type them with spaces or hyphens and sometimes the
 * +86 country code; we store the bare 11 digits so that matching against other registers works.
 */
const MOBILE = /^1[3-9]\d{9}$/;

/** The bare 11-digit number, or `null` when the input is not a mainland mobile number. */
export function normalizeMobilePhone(input: string): string | null {
  let s = input.replace(/[\s\u3000-]+/g, '');
  if (s.startsWith('+86')) s = s.slice(3);
  else if (s.startsWith('0086')) s = s.slice(4);
  return MOBILE.test(s) ? s : null;
}

export function isMobilePhone(input: string): boolean {
  return normalizeMobilePhone(input) !== null;
}

// Marked pure so that a web app using only the check functions does not load zod.
export const mobilePhoneSchema = /* @__PURE__ */ z.string({ error: '手机号码应为字符串' }).transform((input, ctx) => {
  const s = normalizeMobilePhone(input);
  if (s === null) {
    ctx.addIssue({ code: 'custom', message: '手机号码应为11位中国大陆手机号（以13–19开头）' });
    return z.NEVER;
  }
  return s;
});
