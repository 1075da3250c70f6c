import { creditCodeCheckChar } from '@huimin/domain';
import { describe, expect, it } from 'vitest';
import { BATCH_COLUMNS, batchTemplateCsv, batchTemplateHref, checkCreditCode, errorsByLine, newBatchKey, sheetLine, uploadTypeOf, XLSX_TYPE } from './counter-batch';

const FIRST17 = '91220101MA1234567';
const CODE = FIRST17 + creditCodeCheckChar(FIRST17);

describe('checkCreditCode', () => {
  it('takes a code with its check character, without spaces and in upper case', () => {
    expect(checkCreditCode(` ${CODE.slice(0, 9).toLowerCase()} ${CODE.slice(9)} `)).toEqual({ ok: true, value: CODE });
  });

  it('says in Chinese what is wrong', () => {
    expect(checkCreditCode('')).toEqual({ ok: false, message: '请填写单位的统一社会信用代码' });
    expect(checkCreditCode('123')).toMatchObject({ ok: false, message: expect.stringContaining('18位') });
    const wrongCheck = FIRST17 + (CODE.endsWith('0') ? '1' : '0');
    expect(checkCreditCode(wrongCheck)).toEqual({ ok: false, message: '统一社会信用代码校验位不正确' });
  });
});

describe('the template', () => {
  it('has the header row the API reads, a BOM for Excel, and an example row without an ID number', () => {
    const csv = batchTemplateCsv();
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, example] = csv.slice(1).split('\r\n');
    expect(header).toBe('idNumber,certificateNo,payeeKind,accountNo,bankName,phone');
    expect(header!.split(',')).toEqual([...BATCH_COLUMNS]);
    expect(example!.split(',')[0]).toBe('');
    expect(example!.split(',')[2]).toBe('银行卡');
    expect(decodeURIComponent(batchTemplateHref().replace('data:text/csv;charset=utf-8,', ''))).toBe(csv);
  });
});

describe('uploadTypeOf', () => {
  it('knows CSV and .xlsx by name or type, and nothing else', () => {
    expect(uploadTypeOf({ name: '职工.CSV', type: '' })).toBe('text/csv');
    expect(uploadTypeOf({ name: 'sheet', type: 'text/csv' })).toBe('text/csv');
    expect(uploadTypeOf({ name: '职工.xlsx', type: '' })).toBe(XLSX_TYPE);
    expect(uploadTypeOf({ name: '职工.xls', type: 'application/vnd.ms-excel' })).toBeNull();
    expect(uploadTypeOf({ name: '职工.pdf', type: 'application/pdf' })).toBeNull();
  });
});

describe('errorsByLine', () => {
  it('says each error by sheet line (data row 0 is line 2) and column, in sheet order', () => {
    expect(sheetLine(0)).toBe(2);
    const lines = errorsByLine([
      { index: 3, path: 'accountNo', message: '收款账号应为8—30位数字' },
      { index: 1, path: 'idNumber', message: '未找到该参保人员' },
      { index: 3, path: '', message: '同一文件中重复' },
      { index: 3, path: 'payee.kind', message: '收款方式无效' },
    ]);
    expect(lines).toEqual([
      { line: 3, items: [{ column: 'idNumber', message: '未找到该参保人员' }] },
      {
        line: 5,
        items: [
          { column: 'accountNo', message: '收款账号应为8—30位数字' },
          { column: null, message: '同一文件中重复' },
          { column: null, message: '收款方式无效' },
        ],
      },
    ]);
  });
});

describe('newBatchKey', () => {
  it('makes a fresh visible-ASCII key each time', () => {
    expect(newBatchKey()).not.toBe(newBatchKey());
    expect(newBatchKey()).toMatch(/^[\x21-\x7e]{1,128}$/);
    expect(newBatchKey(() => 'k')).toBe('counter-batch-k');
  });
});
