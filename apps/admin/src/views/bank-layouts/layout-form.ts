// A region's bank-file layout (POLICY.md A16, D2) as an editable form: to and from the domain's layout, checked
// with the domain's own schema (bankFileLayoutSchema, which the API applies again) with Chinese messages on the
// fields, and a preview of the first lines of a payment file in the layout, written by the domain's writer with
// made-up items.
import {
  BANK_FILE_FIELDS,
  BANK_RESULT_FIELDS,
  bankFileLayoutSchema,
  itemReference,
  writeBankFile,
  type BankFileField,
  type BankFileLayout,
  type BankResultField,
} from '@huimin/domain';

export const ENCODINGS = ['utf-8-bom', 'utf-8'] as const satisfies readonly BankFileLayout['encoding'][];
export const DELIMITERS = [',', '|', '\t'] as const satisfies readonly BankFileLayout['delimiter'][];
export const LINE_ENDINGS = ['crlf', 'lf'] as const satisfies readonly BankFileLayout['lineEnding'][];
export const AMOUNT_UNITS = ['yuan', 'fen'] as const satisfies readonly BankFileLayout['amountUnit'][];
export { BANK_FILE_FIELDS, BANK_RESULT_FIELDS };

/** Delimiters by name, for the select and the i18n keys (a tab has no printable key). */
export const DELIMITER_NAMES: Readonly<Record<BankFileLayout['delimiter'], 'comma' | 'pipe' | 'tab'>> = { ',': 'comma', '|': 'pipe', '\t': 'tab' };
/** Encodings by name (an i18n key cannot hold the hyphens of `utf-8-bom`). */
export const ENCODING_NAMES: Readonly<Record<BankFileLayout['encoding'], 'utf8Bom' | 'utf8'>> = { 'utf-8-bom': 'utf8Bom', 'utf-8': 'utf8' };

export interface FileColumnRow {
  /** Stable key for the list while rows move (not sent). */
  key: number;
  field: BankFileField;
  title: string;
  /** Only for `constant`. */
  value: string;
}

export interface ResultColumnRow {
  key: number;
  field: BankResultField;
}

export interface LayoutForm {
  id: string;
  name: string;
  encoding: BankFileLayout['encoding'];
  delimiter: BankFileLayout['delimiter'];
  lineEnding: BankFileLayout['lineEnding'];
  amountUnit: BankFileLayout['amountUnit'];
  purpose: string;
  fileHeader: boolean;
  fileColumns: FileColumnRow[];
  resultHeader: boolean;
  resultColumns: ResultColumnRow[];
  /** The status texts as typed: separated by commas (半角或全角), 顿号 or new lines. */
  paidValues: string;
  failedValues: string;
}

let nextKey = 1;
export function newKey(): number {
  return nextKey++;
}

/** The form of an existing layout (a region's, or the platform default to start from). */
export function formFromLayout(layout: BankFileLayout): LayoutForm {
  return {
    id: layout.id,
    name: layout.name,
    encoding: layout.encoding,
    delimiter: layout.delimiter,
    lineEnding: layout.lineEnding,
    amountUnit: layout.amountUnit,
    purpose: layout.purpose,
    fileHeader: layout.file.header,
    fileColumns: layout.file.columns.map((c) => ({ key: newKey(), field: c.field, title: c.title, value: c.value ?? '' })),
    resultHeader: layout.result.header,
    resultColumns: layout.result.columns.map((field) => ({ key: newKey(), field })),
    paidValues: layout.result.paidValues.join('、'),
    failedValues: layout.result.failedValues.join('、'),
  };
}

export function splitValues(text: string): string[] {
  return text
    .split(/[,，、;；\n]+/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** The layout as sent: trimmed texts; a value only on a constant column (the writer reads it nowhere else). */
export function layoutFromForm(form: LayoutForm): BankFileLayout {
  return {
    id: form.id.trim(),
    name: form.name.trim(),
    encoding: form.encoding,
    delimiter: form.delimiter,
    lineEnding: form.lineEnding,
    amountUnit: form.amountUnit,
    purpose: form.purpose.trim(),
    file: {
      header: form.fileHeader,
      columns: form.fileColumns.map((c) => (c.field === 'constant' ? { field: c.field, title: c.title.trim(), value: c.value } : { field: c.field, title: c.title.trim() })),
    },
    result: {
      header: form.resultHeader,
      columns: form.resultColumns.map((c) => c.field),
      paidValues: splitValues(form.paidValues),
      failedValues: splitValues(form.failedValues),
    },
  };
}

/** `file.columns[0].title`: the path format of the API's field errors (API.md), so both land on the same field. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The parts of a zod issue this page reads (the app does not depend on zod itself). */
interface Issue {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  input?: unknown;
  values?: readonly unknown[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/** The schema's own messages are Chinese already; zod's English defaults are said again in Chinese. */
export function issueMessage(issue: Issue): string {
  if (/[\u4e00-\u9fa5]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '必填项' : '类型不正确';
    case 'invalid_value':
      return `取值无效，可选：${(issue.values ?? []).map(String).join('、')}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `长度不能少于${String(issue.minimum)}`;
      if (issue.origin === 'array') return `至少需要${String(issue.minimum)}项`;
      return `不能小于${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `长度不能超过${String(issue.maximum)}个字` : `不能大于${String(issue.maximum)}`;
    case 'invalid_format':
      return '格式不正确';
    default:
      return issue.message;
  }
}

/** Field errors by path; the first message of a path wins (the others repeat it). */
export type LayoutErrors = Record<string, string>;

export function errorsFrom(list: readonly { path: string; message: string }[]): LayoutErrors {
  const errors: LayoutErrors = {};
  for (const e of list) if (!(e.path in errors)) errors[e.path] = e.message;
  return errors;
}

export function checkLayoutForm(form: LayoutForm): { ok: true; layout: BankFileLayout } | { ok: false; errors: LayoutErrors } {
  const candidate = layoutFromForm(form);
  const parsed = bankFileLayoutSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, layout: parsed.data };
  return { ok: false, errors: errorsFrom(parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issueMessage(issue as Issue) }))) };
}

/** The message at exactly this path. */
export function errorAt(errors: LayoutErrors, path: string): string | undefined {
  return errors[path];
}

/** The message at this path or any item of it (`result.paidValues[1]` counts for `result.paidValues`). */
export function errorUnder(errors: LayoutErrors, path: string): string | undefined {
  const key = Object.keys(errors).find((k) => k === path || k.startsWith(`${path}[`) || k.startsWith(`${path}.`));
  return key === undefined ? undefined : errors[key];
}

const PLACED = [
  /^(id|name|encoding|delimiter|lineEnding|amountUnit|purpose)$/,
  /^file\.columns(\[\d+\]\.(field|title|value))?$/,
  /^result(\.columns(\[\d+\])?|\.(paidValues|failedValues)(\[\d+\])?)?$/,
];

/** Messages whose path the form has no field for (shown together above the buttons, never lost). */
export function unplacedErrors(errors: LayoutErrors): string[] {
  return Object.entries(errors)
    .filter(([path]) => !PLACED.some((re) => re.test(path)))
    .map(([path, message]) => (path ? `${path}：${message}` : message));
}

/** Moves a row up (-1) or down (+1) in place; out of range does nothing. */
export function move<T>(rows: T[], index: number, by: -1 | 1): void {
  const to = index + by;
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return;
  const [row] = rows.splice(index, 1);
  rows.splice(to, 0, row!);
}

/** Made-up payees for the preview: nobody's data. */
const SAMPLE_PAYEES = [
  { name: '张三', accountNo: '6222020200112233445', bankName: '中国工商银行长春分行', amountFen: 150_000 },
  { name: '李四', accountNo: '6217000100012345678', bankName: '中国建设银行长春分行', amountFen: 200_000 },
];

/**
 * The first `lines` lines of a payment file in the layout (the header row counts as a line), written by the
 * domain's writer with two made-up items of a batch numbered as the API numbers them. The byte-order mark is
 * reported apart (it is invisible in a line).
 */
export function previewFile(layout: BankFileLayout, regionCode: string, today: string, lines = 2): { bom: boolean; lines: string[]; eol: '\r\n' | '\n' } {
  const batchNo = `P${regionCode}-${today.replaceAll('-', '')}-000001`;
  const items = SAMPLE_PAYEES.map((p, i) => ({
    reference: itemReference(batchNo, i + 1),
    batchNo,
    line: i + 1,
    amountFen: p.amountFen,
    payee: { kind: 'bank_account' as const, name: p.name, accountNo: p.accountNo, bankName: p.bankName },
    status: 'pending' as const,
  }));
  const text = writeBankFile(layout, { batchNo }, items);
  const bom = text.startsWith('\uFEFF');
  const eol = layout.lineEnding === 'crlf' ? '\r\n' : '\n';
  const body = bom ? text.slice(1) : text;
  return { bom, eol, lines: body.split(eol).slice(0, lines) };
}

/** A line as shown: a tab as → so the delimiter can be seen. */
export function visibleLine(line: string): string {
  return line.replaceAll('\t', '→');
}
