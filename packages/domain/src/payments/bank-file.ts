import { z } from 'zod';
import { fenToYuanString, yuanToFen } from '../money/index.js';
import type { PaymentItem } from './items.js';

/**
 * Bank files as configurable data (A16, D2). Each bank's agency-payment (代发) format is a layout: the columns
 * of the payment file and of the bank's result file, the encoding, the amount unit. The writer and the parser
 * are the same for every bank, so supporting a new bank is a new layout (a JSON document a province admin can
 * load), not code.
 *
 * Format: CSV (RFC 4180 quoting: a field with the delimiter, a quote or a line break is quoted, quotes doubled),
 * UTF-8 with or without a byte-order mark (many bank clients and Excel need the BOM to read Chinese), CRLF or LF.
 * Amounts: `yuan` = decimal yuan with exactly two decimals ("1950.00"), `fen` = integer fen ("195000").
 * Every line carries the item's `reference` (`<batchNo>-<line>`), which the bank returns in its result file:
 * results are matched by reference, never by name or account.
 */
export const BANK_FILE_FIELDS = [
  'line_no',
  'reference',
  'batch_no',
  'payee_name',
  'account_no',
  'bank_name',
  'amount',
  'purpose',
  /** A fixed text from `value` (e.g. a currency code 'CNY' or the paying account's id). */
  'constant',
] as const;
export type BankFileField = (typeof BANK_FILE_FIELDS)[number];

export const BANK_RESULT_FIELDS = ['reference', 'status', 'reason', 'amount', 'account_no', 'ignore'] as const;
export type BankResultField = (typeof BANK_RESULT_FIELDS)[number];

const cell = z.string().refine((s) => !/[\r\n]/.test(s), { error: '不能含换行' });

export const bankFileLayoutSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: '格式标识只能含小写字母、数字和连字符' }),
    name: z.string().min(1),
    encoding: z.enum(['utf-8', 'utf-8-bom']),
    delimiter: z.enum([',', '|', '\t']),
    lineEnding: z.enum(['crlf', 'lf']),
    amountUnit: z.enum(['yuan', 'fen']),
    /** Text of the `purpose` column (用途). */
    purpose: cell.max(60),
    file: z.object({
      header: z.boolean(),
      columns: z
        .array(z.object({ field: z.enum(BANK_FILE_FIELDS), title: cell.min(1), value: cell.optional() }))
        .min(1),
    }),
    result: z.object({
      header: z.boolean(),
      columns: z.array(z.enum(BANK_RESULT_FIELDS)).min(2),
      /** Status texts meaning paid / failed (compared after trimming). */
      paidValues: z.array(z.string().trim().min(1)).min(1),
      failedValues: z.array(z.string().trim().min(1)).min(1),
    }),
  })
  .superRefine((l, ctx) => {
    const fields = l.file.columns.map((c) => c.field);
    for (const f of ['reference', 'payee_name', 'account_no', 'amount'] as const) {
      if (!fields.includes(f)) ctx.addIssue({ code: 'custom', path: ['file', 'columns'], message: `银行文件须包含${f}列` });
    }
    l.file.columns.forEach((c, i) => {
      if (c.field === 'constant' && c.value === undefined) {
        ctx.addIssue({ code: 'custom', path: ['file', 'columns', i, 'value'], message: '固定值列须给出value' });
      }
    });
    for (const f of ['reference', 'status'] as const) {
      if (l.result.columns.filter((c) => c === f).length !== 1) {
        ctx.addIssue({ code: 'custom', path: ['result', 'columns'], message: `结果文件须恰有一列${f}` });
      }
    }
    for (const f of ['reason', 'amount', 'account_no'] as const) {
      if (l.result.columns.filter((c) => c === f).length > 1) {
        ctx.addIssue({ code: 'custom', path: ['result', 'columns'], message: `结果文件的${f}列重复` });
      }
    }
    const overlap = l.result.paidValues.filter((v) => l.result.failedValues.includes(v));
    if (overlap.length) ctx.addIssue({ code: 'custom', path: ['result'], message: `“${overlap.join('、')}”不能同时表示成功和失败` });
  });
export type BankFileLayout = z.infer<typeof bankFileLayoutSchema>;

/**
 * The platform's documented default layout (docs/architecture.md "Case machinery"): UTF-8 with BOM, CRLF, a
 * header row, amount in yuan with two decimals.
 *
 *   payment file: 序号,业务参考号,收款人姓名,收款账号,开户银行,金额（元）,用途
 *   result file:  业务参考号,处理结果,失败原因      (处理结果: 成功 | 失败)
 */
export const DEFAULT_BANK_FILE_LAYOUT: BankFileLayout = Object.freeze({
  id: 'huimin-csv-v1',
  name: '惠民通用代发文件（CSV）',
  encoding: 'utf-8-bom',
  delimiter: ',',
  lineEnding: 'crlf',
  amountUnit: 'yuan',
  purpose: '技能提升补贴',
  file: {
    header: true,
    columns: [
      { field: 'line_no', title: '序号' },
      { field: 'reference', title: '业务参考号' },
      { field: 'payee_name', title: '收款人姓名' },
      { field: 'account_no', title: '收款账号' },
      { field: 'bank_name', title: '开户银行' },
      { field: 'amount', title: '金额（元）' },
      { field: 'purpose', title: '用途' },
    ],
  },
  result: {
    header: true,
    columns: ['reference', 'status', 'reason'],
    paidValues: ['成功', '已成功', 'SUCCESS', 'S'],
    failedValues: ['失败', 'FAIL', 'FAILED', 'F'],
  },
}) as BankFileLayout;

const BOM = '\uFEFF';

function quote(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function formatAmount(fen: number, unit: BankFileLayout['amountUnit']): string {
  return unit === 'yuan' ? fenToYuanString(fen) : String(fen);
}

type BankFileItem = Pick<PaymentItem, 'reference' | 'batchNo' | 'line' | 'amountFen' | 'payee' | 'status'>;

/**
 * The bank file of a batch written piece by piece, for batches too large to hold as one string (issue 8: a
 * province's batch of tens of thousands of lines): `head` first, then `lines` of consecutive slices of the items
 * in line order. The bytes are exactly writeBankFile's for the same items. Throws as writeBankFile does.
 */
export function bankFileWriter(layout: BankFileLayout, batch: { batchNo: string }): { head: string; lines(items: readonly BankFileItem[]): string } {
  const l = bankFileLayoutSchema.parse(layout);
  const eol = l.lineEnding === 'crlf' ? '\r\n' : '\n';
  const bom = l.encoding === 'utf-8-bom' ? BOM : '';
  const head = bom + (l.file.header ? l.file.columns.map((c) => quote(c.title, l.delimiter)).join(l.delimiter) + eol : '');
  const lines = (items: readonly BankFileItem[]): string => {
    let out = '';
    for (const item of [...items].sort((a, b) => a.line - b.line)) {
      if (item.batchNo !== batch.batchNo) throw new RangeError(`明细${item.reference}不属于批次${batch.batchNo}`);
      if (item.status !== 'pending') throw new RangeError(`明细${item.reference}已有结果（${item.status}），不能再次发出`);
      if (!Number.isSafeInteger(item.amountFen) || item.amountFen <= 0) throw new RangeError(`明细${item.reference}金额无效`);
      const values = l.file.columns.map((c): string => {
        switch (c.field) {
          case 'line_no':
            return String(item.line);
          case 'reference':
            return item.reference;
          case 'batch_no':
            return item.batchNo;
          case 'payee_name':
            return item.payee.name;
          case 'account_no':
            return item.payee.accountNo;
          case 'bank_name':
            return item.payee.bankName;
          case 'amount':
            return formatAmount(item.amountFen, l.amountUnit);
          case 'purpose':
            return l.purpose;
          case 'constant':
            return c.value ?? '';
        }
      });
      for (const v of values) if (/[\r\n]/.test(v)) throw new RangeError(`明细${item.reference}含换行，不能写入银行文件`);
      out += values.map((v) => quote(v, l.delimiter)).join(l.delimiter) + eol;
    }
    return out;
  };
  return { head, lines };
}

/**
 * The bank file of a batch: one line per item, in line order. Throws on a programming error (a layout that
 * fails its schema, an item of another batch, an item already settled): the caller exports only approved
 * batches of pending items.
 */
export function writeBankFile(layout: BankFileLayout, batch: { batchNo: string }, items: readonly BankFileItem[]): string {
  const writer = bankFileWriter(layout, batch);
  if (items.length === 0) throw new RangeError(`发放批次${batch.batchNo}没有明细`);
  return writer.head + writer.lines(items);
}

/** One CSV record with the (1-based) line it starts on. */
interface CsvRecord {
  line: number;
  fields: string[];
}

/** RFC 4180 records of `text`; an unterminated quote is reported, not thrown. */
function readCsv(text: string, delimiter: string): { records: CsvRecord[]; errors: { line: number; message: string }[] } {
  const records: CsvRecord[] = [];
  const errors: { line: number; message: string }[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let atFieldStart = true;
    let bad: string | null = null;
    for (;;) {
      if (i >= text.length) {
        if (quoted) bad = '引号未闭合';
        break;
      }
      const ch = text[i]!;
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            quoted = false;
            i++;
          }
        } else {
          if (ch === '\n') line++;
          field += ch;
          i++;
        }
        continue;
      }
      if (ch === '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
        i++;
        continue;
      }
      if (ch === delimiter) {
        fields.push(field);
        field = '';
        atFieldStart = true;
        i++;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        break;
      }
      if (ch === '"') bad ??= '引号位置不正确';
      field += ch;
      atFieldStart = false;
      i++;
    }
    fields.push(field);
    if (bad) errors.push({ line: start, message: `第${start}行：${bad}` });
    else if (!(fields.length === 1 && fields[0]!.trim() === '')) records.push({ line: start, fields });
  }
  return { records, errors };
}

export interface BankResultRow {
  reference: string;
  status: 'paid' | 'failed';
  reason?: string;
  /** When the layout has an amount column. */
  amountFen?: number;
  /** When the layout has an account column. */
  accountNo?: string;
  /** Line of the result file it came from. */
  line: number;
}

export interface BankResultParse {
  rows: BankResultRow[];
  errors: { line: number; message: string }[];
}

/**
 * Reads a bank's result file. Never throws on the file's content: every line that cannot be used is reported
 * with its line number (1-based, counting the header) and left out; the good lines are returned.
 */
export function parseBankResult(layout: BankFileLayout, text: string): BankResultParse {
  const l = bankFileLayoutSchema.parse(layout);
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const { records, errors } = readCsv(body, l.delimiter);
  const rows: BankResultRow[] = [];
  const seen = new Map<string, number>();
  const cols = l.result.columns;
  const paid = new Set(l.result.paidValues.map((v) => v.toUpperCase()));
  const failed = new Set(l.result.failedValues.map((v) => v.toUpperCase()));
  records.forEach((rec, index) => {
    if (index === 0 && l.result.header) return;
    const err = (message: string) => errors.push({ line: rec.line, message: `第${rec.line}行：${message}` });
    if (rec.fields.length !== cols.length) {
      err(`应有${cols.length}列，实际${rec.fields.length}列`);
      return;
    }
    const get = (f: BankResultField) => {
      const at = cols.indexOf(f);
      return at < 0 ? undefined : rec.fields[at]!.trim();
    };
    const reference = get('reference')!;
    if (!reference) {
      err('缺少业务参考号');
      return;
    }
    const statusText = get('status')!;
    const status = paid.has(statusText.toUpperCase()) ? 'paid' : failed.has(statusText.toUpperCase()) ? 'failed' : null;
    if (!status) {
      err(`无法识别的处理结果“${statusText}”`);
      return;
    }
    const row: BankResultRow = { reference, status, line: rec.line };
    const reason = get('reason');
    if (status === 'failed' && reason) row.reason = reason;
    const amount = get('amount');
    if (amount !== undefined) {
      try {
        if (l.amountUnit === 'fen') {
          if (!/^\d+$/.test(amount)) throw new RangeError();
          row.amountFen = Number(amount);
        } else {
          row.amountFen = yuanToFen(amount);
        }
        if (!Number.isSafeInteger(row.amountFen) || row.amountFen < 0) throw new RangeError();
      } catch {
        err(`金额“${amount}”格式不正确`);
        return;
      }
    }
    const account = get('account_no');
    if (account !== undefined) row.accountNo = account.replace(/\s+/g, '');
    const first = seen.get(reference);
    if (first !== undefined) {
      err(`业务参考号${reference}与第${first}行重复`);
      return;
    }
    seen.set(reference, rec.line);
    rows.push(row);
  });
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}

export interface BankReconciliation {
  /** Items to mark paid (their cases take `confirm_paid`). */
  paid: { reference: string; caseId: string }[];
  /** Items to mark failed (their cases take `fail_payment` with `reason`). */
  failed: { reference: string; caseId: string; reason: string }[];
  /** Result rows that change nothing (the same result imported again). */
  unchanged: string[];
  /** Problems: nothing of these is applied. */
  problems: { reference: string; line: number; message: string }[];
  /** Items of the batch still without a result. */
  pending: string[];
}

/**
 * Matches parsed result rows to the batch's items (D2: money flow must match case flow). A row for an unknown
 * reference, with another amount or account than the item's, or flipping an item already settled is a problem
 * and is not applied; importing the same file twice changes nothing.
 */
export function reconcileBankResult(
  items: readonly Pick<PaymentItem, 'reference' | 'caseId' | 'amountFen' | 'payee' | 'status'>[],
  rows: readonly BankResultRow[],
): BankReconciliation {
  const byRef = new Map(items.map((i) => [i.reference, i]));
  const out: BankReconciliation = { paid: [], failed: [], unchanged: [], problems: [], pending: [] };
  const settled = new Set<string>();
  for (const row of rows) {
    const item = byRef.get(row.reference);
    const problem = (message: string) => out.problems.push({ reference: row.reference, line: row.line, message });
    if (!item) {
      problem(`业务参考号${row.reference}不属于本批次`);
      continue;
    }
    if (row.amountFen !== undefined && row.amountFen !== item.amountFen) {
      problem(`金额${fenToYuanString(row.amountFen)}元与明细金额${fenToYuanString(item.amountFen)}元不符`);
      continue;
    }
    if (row.accountNo !== undefined && row.accountNo !== item.payee.accountNo) {
      problem('收款账号与明细不符');
      continue;
    }
    if (item.status !== 'pending') {
      if (item.status === row.status) out.unchanged.push(row.reference);
      else problem(`明细已为${item.status === 'paid' ? '成功' : '失败'}，银行结果不能改为${row.status === 'paid' ? '成功' : '失败'}`);
      continue;
    }
    settled.add(row.reference);
    if (row.status === 'paid') out.paid.push({ reference: row.reference, caseId: item.caseId });
    else out.failed.push({ reference: row.reference, caseId: item.caseId, reason: row.reason ?? '银行未注明失败原因' });
  }
  out.pending = items.filter((i) => i.status === 'pending' && !settled.has(i.reference)).map((i) => i.reference);
  return out;
}
