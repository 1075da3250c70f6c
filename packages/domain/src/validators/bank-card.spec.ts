import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankAccountSchema, checkBankCard, isLuhnValid } from './bank-card.js';

describe('bank card numbers (POLICY.md E6)', () => {
  it('implements the Luhn check', () => {
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('79927398710')).toBe(false);
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('6222021001116245702')).toBe(true);
    expect(isLuhnValid('')).toBe(false);
    expect(isLuhnValid('12a4')).toBe(false);
  });

  it('accepts a Luhn-valid card and strips the spaces people copy from the card', () => {
    expect(checkBankCard('6222 0210 0111 6245 702')).toEqual({ ok: true, value: '6222021001116245702', luhnValid: true });
    expect(checkBankCard('6214\u30008312 3456 7890 125').ok).toBe(true);
  });

  it('warns, but does not refuse, when Luhn fails', () => {
    const r = checkBankCard('6222021001116245703');
    expect(r.ok).toBe(true);
    expect(r.luhnValid).toBe(false);
    expect(r.ok && r.warning).toMatch(/Luhn/);
  });

  it('refuses anything that is not 12–30 digits', () => {
    for (const s of ['12345678901', '1'.repeat(31), '6222-0210-0111-6245-702', '62220210011162457O2', '']) {
      const r = checkBankCard(s);
      expect(r.ok, s).toBe(false);
      expect(!r.ok && r.message).toBe('银行卡号（账号）应为12至30位数字');
    }
    expect(checkBankCard('123456789012').ok).toBe(true);
    expect(checkBankCard('1'.repeat(30)).ok).toBe(true);
  });

  it('the zod schema keeps Luhn failures and refuses bad lengths', () => {
    expect(bankAccountSchema.parse('6222 0210 0111 6245 703')).toBe('6222021001116245703');
    const bad = bankAccountSchema.safeParse('12345');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('银行卡号（账号）应为12至30位数字');
    // A number, not text: account numbers are kept as strings so no digit can be lost.
    expect(bankAccountSchema.safeParse(6222021001).success).toBe(false);
  });

  it('changing one digit of a Luhn-valid number always breaks the check', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{15,18}$/), fc.nat(), fc.integer({ min: 1, max: 9 }), (body, pos, delta) => {
        const check = [...'0123456789'].find((c) => isLuhnValid(body + c))!;
        const card = body + check;
        const i = pos % card.length;
        const changed = card.slice(0, i) + String((Number(card[i]) + delta) % 10) + card.slice(i + 1);
        expect(isLuhnValid(card)).toBe(true);
        expect(isLuhnValid(changed)).toBe(false);
      }),
    );
  });
});
