import type { Fen } from './fen.js';

/**
 * 中文大写金额 for approval forms and payment vouchers, written by the rules of the People's Bank 《支付结算办法》
 * annex (正确填写票据和结算凭证的基本规定):
 * - 壹拾 is always written with 壹 ("壹拾元整", "壹拾万元整");
 * - zeros between digits are written as one 零 (6007.14 → 陆仟零柒元壹角肆分); trailing zeros of a section are
 *   not written;
 * - where the 万 or 元 digit is zero but the next digit (千 or 角) is not, the 零 may be left out; we leave it out
 *   (107000.53 → 壹拾万柒仟元伍角叁分, 1680.32 → 壹仟陆佰捌拾元叁角贰分);
 * - 角 zero and 分 not zero: 零 after 元 is required (325.04 → 叁佰贰拾伍元零肆分);
 * - 整 follows 元 when there are no 角 and 分; after 角 it may be left out and we leave it out; never after 分.
 */
const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const UNITS_IN_SECTION = ['', '拾', '佰', '仟'] as const;

/** 1–9999 as 大写, without leading zeros and without trailing zeros. */
function section(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d]! + UNITS_IN_SECTION[pos]!;
  }
  return out;
}

/** A positive integer number of yuan as 大写 without the 元. */
function integerUpper(n: number): string {
  if (n >= 1e8) {
    const high = Math.floor(n / 1e8);
    const low = n % 1e8;
    if (low === 0) return `${integerUpper(high)}亿`;
    // The 千万 digit of the lower part is zero: the gap is written as one 零.
    return `${integerUpper(high)}亿${low < 1e7 ? '零' : ''}${integerUpper(low)}`;
  }
  if (n >= 1e4) {
    const high = Math.floor(n / 1e4);
    const low = n % 1e4;
    if (low === 0) return `${section(high)}万`;
    return `${section(high)}万${low < 1000 ? '零' : ''}${section(low)}`;
  }
  return section(n);
}

/** 195000 → "壹仟玖佰伍拾元整", 105 → "壹元零伍分", 10 → "壹角", 0 → "零元整". */
export function fenToChineseUpper(fen: Fen): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额应为以分为单位的整数：${fen}`);
  if (fen < 0) throw new RangeError(`大写金额不能为负数：${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const fenDigit = fen % 10;
  const fraction =
    (jiao ? `${DIGITS[jiao]}角` : '') + (fenDigit ? `${DIGITS[fenDigit]}分` : '');
  if (yuan === 0) return fraction || '零元整';
  const head = `${integerUpper(yuan)}元`;
  if (!jiao && !fenDigit) return `${head}整`;
  if (!jiao) return `${head}零${fraction}`;
  return head + fraction;
}
