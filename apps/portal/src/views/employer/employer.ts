// The employer area (issue 7): login by credit code, and the batch application sheet — its template, which
// file kinds it takes, and how a row error is said in the words of the sheet (line number and column title).
import { parseCreditCode } from '@huimin/domain';
import { CSV_TYPE, XLSX_TYPE, type RowError } from '../../api/employer';

export interface EmployerLoginForm {
  creditCode: string;
  code: string;
}
export type EmployerLoginField = keyof EmployerLoginForm;
export type EmployerLoginErrors = Partial<Record<EmployerLoginField, string>>;

export function emptyEmployerLoginForm(): EmployerLoginForm {
  return { creditCode: '', code: '' };
}

/** The credit code with its check character, so a typo is caught before a code is spent. */
export function validateCreditCode(form: EmployerLoginForm): { ok: true; creditCode: string } | { ok: false; errors: EmployerLoginErrors } {
  const text = form.creditCode.replace(/\s+/g, '').toUpperCase();
  if (text === '') return { ok: false, errors: { creditCode: '请填写统一社会信用代码' } };
  const parsed = parseCreditCode(text);
  return parsed.ok ? { ok: true, creditCode: parsed.value } : { ok: false, errors: { creditCode: parsed.message } };
}

export function validateEmployerLogin(form: EmployerLoginForm): { ok: true; creditCode: string; code: string } | { ok: false; errors: EmployerLoginErrors } {
  const credit = validateCreditCode(form);
  const errors: EmployerLoginErrors = credit.ok ? {} : { ...credit.errors };
  const code = form.code.trim();
  if (code === '') errors.code = '请填写短信验证码';
  else if (!/^\d{6}$/.test(code)) errors.code = '验证码为6位数字';
  if (!credit.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, creditCode: credit.creditCode, code };
}

export function employerLoginFieldOf(path: string): EmployerLoginField | null {
  return path === 'creditCode' || path === 'code' ? path : null;
}

/** The sheet's columns: the API's field names in the header row, the titles people read in the messages. */
export const BATCH_COLUMNS = [
  { key: 'idNumber', title: '身份证号' },
  { key: 'certificateNo', title: '证书编号' },
  { key: 'payeeKind', title: '收款方式' },
  { key: 'accountNo', title: '收款账号' },
  { key: 'bankName', title: '开户银行' },
  { key: 'phone', title: '手机号' },
] as const;

/**
 * The template: the header row the API reads, then one example row to be overwritten. The BOM makes Excel open
 * the UTF-8 Chinese correctly; the example's ID number is left blank so that a forgotten example row is
 * reported as a row error instead of applying for someone.
 */
export function batchTemplateCsv(): string {
  const header = BATCH_COLUMNS.map((c) => c.key).join(',');
  const example = ['', '（证书编号）', '银行卡', '6222020200112233445', '中国工商银行', ''].join(',');
  return `\uFEFF${header}\r\n${example}\r\n`;
}

/** The content type to upload a chosen file with, or null for a file the API does not take. */
export function uploadTypeOf(file: { name: string; type: string }): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === CSV_TYPE) return CSV_TYPE;
  if (name.endsWith('.xlsx') || file.type === XLSX_TYPE) return XLSX_TYPE;
  return null;
}

/** Line 1 of the sheet is the header: data row 0 is line 2. */
export function sheetLine(index: number): number {
  return index + 2;
}

export function columnTitle(path: string): string {
  return BATCH_COLUMNS.find((c) => c.key === path)?.title ?? '整行';
}

/** Row errors grouped by line, in sheet order, each line's messages together. */
export function errorsByLine(errors: readonly RowError[]): { line: number; items: { column: string; message: string }[] }[] {
  const lines = new Map<number, { column: string; message: string }[]>();
  for (const e of [...errors].sort((a, b) => a.index - b.index)) {
    const line = sheetLine(e.index);
    lines.set(line, [...(lines.get(line) ?? []), { column: columnTitle(e.path), message: e.message }]);
  }
  return [...lines.entries()].map(([line, items]) => ({ line, items }));
}
