import { describe, expect, it } from 'vitest';
import { maskBankAccount, maskIdNumber, maskName, maskPhone } from './mask.js';

describe('masking personal data', () => {
  it('keeps the region prefix and the last four of an ID number (2201**********1234)', () => {
    expect(maskIdNumber('220102198001011234')).toBe('2201**********1234');
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X');
    expect(maskIdNumber('220102198001011234')).toHaveLength(18);
  });

  it('keeps the first three and last four digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
  });

  it('keeps the first and last four digits of a bank account', () => {
    expect(maskBankAccount('6222 0212 3456 7890 123')).toBe('6222***********0123');
  });

  it('keeps only the surname of a name', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('欧阳娜娜')).toBe('欧***');
  });

  it('never returns a short value in full', () => {
    expect(maskIdNumber('1234')).toBe('****');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskBankAccount('12345678')).toBe('********');
  });
});
