// An employer's batch sheet filed at the counter (issue 6, POLICY.md A11 单位集中申请), as plain functions: the
// credit code checked with the API's own schema, the template (the same columns as the employer's own upload in
// the portal), which files the API takes, and a row error said in the words of the sheet (line and column).
import { creditCodeSchema } from '@huimin/domain';
import type { BatchRowError } from '../../api/counter';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sheet's columns in template order: the API's names in the header row (cases.types.ts BATCH_COLUMNS). */
export const BATCH_COLUMNS = ['idNumber', 'certificateNo', 'payeeKind', 'accountNo', 'bankName', 'phone'] as const;
export type BatchColumn = (typeof BATCH_COLUMNS)[number];

export function isBatchColumn(path: string): path is BatchColumn {
  return (BATCH_COLUMNS as readonly string[]).includes(path);
}

/** The credit code with its check character (GB 32100), spaces removed and upper-cased, as the API reads it. */
export function checkCreditCode(input: string): { ok: true; value: string } | { ok: false; message: string } {
  const text = input.replace(/\s+/g, '');
  if (text === '') return { ok: false, message: '请填写单位的统一社会信用代码' };
  const parsed = creditCodeSchema.safeParse(text);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? '统一社会信用代码无效' };
}

/**
 * The template: the header row the API reads, then one example row to be overwritten. The BOM makes Excel open
 * the UTF-8 Chinese correctly; the example's ID number is left blank so that a forgotten example row is reported
 * as a row error instead of applying for someone. The payee kind may be written in Chinese (社保卡 / 银行卡).
 */
export function batchTemplateCsv(): string {
  const example = ['', '（证书编号）', '银行卡', '6222020200112233445', '中国工商银行', ''];
  return `\uFEFF${BATCH_COLUMNS.join(',')}\r\n${example.join(',')}\r\n`;
}

/** A data URL: the download needs no request and no script beyond the link itself. */
export function batchTemplateHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(batchTemplateCsv())}`;
}

export const TEMPLATE_FILENAME = '技能提升补贴集中申请模板.csv';

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

/** Row errors grouped by sheet line, in sheet order; `column` is the sheet's column or null for the whole row. */
export function errorsByLine(errors: readonly BatchRowError[]): { line: number; items: { column: BatchColumn | null; message: string }[] }[] {
  const lines = new Map<number, { column: BatchColumn | null; message: string }[]>();
  for (const e of [...errors].sort((a, b) => a.index - b.index)) {
    const line = sheetLine(e.index);
    lines.set(line, [...(lines.get(line) ?? []), { column: isBatchColumn(e.path) ? e.path : null, message: e.message }]);
  }
  return [...lines.entries()].map(([line, items]) => ({ line, items }));
}

/** One Idempotency-Key per chosen sheet: a repeated confirm, or a retry after a lost answer, creates the cases once. */
export function newBatchKey(random: () => string = () => globalThis.crypto.randomUUID()): string {
  return `counter-batch-${random()}`;
}
