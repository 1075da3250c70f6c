import { maskBankAccount, maskIdNumber, maskName } from '../privacy/index.js';
import type { NameMaskingStyle } from './schedule.js';

/**
 * Masking for public lists (A15; issue 4: "masked in lists and public notices (2201**********1234)"). The ID
 * number and account rules are the platform's one rule (`privacy`), re-exported here so a notice never shows
 * more digits than any other screen. `maskName` is the platform's list form (surname only, 张**); a public
 * notice uses its region's `nameMasking` style through `maskNoticeName` (default first and last, 张*明).
 */
export { maskIdNumber, maskName };

/** `6222021234567890123` → `6222***********0123` (the platform's bank-account rule). */
export const maskAccount: (accountNo: string) => string = maskBankAccount;

/**
 * A name for a public notice. `first_and_last`: 张三明 → 张*明, 张三 → 张*, 欧阳娜娜 → 欧**娜,
 * 阿依古丽·买买提 → 阿*****提. `surname_only`: 张**. A one-character name is shown as '*'.
 */
export function maskNoticeName(name: string, style: NameMaskingStyle = 'first_and_last'): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*'.repeat(chars.length);
  if (style === 'surname_only') return maskName(name);
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
