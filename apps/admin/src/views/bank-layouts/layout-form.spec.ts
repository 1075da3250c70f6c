import { DEFAULT_BANK_FILE_LAYOUT, type BankFileLayout } from '@huimin/domain';
import { describe, expect, it } from 'vitest';
import { checkLayoutForm, errorUnder, formFromLayout, formatPath, issueMessage, layoutFromForm, move, previewFile, splitValues, unplacedErrors, visibleLine } from './layout-form';

const PIPE: BankFileLayout = {
  ...DEFAULT_BANK_FILE_LAYOUT,
  id: 'jl-bank-pipe',
  name: '吉林银行代发（竖线分隔，金额以分计）',
  encoding: 'utf-8',
  delimiter: '|',
  lineEnding: 'lf',
  amountUnit: 'fen',
  file: { header: false, columns: [{ field: 'reference', title: '业务参考号' }, { field: 'account_no', title: '账号' }, { field: 'payee_name', title: '户名' }, { field: 'amount', title: '金额' }, { field: 'constant', title: '币种', value: 'CNY' }] },
  result: { header: false, columns: ['reference', 'status', 'reason'], paidValues: ['S'], failedValues: ['F'] },
};

describe('the layout form', () => {
  it('turns a layout into a form and back unchanged', () => {
    expect(layoutFromForm(formFromLayout(DEFAULT_BANK_FILE_LAYOUT))).toEqual(DEFAULT_BANK_FILE_LAYOUT);
    expect(layoutFromForm(formFromLayout(PIPE))).toEqual(PIPE);
  });

  it('reads the status values separated by commas, 顿号 or new lines', () => {
    expect(splitValues(' 成功、S, SUCCESS，已成功\nOK ;')).toEqual(['成功', 'S', 'SUCCESS', '已成功', 'OK']);
    expect(splitValues('  ')).toEqual([]);
  });

  it('sends a value only on a constant column', () => {
    const form = formFromLayout(PIPE);
    form.fileColumns[0]!.value = 'stray';
    const layout = layoutFromForm(form);
    expect(layout.file.columns[0]).toEqual({ field: 'reference', title: '业务参考号' });
    expect(layout.file.columns[4]).toEqual({ field: 'constant', title: '币种', value: 'CNY' });
  });

  it('moves rows up and down, and ignores a move off either end', () => {
    const rows = ['a', 'b', 'c'];
    move(rows, 2, -1);
    expect(rows).toEqual(['a', 'c', 'b']);
    move(rows, 0, -1);
    move(rows, 2, 1);
    expect(rows).toEqual(['a', 'c', 'b']);
    move(rows, 0, 1);
    expect(rows).toEqual(['c', 'a', 'b']);
  });
});

describe('checkLayoutForm (the domain’s bankFileLayoutSchema)', () => {
  it('accepts the default and a bank’s own layout', () => {
    expect(checkLayoutForm(formFromLayout(DEFAULT_BANK_FILE_LAYOUT))).toEqual({ ok: true, layout: DEFAULT_BANK_FILE_LAYOUT });
    expect(checkLayoutForm(formFromLayout(PIPE)).ok).toBe(true);
  });

  it('names each bad field by the API’s path, in Chinese', () => {
    const form = formFromLayout(PIPE);
    form.id = 'JL Bank';
    form.name = ' ';
    form.fileColumns = form.fileColumns.filter((c) => c.field !== 'account_no');
    form.fileColumns[3]!.value = 'C\nNY';
    form.fileColumns[1]!.title = '';
    form.resultColumns = form.resultColumns.filter((c) => c.field !== 'status');
    form.paidValues = 'S、F';
    const result = checkLayoutForm(form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      id: '格式标识只能含小写字母、数字和连字符',
      name: '不能为空',
      'file.columns': '银行文件须包含account_no列',
      'file.columns[1].title': '不能为空',
      'file.columns[3].value': '不能含换行',
      'result.columns': '结果文件须恰有一列status',
      result: '“F”不能同时表示成功和失败',
    });
    for (const message of Object.values(result.errors)) expect(message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('asks for the fixed value of a constant column and for at least one status value', () => {
    const form = formFromLayout(PIPE);
    form.fileColumns.push({ key: 99, field: 'constant', title: '付款账号', value: '' });
    form.failedValues = ' ';
    const result = checkLayoutForm(form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(errorUnder(result.errors, 'result.failedValues')).toBe('至少需要1项');
    expect(unplacedErrors(result.errors)).toEqual([]);
  });

  it('says zod’s defaults in Chinese and keeps the schema’s own words', () => {
    expect(issueMessage({ code: 'invalid_value', message: 'Invalid option', path: ['encoding'], values: ['utf-8', 'utf-8-bom'] })).toBe('取值无效，可选：utf-8、utf-8-bom');
    expect(issueMessage({ code: 'too_big', message: 'Too big', path: ['purpose'], origin: 'string', maximum: 60 })).toBe('长度不能超过60个字');
    expect(issueMessage({ code: 'custom', message: '不能含换行', path: [] })).toBe('不能含换行');
    expect(formatPath(['file', 'columns', 2, 'title'])).toBe('file.columns[2].title');
    expect(unplacedErrors({ 'file.header': '必填项', name: '不能为空' })).toEqual(['file.header：必填项']);
  });
});

describe('previewFile', () => {
  it('writes the header and the first line of the default layout, with the BOM reported apart', () => {
    const preview = previewFile(DEFAULT_BANK_FILE_LAYOUT, '220100', '2026-11-23');
    expect(preview.bom).toBe(true);
    expect(preview.eol).toBe('\r\n');
    expect(preview.lines).toEqual(['序号,业务参考号,收款人姓名,收款账号,开户银行,金额（元）,用途', '1,P220100-20261123-000001-00001,张三,6222020200112233445,中国工商银行长春分行,1500.00,技能提升补贴']);
  });

  it('writes two data lines of a layout without a header, amounts in fen', () => {
    const preview = previewFile(PIPE, '220100', '2026-11-23');
    expect(preview).toEqual({
      bom: false,
      eol: '\n',
      lines: ['P220100-20261123-000001-00001|6222020200112233445|张三|150000|CNY', 'P220100-20261123-000001-00002|6217000100012345678|李四|200000|CNY'],
    });
    expect(visibleLine('a\tb')).toBe('a→b');
  });
});
