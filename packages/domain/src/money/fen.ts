import { z } from 'zod';

/**
 * Money is an integer number of fen (API.md conventions: `amountFen: 195000` is 1,950.00 yuan). Integers keep
 * sums and splits exact; yuan appear only at the edges (input forms, printed documents).
 */
export type Fen = number;

export const fenSchema = z
  .int({ error: '金额应为以分为单位的整数' })
  .nonnegative({ error: '金额不能为负数' });

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额应为以分为单位的整数：${fen}`);
}

const DECIMAL = /^(-)?(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;

/**
 * Yuan → fen, exactly. A string is read as a decimal ("1950.5", "1,950.50", "-3.2"), never through a float,
 * so "0.29" gives 29 and not 28.999…; a number is read through its shortest decimal form. More than two
 * decimals that are not zeros are refused rather than rounded, because rounding money silently hides input
 * mistakes.
 */
export function yuanToFen(yuan: number | string): Fen {
  let text: string;
  if (typeof yuan === 'number') {
    if (!Number.isFinite(yuan)) throw new RangeError(`金额无效：${yuan}`);
    text = String(yuan);
    // Very large or very small numbers print in exponent form; those are never valid yuan amounts here.
    if (/e/i.test(text)) throw new RangeError(`金额超出范围或小数位过多：${yuan}`);
  } else {
    text = yuan.trim();
  }
  const m = DECIMAL.exec(text);
  if (!m) throw new RangeError(`金额格式不正确：${yuan}`);
  const [, minus, intPart, fraction = ''] = m;
  if (/[1-9]/.test(fraction.slice(2))) throw new RangeError(`金额最多保留两位小数：${yuan}`);
  const digits = intPart!.replaceAll(',', '') + fraction.slice(0, 2).padEnd(2, '0');
  const fen = Number(digits);
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额超出范围：${yuan}`);
  return minus && fen !== 0 ? -fen : fen;
}

/** Fen → "1950.00": a plain decimal for exports and bank files. */
export function fenToYuanString(fen: Fen): string {
  assertFen(fen);
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Fen → "1,950.00" with thousands separators, independent of the runtime's locale. */
export function formatFen(fen: Fen): string {
  const plain = fenToYuanString(fen);
  const [intPart, fraction] = plain.split('.') as [string, string];
  return `${intPart.replace(/\B(?=(\d{3})+$)/g, ',')}.${fraction}`;
}

/** Fen → "1,950.00元", for amounts shown in Chinese text. */
export function formatYuan(fen: Fen): string {
  return `${formatFen(fen)}元`;
}
