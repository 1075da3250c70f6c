/**
 * Masked forms of personal data for lists, public notices and applicant screens (issue: "masked in lists and
 * public notices"): enough for a person to recognise their own record, not enough to reuse it. The same
 * functions serve the API and the web apps, so a number is never shown with more digits in one place than
 * in another.
 */

const STAR = '*';

/** `220102198001011234` → `2201**********1234`: region prefix and last four, the form used in public notices. */
export function maskIdNumber(idNumber: string): string {
  const s = idNumber.trim().toUpperCase();
  if (s.length <= 8) return STAR.repeat(s.length);
  return `${s.slice(0, 4)}${STAR.repeat(s.length - 8)}${s.slice(-4)}`;
}

/** `13812345678` → `138****5678`. */
export function maskPhone(phone: string): string {
  const s = phone.replace(/[\s-]+/g, '');
  if (s.length < 7) return STAR.repeat(s.length);
  return `${s.slice(0, 3)}${STAR.repeat(s.length - 7)}${s.slice(-4)}`;
}

/** `6222021234567890123` → `6222***********0123`: bank and last four, as on a bank's own statements. */
export function maskBankAccount(accountNo: string): string {
  const s = accountNo.replace(/[\s\u3000]+/g, '');
  if (s.length <= 8) return STAR.repeat(s.length);
  return `${s.slice(0, 4)}${STAR.repeat(s.length - 8)}${s.slice(-4)}`;
}

/** `张三丰` → `张**`: surname only, for public notices where the ID number is also masked. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  return `${chars[0]}${STAR.repeat(chars.length - 1)}`;
}
